// Consent in the application: a referral sent without consent shows the unit only what plans a
// place and says why; the unit records the consent it obtained and sees the whole referral at once;
// the unit lead hands the citizen their access log, page by page, as CSV or printed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, checkPage, launch, loginAs, waitForTitle } from './helpers.mjs';

let browser;
const users = {};
before(async () => {
  browser = await launch();
  for (const name of ['afsnit', 'medarbejder', 'leder']) users[name] = await loginAs(browser, name);
});
after(async () => {
  await browser?.close();
});

const citizenName = `Samtykke E2E ${Date.now() % 100000}`;
const reason = 'Udskrives snart og har brug for et midlertidigt sted at bo.';
let referralUrl = '';

test('a referral without consent shows the unit only what plans a place, until consent is recorded', async () => {
  const { page: ward } = users.afsnit;
  await ward.goto(BASE_URL + '/henvisninger/ny');
  await waitForTitle(ward, 'Ny henvisning');
  await ward.getByLabel('Afklaringstilbud').selectOption({ label: 'Afklaringspladserne Nygårdsvej' });
  const form = ward.locator('#new-referral');
  await form.waitFor();
  const serial = String(1000 + Math.floor(Math.random() * 2999));
  await form.locator('[name="name"]').fill(citizenName);
  await form.locator('[name="cpr"]').fill(`020290-${serial}`);
  await form.locator('[name="reason"]').fill(reason);
  for (const select of await form.locator('select[name^="exclusion_"]').all()) await select.selectOption('no');
  await form.locator('[name="substance_use"]').selectOption('none');
  // The consent box stays empty: the citizen has not decided yet.
  await form.getByRole('button', { name: 'Send henvisning' }).click();
  await ward.locator('.referral-state').waitFor();
  referralUrl = ward.url();

  const { page: staff } = users.medarbejder;
  await staff.goto(referralUrl);
  await staff.locator('.consent-limited').waitFor();
  assert.match(await staff.locator('h1').innerText(), /borger på \d+ år/, 'no name without consent');
  assert.equal(await staff.getByText(reason).count(), 0, 'the reason is withheld');
  assert.match(await staff.locator('[data-purpose="share_with_unit"] dd').innerText(), /Ikke registreret/);
  await checkPage(staff, 'samtykke-01-begraenset');

  await staff.getByRole('button', { name: 'Registrér samtykke' }).click();
  const consent = staff.locator('#record-consent');
  await consent.locator('[name="purpose"]').selectOption('share_with_unit');
  await consent.locator('[name="status"]').selectOption('given');
  await consent.locator('[name="form"]').selectOption('written');
  await consent.getByRole('button', { name: 'Gem samtykke' }).click();
  await staff.locator('.consent-limited').waitFor({ state: 'detached' });
  await staff.getByText(reason).waitFor();
  assert.match(await staff.locator('h1').innerText(), new RegExp(citizenName));
  assert.match(await staff.locator('[data-purpose="share_with_unit"] dd').innerText(), /Samtykke givet/);
  assert.match(await staff.locator('.consent-history').innerText(), /Skriftligt/);
});

test('the unit lead produces the citizen access log with period, CSV and print', async () => {
  assert.ok(referralUrl, 'the referral of the first test');
  const { page } = users.leder;
  await page.goto(referralUrl);
  await page.getByRole('link', { name: 'Adgangslog for borgeren' }).click();
  await waitForTitle(page, 'Adgangslog for borgeren');
  const table = page.locator('.access-log-table');
  await table.waitFor();
  const text = await table.innerText();
  assert.match(text, /Medarbejder på afklaringstilbud/, 'the unit staff member who looked the referral up');
  assert.match(text, /Registrering af samtykke|Opslag på henvisning/);
  assert.equal(await table.locator('th', { hasText: 'Medarbejder' }).count(), 0, 'no names for the lead');
  const csv = await page.getByRole('link', { name: 'Hent som CSV' }).getAttribute('href');
  assert.match(csv, /format=csv/);
  const download = await page.request.get(BASE_URL + csv);
  assert.equal(download.status(), 200);
  assert.match(await download.text(), /Tidspunkt;Organisation;Rolle;Formål;Udfald/);
  await page.getByRole('button', { name: 'Udskriv' }).waitFor();
  await checkPage(page, 'samtykke-02-adgangslog');

  // A period without entries says so.
  await page.getByLabel('Fra (dd-mm-åååå)').fill('01-01-2020');
  await page.getByLabel('Til (dd-mm-åååå)').fill('31-12-2020');
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await page.getByText('Ingen registreringer i perioden.').waitFor();
});
