// Administration: the administrator adds a place and takes it out of use, changes a deadline rule
// (kept after reload), a bad value shows the server's message next to the field and changes
// nothing; a unit lead gets no Brugere section and cannot add prices. Every section: screenshot,
// axe (no serious/critical violation) at 1280 and 768 px, no sideways scrolling at 768 px.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, TODAY_DANISH, checkPage, launch, loginAs, waitForTitle } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const check = checkPage;

function tabs(page) {
  return page.getByRole('navigation', { name: 'Administration' });
}

test('administrator: places — add a place, see it, take it out of use', async () => {
  const { context, page } = await loginAs(browser, 'admin');
  await page.goto(BASE_URL + '/administration');
  await waitForTitle(page, 'Administration');
  await page.waitForURL(/\/administration\/tilbud/);
  await page.locator('.admin-places tbody tr').first().waitFor();
  await check(page, 'admin-tilbud');

  const form = page.locator('#add-place');
  await form.getByLabel('Pladsnummer').fill('41');
  await form.getByLabel('Slags plads').selectOption('guest');
  await form.getByRole('button', { name: 'Tilføj plads' }).click();
  const row = page.locator('.admin-places tr[data-place="41"]');
  await row.waitFor();
  assert.match(await row.innerText(), /Gæste/);
  assert.match(await row.innerText(), /I brug/);

  // The same number again: the server's message next to the number field, nothing added.
  await form.getByLabel('Pladsnummer').fill('41');
  await form.getByRole('button', { name: 'Tilføj plads' }).click();
  await form.locator('.field-error').waitFor();
  assert.match(await form.locator('.field-error').innerText(), /nummer 41/);
  assert.equal(await page.locator('.admin-places tr[data-place="41"]').count(), 1);

  // Close the place until further notice, then end the closure.
  const close = page.locator('#close-place');
  await close.locator('select[name="place_id"]').selectOption({ label: 'Plads 41 (Gæsteseng)' });
  await close.getByLabel('Årsag').fill('Maling');
  await close.getByRole('button', { name: 'Luk pladsen' }).click();
  await page.waitForFunction(() => /Lukket indtil videre/.test(document.querySelector('.admin-places tr[data-place="41"]')?.textContent ?? ''));
  await row.getByRole('button', { name: /Afslut lukningen af plads 41/ }).click();
  const end = page.locator('#end-closure');
  await end.getByLabel('Sidste lukkede dag').fill('01-01-2000');
  await end.getByRole('button', { name: 'Afslut lukning' }).click();
  await end.locator('.field-error').waitFor();
  assert.match(await end.locator('.field-error').innerText(), /før den begyndte/);
  await end.getByLabel('Sidste lukkede dag').fill(TODAY_DANISH);
  await end.getByRole('button', { name: 'Afslut lukning' }).click();
  await page.waitForFunction(() => /Lukket til og med/.test(document.querySelector('.admin-places tr[data-place="41"]')?.textContent ?? ''));

  await row.getByRole('button', { name: 'Tag plads 41 ud af brug' }).click();
  const retire = page.locator('#retire-place');
  await retire.waitFor();
  await retire.getByRole('button', { name: 'Tag plads 41 ud af brug' }).click();
  await page.waitForFunction(() => /Ude af brug/.test(document.querySelector('.admin-places tr[data-place="41"]')?.textContent ?? ''));
  await page.reload();
  await page.locator('.admin-places tr[data-place="41"]').waitFor();
  assert.match(await page.locator('.admin-places tr[data-place="41"]').innerText(), /Ude af brug fra \d{2}-\d{2}-\d{4}/);
  await context.close();
});

