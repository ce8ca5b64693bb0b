// Kapacitet: the scenario form checks its input, a small planner run shows its progress and then the
// recommendation, the charts and the table; screenshots and axe at 1280×800 and 768 px.
import assert from 'node:assert/strict';
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


test('unit lead: a scenario is checked, run with progress, and gives places vs wait and occupancy', async () => {
  const { context, page } = await loginAs(browser, 'leder');
  await menuLink(page, 'Kapacitet').click();
  await waitForTitle(page, 'Kapacitet');
  await page.getByLabel(/^Antal henvisninger/).waitFor();
  await page.getByLabel('Grundlag for henvisninger og ophold').waitFor();
  await check(page, 'kapacitet');

  // Wrong input is refused next to its field, and focus goes there; nothing is sent.
  let posted = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/v1/simulations')) posted++;
  });
  await page.getByLabel(/^Antal henvisninger/).fill('');
  await page.getByLabel(/^Gentagelser/).fill('20000');
  await page.getByRole('button', { name: 'Beregn' }).click();
  await page.getByText('Skal udfyldes.').waitFor();
  await page.getByText('Må højst være 10.000.').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'rate');
  assert.equal(await page.getByLabel(/^Antal henvisninger/).getAttribute('aria-invalid'), 'true');
  assert.equal(posted, 0);
  await check(page, 'kapacitet-fejl');

  // A small scenario (few replications) finishes in a moment.
  await page.getByLabel(/^Antal henvisninger/).fill('1,4');
  await page.getByLabel(/^Gentagelser/).fill('20');
  await page.getByLabel(/^Simulerede år/).fill('3');
  await page.getByLabel(/^Færreste antal pladser/).fill('16');
  await page.getByLabel(/^Største antal pladser/).fill('24');
  await page.getByLabel(/^Årlig udgift pr. plads/).fill('700.000');
  await page.getByRole('button', { name: 'Beregn' }).click();
  const progress = page.getByRole('progressbar', { name: 'Fremdrift' });
  await progress.waitFor();
  await page.getByRole('status').filter({ hasText: 'Beregningen er færdig' }).waitFor({ timeout: 30_000 });
  assert.equal(await progress.getAttribute('value'), '100');
  assert.equal(posted, 1);

  await page.getByRole('heading', { name: 'Resultat' }).waitFor();
  assert.match(await page.locator('.recommendation').innerText(), /Med \d+ pladser nås målet om højst 7 dages gennemsnitlig ventetid/);
  const table = page.locator('[data-report-table="capacity"]');
  assert.equal(await table.locator('tbody tr').count(), 9, 'one row per number of places, 16 to 24');
  assert.equal(await table.locator('tbody tr th').first().innerText(), '16');
  assert.match(await table.locator('tbody tr').first().innerText(), /\d+,\d\s%/, 'occupancy as Danish percent');
  assert.match(await table.innerText(), /kr\./, 'the tariff per place-day from the annual cost');
  assert.match(await table.innerText(), /efter formel \(M\/M\/c\)/, 'the formula beside the simulation');
  assert.match(await page.locator('.capacity-result').innerText(), /Erlang C/, 'what the formulas are, and where they apply');
  await page.locator('[data-chart="capacity-0"] svg.recharts-surface .recharts-line').first().waitFor();
  await page.locator('[data-chart="capacity-1"] svg.recharts-surface .recharts-line').first().waitFor();
  await check(page, 'kapacitet-resultat');
  await context.close();
});

test('unit lead: a refusal naming a field, a full queue and a stopped run are explained in Danish', async () => {
  const { context, page } = await loginAs(browser, 'leder');
  await menuLink(page, 'Kapacitet').click();
  await waitForTitle(page, 'Kapacitet');
  await page.getByLabel(/^Gentagelser/).waitFor();
  // The server's answers are replaced here, as these states are slow or rare to reach for real.
  const answers = [
    { status: 400, body: { error: { code: 'invalid_scenario', message: 'Scenariet er ugyldigt: Feltet "stay.sd_days" er for stort.', field: 'stay.sd_days' } } },
    { status: 422, body: { error: { code: 'too_many_simulations', message: 'Der kører allerede to beregninger. Prøv igen om lidt.' } } },
    { status: 202, body: { id: 999, kind: 'plan', state: 'running', progress: 0, time_limit_seconds: 30 } },
  ];
  await page.route('**/api/v1/simulations', (route) => {
    const answer = answers.shift();
    return route.fulfill({ status: answer.status, contentType: 'application/json', body: JSON.stringify(answer.body) });
  });
  await page.route('**/api/v1/simulations/999', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ id: 999, kind: 'plan', state: 'timed_out', progress: 0.4, error: null }) }),
  );

  await page.getByRole('button', { name: 'Beregn' }).click();
  const spread = page.getByLabel(/^Spredning på opholdslængden/);
  await page.getByText('Scenariet er ugyldigt: Feltet "stay.sd_days" er for stort.').waitFor();
  assert.equal(await spread.getAttribute('aria-invalid'), 'true', 'the error is shown at the field it names');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'sdStay');

  await page.getByRole('button', { name: 'Beregn' }).click();
  assert.match(await page.getByRole('alert').innerText(), /Der kører allerede to beregninger/);

  await page.getByRole('button', { name: 'Beregn' }).click();
  await page.getByRole('alert').filter({ hasText: 'tog for lang tid og blev stoppet' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Resultat' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Beregn' }).isEnabled(), true, 'a new run can be started');
  await check(page, 'kapacitet-stoppet', { axe: false });
  await context.close();
});

test('unit lead: replays the unit\'s own courses instead of typed figures', async () => {
  const { context, page } = await loginAs(browser, 'leder');
  await menuLink(page, 'Kapacitet').click();
  await waitForTitle(page, 'Kapacitet');
  const basis = page.getByLabel('Grundlag for henvisninger og ophold');
  await basis.selectOption({ label: 'Gentag forløbene på Afklaringspladserne Nygårdsvej' });
  assert.equal(await page.getByLabel(/^Antal henvisninger/).count(), 0, 'the typed demand is not asked for');
  await page.getByLabel(/^Gentagelser/).fill('10');
  await page.getByLabel(/^Simulerede år/).fill('2');
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/v1/simulations')),
    page.getByRole('button', { name: 'Beregn' }).click(),
  ]);
  const scenario = request.postDataJSON();
  assert.deepEqual(scenario.arrivals, { kind: 'installation_history', unit_id: 1 });
  assert.deepEqual(scenario.stay, { distribution: 'installation_history', unit_id: 1 });
  await page.getByRole('status').filter({ hasText: 'Beregningen er færdig' }).waitFor({ timeout: 30_000 });
  assert.ok((await page.locator('[data-report-table="capacity"] tbody tr').count()) >= 2, 'a curve of places');
  assert.match(await page.locator('.recommendation').innerText(), /pladser/);
  await context.close();
});
