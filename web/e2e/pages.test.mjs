// Every page: renders, has no serious or critical axe-core violation at 1280×800 and at 768 px,
// and leaves a screenshot in web/test-results/screenshots/.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, DESKTOP, checkPage, launch, loginAs, menuLink, newContext, screenshot, waitForTitle } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const check = checkPage;

test('log-in page', async () => {
  const context = await newContext(browser, { viewport: DESKTOP });
  const page = await context.newPage();
  await page.goto(BASE_URL + '/');
  await waitForTitle(page, 'Log ind i Afklaring');
  await check(page, 'login');
  // A wrong password gives the server's Danish message.
  await page.getByLabel('Brugernavn').fill('medarbejder');
  await page.getByLabel('Adgangskode').fill('forkert-kode');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /\S/);
  await screenshot(page, 'login-error');
  await context.close();
});

test('unit staff pages: Overblik, Henvisninger, Forløb, course, Spørgeskemaer', async () => {
  const { context, page } = await loginAs(browser, 'medarbejder');
  await waitForTitle(page, 'Overblik');
  await page.locator('.board-places tbody tr').first().waitFor();
  assert.ok((await page.locator('.board-places tbody tr').count()) >= 1);
  assert.match(await page.locator('.board-unit').innerText(), /\d{2}-\d{2}-\d{4}/, 'date as dd-mm-åååå');
  // Free places counted in whole words ("1 almindelig plads, 2 gæstepladser"), not "1 almindelige, 2 gæste".
  assert.match(await page.locator('.stats li').first().innerText(), /\((\d+) almindelig(e pladser| plads), (\d+) gæsteplads(er)?\)/);
  await check(page, 'overblik');

  await menuLink(page, 'Henvisninger').click();
  await waitForTitle(page, 'Henvisninger');
  await page.locator('table, p.muted').first().waitFor();
  await check(page, 'henvisninger-enhed');

  await menuLink(page, 'Forløb').click();
  await waitForTitle(page, 'Forløb');
  await page.locator('tbody tr').first().waitFor();
  await check(page, 'forloeb-liste');
  await page.locator('tbody tr a').first().click();
  await page.getByRole('heading', { name: 'Tjekliste for modellen' }).waitFor();
  await check(page, 'forloeb');
  await page.locator('[data-command]').first().click();
  await page.locator('.command-form').waitFor();
  await check(page, 'forloeb-handling');

  await page.goto(BASE_URL + '/spoergeskemaer');
  await waitForTitle(page, 'Spørgeskemaer');
  await check(page, 'spoergeskemaer');
  await context.close();
});

test('ward staff pages: referrals and a new referral', async () => {
  const { context, page } = await loginAs(browser, 'afsnit');
  await waitForTitle(page, 'Henvisninger');
  await page.locator('tbody tr').first().waitFor();
  await check(page, 'henvisninger-afsnit');
  await page.locator('tbody tr a').first().click();
  await page.locator('.referral-state').waitFor();
  await check(page, 'henvisning');
  await page.goto(BASE_URL + '/henvisninger/ny');
  await waitForTitle(page, 'Ny henvisning');
  await page.getByLabel('Afklaringstilbud').selectOption({ index: 1 });
  await page.locator('#new-referral').waitFor();
  await check(page, 'ny-henvisning');
  await context.close();
});

test('the menu, skip link and log-out work with the keyboard only', async () => {
  const { context, page } = await loginAs(browser, 'leder');
  await waitForTitle(page, 'Overblik');
  await page.goto(BASE_URL + '/overblik');
  await waitForTitle(page, 'Overblik');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Gå til indhold');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  // Walk the menu with Tab to "Henvisninger" and open it with Enter.
  await page.locator('a.brand').focus();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Henvisninger') break;
  }
  await page.keyboard.press('Enter');
  await waitForTitle(page, 'Henvisninger');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'page-title', 'focus moves to the new page');
  await page.getByRole('button', { name: 'Log ud' }).focus();
  await page.keyboard.press('Enter');
  await waitForTitle(page, 'Log ind i Afklaring');
  await page.getByText('Du er logget ud.').waitFor();
  await page.goto(BASE_URL + '/overblik');
  await waitForTitle(page, 'Log ind i Afklaring');
  await context.close();
});
