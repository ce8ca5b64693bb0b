// Rapporter: charts and tables from the server's report figures for the unit lead, the project lead
// and the evaluator; hidden small cells shown as "færre end 5" with the reason; the CSV download for Danish Excel; screenshots
// and axe (no serious/critical violation) at 1280×800 and 768 px for every report shown.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { check } from './chart-pages.mjs';
import { launch, loginAs, menuLink, waitForTitle } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});


/** Chooses a report by its Danish name and waits for its table. */
async function chooseReport(page, label, code) {
  await page.getByLabel('Rapport', { exact: true }).selectOption({ label });
  await page.locator(`[data-report-table="${code}"]`).waitFor();
}

test('unit lead: flow, readmissions and occupancy as chart and table, CSV download, period check', async () => {
  const { context, page } = await loginAs(browser, 'leder');
  await menuLink(page, 'Rapporter').click();
  await waitForTitle(page, 'Rapporter');

  // Flow is the first report: the server's numbers in the table, a total row, a drawn chart.
  const flow = page.locator('[data-report-table="flow"]');
  await flow.waitFor();
  assert.equal(await flow.locator('caption').innerText(), 'Henvisninger, afgørelser og ventetider');
  const total = flow.locator('tr.total-row');
  assert.equal(await total.count(), 1);
  assert.equal(await total.locator('th').innerText(), 'I alt');
  assert.match(await total.locator('td').first().innerText(), /^\d[\d.]*$/, 'the number of referrals');
  assert.match(await flow.innerText(), /\d+,\d\s%/, 'acceptance rate as Danish percent');
  assert.ok((await page.locator('[data-chart="flow-0"] svg.recharts-surface .recharts-bar-rectangle').count()) >= 1, 'bars are drawn');
  assert.match(await page.locator('[data-chart="flow-0"] [role="img"]').getAttribute('aria-label'), /Søjlediagram.*Henvisninger/);
  await check(page, 'rapporter-flow');

  // CSV: the same report for Danish Excel (BOM, semicolons, Danish headings).
  const link = page.getByRole('link', { name: /Hent CSV/ });
  assert.match(await link.getAttribute('href'), /^\/api\/v1\/reports\/flow\?.*format=csv/);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const csv = await readFile(await download.path());
  assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with the UTF-8 BOM');
  const text = csv.subarray(3).toString('utf8');
  const lines = text.split(/\r?\n/);
  // The heading row first (no title above it, so Excel's filter and pivot find the headings), a Danish file name.
  assert.match(lines[0], /^Gruppe;Navn;Henvisninger;Optaget;Afvist;.*;Optagelsesprocent;/, 'Danish headings, semicolon-separated');
  assert.match(download.suggestedFilename(), /^henvisninger-afgoerelser-og-ventetider-\d{2}-\d{2}-\d{4}-til-\d{2}-\d{2}-\d{4}\.csv$/);
  assert.match(text, /\ntotal;I alt;\d+;\d+;.*;\d+,\d;/, 'the total row with decimal commas');

  await chooseReport(page, 'Genindlæggelser', 'readmissions');
  const readmissions = page.locator('[data-report-table="readmissions"]');
  assert.match(await readmissions.locator('tr.total-row').innerText(), /\d+,\d\s%/);
  await page.locator('[data-chart="readmissions-0"] svg.recharts-surface .recharts-bar-rectangle').first().waitFor();
  await check(page, 'rapporter-genindlaeggelser', { axe: false }); // the same chart and table as flow

  await chooseReport(page, 'Belægning', 'occupancy');
  const occupancy = page.locator('[data-report-table="occupancy"]');
  assert.ok((await occupancy.locator('tbody tr').count()) >= 12, 'one row per month');
  assert.match(await occupancy.locator('tbody tr').first().innerText(), /[a-z]{3}\.? \d{4}/, 'months in Danish words');
  await page.locator('[data-chart="occupancy-0"] svg.recharts-surface .recharts-line').first().waitFor();
  await check(page, 'rapporter-belaegning', { axe: false }); // a line chart in the same frame as flow

  // A reversed period is refused next to the field, before anything is asked of the server.
  await page.getByLabel('Fra og med').fill('01-06-2026');
  await page.getByLabel('Til og med').fill('01-01-2026');
  await page.getByRole('button', { name: 'Vis' }).click();
  await page.getByText('Slutdatoen ligger før startdatoen.').waitFor();
  assert.equal(await page.getByLabel('Til og med').getAttribute('aria-invalid'), 'true');
  // A valid shorter period reloads the report for it.
  await page.getByLabel('Fra og med').fill('01-09-2026');
  await page.getByLabel('Til og med').fill('30-11-2026');
  await page.getByRole('button', { name: 'Vis' }).click();
  await page.getByText('Periode 01-09-2026 – 30-11-2026').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-report-table="occupancy"] tbody tr').length === 3);
  await context.close();
});

