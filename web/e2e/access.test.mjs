// Session expiry keeps what was being typed: the log-in dialog opens over the page, and after
// logging in again the same input can be sent.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, launch, loginAs, screenshot, seriousViolations, waitForTitle } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('an expired session asks for log-in without losing the typed text', async () => {
  const { context, page } = await loginAs(browser, 'medarbejder');
  await waitForTitle(page, 'Overblik');
  await page.locator('.board-places tbody a').first().click();
  await page.getByRole('heading', { name: 'Tjekliste for modellen' }).waitFor();
  await page.locator('[data-command="add-status-note"]').click();
  const text = page.locator('#cmd-add-status-note [name="text"]');
  const typed = `Skrevet lige før sessionen udløb (${Date.now()}).`;
  await text.fill(typed);
  await context.clearCookies(); // the session is gone, as after expiry
  await page.locator('#cmd-add-status-note button[type="submit"]').click();
  const dialog = page.getByRole('dialog', { name: 'Din session er udløbet' });
  await dialog.waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await screenshot(page, 'session-udloebet');
  await dialog.getByLabel('Adgangskode').fill('afklaring-demo');
  await dialog.getByRole('button', { name: 'Log ind' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await text.inputValue(), typed);
  await page.locator('#cmd-add-status-note button[type="submit"]').click();
  await page.locator('.notes').getByText(typed).waitFor();
  await context.close();
});

test('an unknown address inside the app says so', async () => {
  const { context, page } = await loginAs(browser, 'medarbejder');
  await page.goto(BASE_URL + '/findes-ikke');
  await waitForTitle(page, 'Siden findes ikke');
  await context.close();
});
