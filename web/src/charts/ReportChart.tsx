// One chart component for every report: bars, stacked bars, lines, or a line per group over months,
// drawn by recharts from a ChartSpec. The chart is an image with a one-sentence summary for screen
// readers; the table next to it is the accessible version with every number.
import { Bar, BarChart, CartesianGrid, ErrorBar, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDecimal, formatMoney, formatPercent } from '../reports/cells';
import { CATEGORY, INTERVAL, chartData, describeChart, isEmptyChart, type ChartSpec, type ChartUnit } from '../reports/chartData';
import type { ReportData } from '../reports/cells';
import { colourFor } from './palette';
import './charts.css';

const axisNumber = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

function axisText(unit: ChartUnit, value: number): string {
  return unit === 'percent' ? `${axisNumber.format(value)} %` : axisNumber.format(value);
}

function valueText(unit: ChartUnit, value: unknown): string {
  if (typeof value !== 'number') return '–';
  if (unit === 'percent') return formatPercent(value);
  if (unit === 'money') return formatMoney(value);
  if (unit === 'count' && Number.isInteger(value)) return axisNumber.format(value);
  return formatDecimal(value);
}

const legendText = (text: string) => <span className="chart-legend-text">{text}</span>;

export function ReportChart({ report, spec, id }: { report: ReportData; spec: ChartSpec; id: string }) {
  const data = chartData(report, spec);
  if (isEmptyChart(data)) {
    return (
      <figure className="report-chart" data-chart={id}>
        <figcaption>{spec.title}</figcaption>
        <p className="muted">Ingen tal at vise som diagram i perioden.</p>
      </figure>
    );
  }
  const summary = describeChart(spec, data);
  const tooltip = (
    <Tooltip
      formatter={(value) => valueText(spec.unit, value)}
      contentStyle={{ border: '1px solid #6b7075', color: '#1a1a1a' }}
      isAnimationActive={false}
    />
  );
  const axes = (
    <>
      <CartesianGrid stroke="#e3e5e8" vertical={false} />
      <XAxis dataKey={CATEGORY} tick={{ fill: '#1a1a1a', fontSize: 13 }} interval="preserveStartEnd" />
      <YAxis
        tick={{ fill: '#1a1a1a', fontSize: 13 }}
        tickFormatter={(value: number) => axisText(spec.unit, value)}
        width={spec.unit === 'money' ? 96 : 56}
        domain={spec.kind === 'stacked' ? [0, 100] : undefined}
      />
      <Legend formatter={legendText} itemSorter={null} />
      {tooltip}
    </>
  );
  const lines = spec.kind === 'lines' || spec.kind === 'lines-by-group';
  return (
    <figure className="report-chart" data-chart={id}>
      <figcaption>{spec.title}</figcaption>
      <div className="chart-box" role="img" aria-label={summary}>
        <ResponsiveContainer width="100%" height={300}>
          {lines ? (
            <LineChart data={data.points} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              {axes}
              {data.series.map((series, index) => (
                <Line
                  key={series.key}
                  dataKey={series.key}
                  name={series.label}
                  stroke={colourFor(index)}
                  strokeWidth={2.5}
                  dot={{ r: 3 }}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          ) : (
            <BarChart data={data.points} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              {axes}
              {spec.unit === 'money' || spec.interval ? <ReferenceLine y={0} stroke="#1a1a1a" /> : null}
              {data.series.map((series, index) => (
                <Bar
                  key={series.key}
                  dataKey={series.key}
                  name={series.label}
                  fill={colourFor(index)}
                  stackId={spec.kind === 'stacked' ? 'stack' : undefined}
                  isAnimationActive={false}
                  maxBarSize={64}
                >
                  {spec.interval && index === 0 ? <ErrorBar dataKey={INTERVAL} width={8} stroke="#1a1a1a" strokeWidth={2} /> : null}
                </Bar>
              ))}
            </BarChart>
          )}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