test('unit lead: questionnaire change and who gains with the assumptions', async () => {
  const { context, page } = await loginAs(browser, 'leder');
  await page.goto(page.url().replace(/\/[^/]*$/, '/rapporter?rapport=questionnaire-change'));
  await waitForTitle(page, 'Rapporter');
  const change = page.locator('[data-report-table="questionnaire-change"]');
  await change.waitFor();
  assert.match(await change.innerText(), /Ved indflytning → ved fraflytning/);
  assert.match(await change.innerText(), /-?\d+,\d/);
  await page.locator('[data-chart="questionnaire-change-0"] svg.recharts-surface .recharts-bar-rectangle').first().waitFor();
  await check(page, 'rapporter-spoergeskemaer', { axe: false }); // the same chart and table as flow

  await chooseReport(page, 'Økonomi – hvem får gevinsten', 'who-gains');
  const gains = page.locator('[data-report-table="who-gains"]');
  assert.equal(await gains.locator('tr.total-row').count(), 2, 'a net row for kommune and region');
  assert.match(await gains.locator('tr.total-row').first().innerText(), /Kommune\s+Netto[\s\S]*kr\./);
  const assumptions = page.locator('[data-report-table="who-gains-assumptions"]');
  assert.match(await assumptions.innerText(), /Døgntakst for afklaringspladsen/);
  assert.match(await assumptions.innerText(), /1\.243 kr\.\/dag/);
  assert.match(await assumptions.innerText(), /Sundhedsloven §238/, 'the payment per færdigbehandlingsdag is the law\'s figure');
  assert.match(await gains.innerText(), /Undgåede færdigbehandlingsdage i \d{4}/, 'one line per year of the days');
  await page.locator('[data-chart="who-gains-0"] svg.recharts-surface .recharts-bar-rectangle').first().waitFor();
  await check(page, 'rapporter-oekonomi');
  await context.close();
});

test('evaluator: chooses the area; hidden small cells read "færre end 5" with the reason', async () => {
  const { context, page } = await loginAs(browser, 'evaluator');
  await menuLink(page, 'Rapporter').click();
  await waitForTitle(page, 'Rapporter');
  const flow = page.locator('[data-report-table="flow"]');
  await flow.waitFor();
  assert.equal(await page.getByLabel('Område').inputValue(), 'national');
  assert.ok((await flow.locator('td.suppressed').count()) >= 1, 'some cells are hidden nationally');
  assert.equal(await flow.locator('td.suppressed').first().innerText(), 'færre end 5');
  assert.match(await flow.locator('td.suppressed').first().getAttribute('title'), /af hensyn til diskretion/);
  await page.getByText(/«færre end 5»: Skjult af hensyn til diskretion/).waitFor();
  await check(page, 'rapporter-evaluator-landet');

  assert.match(await page.locator('p', { hasText: /^Periode / }).innerText(), /· Hele landet$/);
  await page.getByLabel('Område').selectOption({ label: 'Aarhus Kommune' });
  await page.waitForFunction(() => /Nygårdsvej/.test(document.querySelector('[data-report-table="flow"]')?.textContent ?? ''));
  assert.match(await page.getByRole('link', { name: /Hent CSV/ }).getAttribute('href'), /scope=municipality&id=1/);
  assert.match(await page.locator('p', { hasText: /^Periode / }).innerText(), /· Aarhus Kommune$/);
  await context.close();
});

test('project lead: own municipality, small cells hidden', async () => {
  const { context, page } = await loginAs(browser, 'projektleder');
  await menuLink(page, 'Rapporter').click();
  await waitForTitle(page, 'Rapporter');
  const flow = page.locator('[data-report-table="flow"]');
  await flow.waitFor();
  assert.match(await flow.innerText(), /Pitstop/);
  assert.ok((await flow.locator('td.suppressed').count()) >= 1);
  assert.equal(await page.getByLabel('Område').count(), 0, 'no choice of area');
  await check(page, 'rapporter-projektleder', { axe: false }); // as the evaluator's view

  // The pseudonymised evaluation export, downloaded from the page: rows and codebook, no names or CPR numbers.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Hent udtrækket' }).click()]);
  assert.match(download.suggestedFilename(), /^evaluering-\d{2}-\d{2}-\d{4}-til-\d{2}-\d{2}-\d{4}\.json$/);
  const text = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
  const dataset = JSON.parse(text);
  assert.ok(dataset.courses.length > 0, 'courses in the period');
  assert.match(dataset.codebook, /\S/);
  assert.doesNotMatch(text, /\d{6}-\d{4}/, 'no CPR number');
  await context.close();
});