test('administrator: deadline rules — a change survives reload, a bad value changes nothing', async () => {
  const { context, page } = await loginAs(browser, 'admin');
  await page.goto(BASE_URL + '/administration/frister');
  const form = page.locator('#unit-rules');
  await form.waitFor();
  await check(page, 'admin-frister');

  const plan = form.getByLabel('Borgerens plan senest');
  await plan.fill('12');
  await form.getByRole('button', { name: 'Gem regler' }).click();
  await form.getByRole('status').waitFor();
  await page.reload();
  await page.locator('#unit-rules').waitFor();
  assert.equal(await page.locator('#unit-rules').getByLabel('Borgerens plan senest').inputValue(), '12');
  assert.match(await page.locator('dl.facts').innerText(), /12 arbejdsdage efter indflytning/);

  // Beyond the upper bound: the server's Danish message next to the field; after reload still 12.
  await page.locator('#unit-rules').getByLabel('Borgerens plan senest').fill('99');
  await page.locator('#unit-rules').getByRole('button', { name: 'Gem regler' }).click();
  const error = page.locator('#unit-rules .has-error .field-error');
  await error.waitFor();
  assert.match(await error.innerText(), /mellem 0 og 60/);
  await check(page, 'admin-frister-fejl');
  // Follow-ups out of order are refused too.
  await page.locator('#unit-rules').getByLabel('Borgerens plan senest').fill('12');
  await page.locator('#unit-rules').getByLabel('Opfølgning efter fraflytning').fill('3, 1');
  await page.locator('#unit-rules').getByRole('button', { name: 'Gem regler' }).click();
  await page.waitForFunction(() => /stigende/.test(document.querySelector('#unit-rules .field-error')?.textContent ?? ''));
  await page.reload();
  await page.locator('#unit-rules').waitFor();
  assert.equal(await page.locator('#unit-rules').getByLabel('Borgerens plan senest').inputValue(), '12');
  assert.equal(await page.locator('#unit-rules').getByLabel('Opfølgning efter fraflytning').inputValue(), '1, 3');
  await context.close();
});

test('administrator: agreements, users and prices', async () => {
  const { context, page } = await loginAs(browser, 'admin');
  await page.goto(BASE_URL + '/administration/aftaler');
  await page.locator('article.agreement').first().waitFor();
  assert.match(await page.locator('article.agreement').first().innerText(), /Aktiv i dag/);
  await check(page, 'admin-aftaler');
  // A new agreement starts with six open points; ticking one shows it as agreed.
  await page.locator('#new-agreement').getByRole('button', { name: 'Opret aftale' }).click();
  await page.locator('article.agreement').nth(1).waitFor();
  const fresh = page.locator('article.agreement').nth(1);
  assert.match(await fresh.innerText(), /Ikke aktiv/);
  assert.equal(await fresh.locator('li.check-open').count(), 6);
  await fresh.getByRole('button', { name: 'Afkryds et punkt' }).click();
  await fresh.locator('select[name="point"]').selectOption('readmission');
  await fresh.getByRole('button', { name: 'Gem punkt' }).click();
  await page.waitForFunction(() => document.querySelectorAll('article.agreement')[1]?.querySelectorAll('li.check-open').length === 5);

  await tabs(page).getByRole('link', { name: 'Brugere' }).click();
  await page.locator('.admin-users tbody tr').first().waitFor();
  assert.match(await page.locator('.admin-users').innerText(), /leder/);
  await check(page, 'admin-brugere');
  // A role that needs an organisation without one: the field says so before anything is sent.
  const form = page.locator('#new-user');
  await form.getByLabel('Brugernavn').fill('e2e-leder');
  await form.getByRole('textbox', { name: 'Navn', exact: true }).fill('E2E Leder');
  await form.getByLabel('Rolle').selectOption('unit_lead');
  await form.getByLabel('Første adgangskode').fill('Grøn hest løber 7 km i regn');
  await form.getByRole('button', { name: 'Opret bruger' }).click();
  await form.locator('.field-error').waitFor();
  await form.getByLabel('Organisation').selectOption({ label: 'Tilbud: Pitstop' });
  // A password from the dictionary: the server's Danish reason next to the field.
  await form.getByLabel('Første adgangskode').fill('password1234');
  await form.getByRole('button', { name: 'Opret bruger' }).click();
  await form.locator('.field-error', { hasText: 'for let at gætte' }).waitFor();
  await form.getByLabel('Første adgangskode').fill('Grøn hest løber 7 km i regn');
  await form.getByRole('button', { name: 'Opret bruger' }).click();
  await page.locator('.admin-users tbody tr', { hasText: 'e2e-leder' }).waitFor();
  assert.match(await page.locator('.admin-users tbody tr', { hasText: 'e2e-leder' }).innerText(), /Pitstop/);

  await tabs(page).getByRole('link', { name: 'Priser og udgangspunkter' }).click();
  await page.locator('.admin-settings tbody tr').first().waitFor();
  await check(page, 'admin-priser');
  assert.equal(await page.locator('#new-setting').count(), 1);
  await context.close();
});

