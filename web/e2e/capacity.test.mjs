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
  await page.locator('[data-chart="capacity-0"] svg.recharts-surface .recharts-line').first().waitFor();
  await page.locator('[data-chart="capacity-1"] svg.recharts-surface .recharts-line').first().waitFor();
  await check(page, 'kapacitet-resultat');
  await context.close();
});
