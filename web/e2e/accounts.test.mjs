// Accounts: a user the administrator creates must choose their own password at the first log-in
// and sees nothing else until then; the administrator resets a password, deactivates a user (the
// open session ends at once) and lifts a log-in lock; five wrong passwords lock the log-in with a
// Danish message. Screenshots and axe at 1280 and 768 px.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, checkPage, launch, loginAs, menuLink, newContext, waitForTitle } from './helpers.mjs';

const FIRST = 'Grøn hest løber 7 km i regn';
const OWN = 'tusch-Kamel-9-vinter-Blå';
const username = `e2e-konto-${Date.now() % 100000}`;

let browser;
let admin;
before(async () => {
  browser = await launch();
  admin = await loginAs(browser, 'admin');
});
after(async () => {
  // Whatever happened, no lock may stay on the shared address for the other test files.
  await admin?.page.evaluate(async () => {
    const session = await (await fetch('/api/v1/session')).json();
    await fetch('/api/v1/login-locks/lift', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf_token },
      body: JSON.stringify({ address: '127.0.0.1' }),
    });
  });
  await browser?.close();
});

async function loginPage() {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(BASE_URL + '/login');
  return { context, page };
}

async function tryLogin(page, name, password) {
  await page.getByLabel('Brugernavn').fill(name);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
}

function userRow(page, name) {
  return page.locator(`.admin-users tbody tr[data-user="${name}"]`);
}

test('a new user must choose their own password before anything else', async () => {
  const { page } = admin;
  await page.goto(BASE_URL + '/administration/brugere');
  const form = page.locator('#new-user');
  await form.getByLabel('Brugernavn').fill(username);
  await form.getByRole('textbox', { name: 'Navn', exact: true }).fill('Kim Konto');
  await form.getByLabel('Rolle').selectOption('unit_staff');
  await form.getByLabel('Organisation').selectOption({ label: 'Tilbud: Afklaringspladserne Nygårdsvej' });
  await form.getByLabel('Første adgangskode').fill(FIRST);
  await form.getByRole('button', { name: 'Opret bruger' }).click();
  await userRow(page, username).waitFor();
  assert.match(await userRow(page, username).innerText(), /skal vælge ny adgangskode/);

  const { context, page: kim } = await loginPage();
  await tryLogin(kim, username, FIRST);
  await waitForTitle(kim, 'Skift adgangskode');
  assert.match(await kim.getByRole('status').first().innerText(), /Vælg din egen adgangskode/);
  assert.equal(await menuLink(kim, 'Overblik').count(), 0, 'no menu before the password is changed');
  await checkPage(kim, 'konto-skift-adgangskode-tvunget');
  const change = kim.locator('#change-password');
  await change.getByLabel('Nuværende adgangskode').fill('ikke den rigtige');
  await change.getByLabel('Ny adgangskode').fill(OWN);
  await change.getByLabel('Gentag den nye adgangskode').fill(OWN);
  await change.getByRole('button', { name: 'Skift adgangskode' }).click();
  await change.locator('.field-error', { hasText: 'nuværende adgangskode er forkert' }).waitFor();
  await change.getByLabel('Nuværende adgangskode').fill(FIRST);
  await change.getByLabel('Ny adgangskode').fill('aaaaaaaaaaaa');
  await change.getByLabel('Gentag den nye adgangskode').fill('aaaaaaaaaaaa');
  await change.getByRole('button', { name: 'Skift adgangskode' }).click();
  await change.locator('.field-error').first().waitFor();
  await change.getByLabel('Ny adgangskode').fill(OWN);
  await change.getByLabel('Gentag den nye adgangskode').fill(OWN);
  await change.getByRole('button', { name: 'Skift adgangskode' }).click();
  await menuLink(kim, 'Overblik').waitFor();
  await kim.goto(BASE_URL + '/overblik');
  await waitForTitle(kim, 'Overblik');

  // Deactivated by the administrator: the open session ends at once.
  await page.reload();
  await userRow(page, username).getByRole('button', { name: /Deaktivér/ }).click();
  await page.getByRole('status').filter({ hasText: 'er deaktiveret' }).waitFor();
  // The notice comes at once, the list after its reload: wait for the row to say so.
  await userRow(page, username).filter({ hasText: 'Deaktiveret' }).waitFor();
  await kim.reload();
  await kim.getByRole('heading', { name: 'Log ind i Afklaring' }).waitFor();
  await tryLogin(kim, username, OWN);
  await kim.locator('#login-error', { hasText: 'Forkert brugernavn eller adgangskode' }).waitFor();
  await context.close();

  // Reactivated with a reset password: must be changed again.
  await userRow(page, username).getByRole('button', { name: /Genaktivér/ }).click();
  await page.getByRole('status').filter({ hasText: 'er aktiv igen' }).waitFor();
  await userRow(page, username).getByRole('button', { name: /Nulstil adgangskode/ }).click();
  await page.locator('#reset-password').getByLabel('Ny adgangskode').fill(FIRST);
  await page.locator('#reset-password').getByRole('button', { name: 'Nulstil adgangskode' }).click();
  await page.getByRole('status').filter({ hasText: 'er nulstillet' }).waitFor();
  await checkPage(page, 'konto-brugere-handlinger');
  const again = await loginPage();
  await tryLogin(again.page, username, FIRST);
  await waitForTitle(again.page, 'Skift adgangskode');
  await again.context.close();
});

test('five wrong passwords lock the log-in; the administrator lifts the lock', async () => {
  const { context, page } = await loginPage();
  for (let i = 0; i < 5; i++) {
    await tryLogin(page, username, `forkert-gæt-${i}`);
    await page.locator('#login-error', { hasText: 'Forkert' }).waitFor();
  }
  await tryLogin(page, username, FIRST);
  await page.locator('#login-error', { hasText: 'Vent' }).waitFor();
  assert.match(await page.locator('#login-error').innerText(), /administrator om at låse op/);
  await checkPage(page, 'konto-spaerret', { axe: false });

  await admin.page.goto(BASE_URL + '/administration/brugere');
  const locks = admin.page.locator('.admin-locks');
  await locks.waitFor();
  assert.match(await locks.innerText(), new RegExp(`Brugeren ${username}`));
  assert.match(await locks.innerText(), /Adressen 127\.0\.0\.1/);
  await checkPage(admin.page, 'konto-spaerringer');
  // Lifting the user's lock forgets the user's failed attempts, so the address they came from is free too.
  await locks.locator('tr', { hasText: `Brugeren ${username}` }).getByRole('button', { name: 'Lås op' }).click();
  await admin.page.getByRole('status').filter({ hasText: 'er låst op' }).waitFor();
  await admin.page.getByText('Ingen brugere eller adresser er spærret lige nu.').waitFor();

  await tryLogin(page, username, FIRST);
  await waitForTitle(page, 'Skift adgangskode');
  await context.close();
});

test('every user can change their own password from the top bar', async () => {
  const { context, page } = await loginAs(browser, 'evaluator');
  await page.getByRole('link', { name: 'Skift adgangskode' }).click();
  await waitForTitle(page, 'Skift adgangskode');
  assert.match(await page.locator('main').innerText(), /andre sessioner/);
  await checkPage(page, 'konto-skift-adgangskode');
  await context.close();
});