test('unit lead: own unit only, no Brugere section, prices read-only', async () => {
  const { context, page } = await loginAs(browser, 'leder');
  await page.goto(BASE_URL + '/administration');
  await page.locator('.admin-places tbody tr').first().waitFor();
  const sections = await tabs(page).getByRole('link').allInnerTexts();
  assert.deepEqual(sections, ['Tilbud og pladser', 'Frister', 'Samarbejdsaftaler', 'Priser og udgangspunkter'], 'no Sygehusadviser for a unit lead');
  assert.equal(await page.getByLabel('Tilbud', { exact: true }).count(), 0, 'no unit picker for a unit lead');
  assert.match(await page.locator('.admin-unit-name').innerText(), /Nygårdsvej/);
  await check(page, 'leder-tilbud');
  await page.goto(BASE_URL + '/administration/brugere');
  await waitForTitle(page, 'Administration');
  await page.getByText('ikke for din rolle').waitFor();
  assert.equal(await page.locator('.admin-users').count(), 0);
  await page.goto(BASE_URL + '/administration/priser');
  await page.locator('.admin-settings tbody tr').first().waitFor();
  assert.equal(await page.locator('#new-setting').count(), 0);
  // The ATA calculator: numbers.md's worked example, typed the Danish way.
  await page.getByLabel('Timepris (kr.)').fill('206');
  await page.getByLabel('Tidspunktstillæg (%)').fill('25');
  await page.getByLabel('Variabel overhead (%)').fill('5');
  await page.getByLabel('Fraværskorrektion (%)').fill('33');
  await page.getByLabel('Minutter om dagen').fill('30');
  await page.getByLabel('Dage om ugen').fill('5');
  await page.getByRole('button', { name: 'Beregn' }).click();
  const ata = page.locator('.ata-result');
  await ata.waitFor();
  assert.match(await ata.innerText(), /= 335,78 kr\. i timen/);
  assert.match(await ata.innerText(), /= 839,45 kr\. om ugen/);
  await context.close();
});

test('administrator: hospital notifications — the message log, a ward given its SOR code, a unit refused a ward\'s', async () => {
  const { context, page } = await loginAs(browser, 'admin');
  await page.goto(BASE_URL + '/administration');
  await tabs(page).getByRole('link', { name: 'Sygehusadviser' }).click();
  await page.getByRole('heading', { name: 'Sygehusadviser' }).waitFor();
  await page.getByRole('heading', { name: 'Afsnittenes SOR-koder' }).waitFor();
  const row = page.locator('.medcom-wards tbody tr', { hasText: 'Afsnit P3' });
  await row.waitFor();
  const before = (await row.locator('td').first().innerText()).trim();
  assert.match(before, /^\d+$/, 'the demo wards have SOR codes');
  // A code that is not digits is refused by the server with its own words, and nothing changes.
  await row.getByRole('button', { name: /^Ret/ }).click();
  await row.locator('[name="sor_code"]').fill('12ab');
  await row.getByRole('button', { name: 'Gem SOR-kode' }).click();
  await row.locator('.field-error, .alert-error').first().waitFor();
  assert.match(await row.locator('.field-error, .alert-error').first().innerText(), /cifre/);
  // Another ward's code is refused too; the ward's own code again is saved.
  await row.locator('[name="sor_code"]').fill('900000000000101');
  await row.getByRole('button', { name: 'Gem SOR-kode' }).click();
  await row.locator('.field-error, .alert-error', { hasText: 'allerede knyttet' }).first().waitFor();
  await row.locator('[name="sor_code"]').fill(before);
  await row.getByRole('button', { name: 'Gem SOR-kode' }).click();
  await row.locator('[name="sor_code"]').waitFor({ state: 'detached' });
  assert.equal((await row.locator('td').first().innerText()).trim(), before);
  // Units have SOR codes in the same register: a ward's code is refused for a unit.
  const unit = page.locator('.medcom-units tbody tr', { hasText: 'Pitstop' });
  assert.match((await unit.locator('td').first().innerText()).trim(), /^\d+$/, 'the demo units have SOR codes');
  await unit.getByRole('button', { name: /^Ret/ }).click();
  await unit.locator('[name="sor_code"]').fill('900000000000101');
  await unit.getByRole('button', { name: 'Gem SOR-kode' }).click();
  await unit.locator('.field-error, .alert-error', { hasText: 'allerede knyttet til Afsnit P1' }).first().waitFor();
  await page.getByRole('heading', { name: 'Udbakke: breve til afsnittene' }).waitFor();
  await check(page, 'admin-sygehusadviser');
  await context.close();
});
