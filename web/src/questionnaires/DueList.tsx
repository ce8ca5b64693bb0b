// One instrument's time points for one course: answered (date and score), due now, missed or later,
// with an "Udfyld" link where an answer is wanted.
import { Link } from 'react-router-dom';
import { formatDate, formatNumber } from '../format';
import { DUE_LABEL, type TimePointStatus } from './due';
import { TIME_POINT, type Instrument } from './model';

export function answerPath(courseId: number, instrumentCode: string, timePoint?: string): string {
  return `/spoergeskemaer/${courseId}/${encodeURIComponent(instrumentCode)}${timePoint ? `?tidspunkt=${timePoint}` : ''}`;
}

interface DueListProps {
  courseId: number;
  instrument: Instrument;
  statuses: TimePointStatus[];
  /** Only unit staff and leads record answers; others see the status only. */
  canAnswer?: boolean;
}

export function DueList({ courseId, instrument, statuses, canAnswer = true }: DueListProps) {
  const name = instrument.definition.name_da;
  return (
    <ul className="q-due-list">
      {statuses.map((s) => (
        <li key={s.timePoint} className={`q-due q-due-${s.status}`}>
          <span className="q-due-point">{TIME_POINT[s.timePoint]}:</span>{' '}
          <span className="q-due-status">{DUE_LABEL[s.status]}</span>
          {s.latest ? (
            <span className="q-due-detail">
              {' '}
              {formatDate(String(s.latest.answered_on))}
              {s.latest.score ? `, score ${formatNumber(Number(s.latest.score.score))}` : ', uden score'}
            </span>
          ) : null}
          {s.nextOn ? <span className="q-due-detail"> (næste {formatDate(s.nextOn)})</span> : null}
          {canAnswer && (s.status === 'due' || s.status === 'missing') ? (
            <>
              {' '}
              <Link className="q-fill-link" to={answerPath(courseId, instrument.code ?? instrument.definition.code, s.timePoint)}>
                Udfyld<span className="sr-only">
                  {' '}
                  {name} {TIME_POINT[s.timePoint].toLowerCase()}
                </span>
              </Link>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
