// Søg borger: staff find a citizen from the top bar by name (æ/ø/å typed as ae/oe/aa too) or by CPR
// number with or without the hyphen, and open the course from the result.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkPage, launch, loginAs, menuLink, waitForTitle } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function search(page, text) {
  const field = page.getByRole('searchbox', { name: 'Søg borger' });
  await field.fill(text);
  await field.press('Enter');
  await waitForTitle(page, 'Søg borger');
  await page.locator('main [role="status"]').waitFor();
}

const resultNames = (page) => page.locator('.search-results tbody td[data-label="Navn"]').allInnerTexts();

test('unit staff find a citizen by name and by CPR number and open the course', async () => {
  const { context, page } = await loginAs(browser, 'medarbejder');
  await menuLink(page, 'Forløb').click();
  await waitForTitle(page, 'Forløb');
  const name = (await page.locator('tbody tr a').first().innerText()).trim();
  const [firstName, lastName] = name.split(' ');

  // The beginning of the last name, in lower case, finds the citizen.
  await search(page, lastName.slice(0, 4).toLowerCase());
  assert.ok((await resultNames(page)).includes(name), `${name} among ${await resultNames(page)}`);
  await checkPage(page, 'soeg-borger');

  // ø typed as oe, and the two words in any order.
  const folded = (text) => text.toLowerCase().replaceAll('ø', 'oe').replaceAll('æ', 'ae').replaceAll('å', 'aa');
  await search(page, `${folded(lastName)} ${folded(firstName)}`);
  assert.ok((await resultNames(page)).includes(name));

  const row = page.locator('.search-results tbody tr', { hasText: name }).first();
  const cpr = (await row.locator('td[data-label="CPR-nummer"]').innerText()).trim();
  assert.match(cpr, /^\d{6}-\d{4}$/);
  await search(page, cpr.replace('-', ''));
  assert.deepEqual(await resultNames(page), [name]);

  await page.locator('.search-results a', { hasText: 'Forløb' }).first().click();
  await page.getByRole('heading', { name: 'Tjekliste for modellen' }).waitFor();
  assert.match(await page.locator('h1').innerText(), new RegExp(name));
  await context.close();
});

test('a name nobody in the unit has finds nothing, and says so in Danish', async () => {
  const { context, page } = await loginAs(browser, 'medarbejder');
  await search(page, 'Zzyzx');
  assert.equal(await page.locator('main [role="status"]').innerText(), 'Ingen borgere fundet blandt dem, du har adgang til.');
  await context.close();
});

test('roles that see no citizens have no search field', async () => {
  const { context, page } = await loginAs(browser, 'projektleder');
  await page.locator('.mainnav').waitFor();
  assert.equal(await page.getByRole('searchbox', { name: 'Søg borger' }).count(), 0);
  await context.close();
});
