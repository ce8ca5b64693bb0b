// A day in the unit (issue 14), through the screens only — no API calls: the ward refers a citizen in
// the morning and færdigmelds the admission the citizen is in; the unit sees the referral in Beskeder,
// makes the joint assessment and accepts; the tovholder is appointed, the citizen moves in (explaining
// the choice if someone else was next in line), finds the citizen again by name and under "mine",
// writes the plan and a status note, prints the plan; the ward hears the decision in Beskeder and
// follows the status on its referral.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { BASE_URL, TODAY_DANISH, danishDaysFromToday, launch, loginAs, menuLink, screenshot, waitForTitle, stepsInOrder } from './helpers.mjs';

let browser;
const users = {};
before(async () => {
  browser = await launch();
  for (const name of ['afsnit', 'medarbejder']) users[name] = await loginAs(browser, name);
});
after(async () => {
  await browser?.close();
});

const serial = String(1000 + Math.floor(Math.random() * 2999)); // 7th digit 1–3: born in the 1900s
const citizenName = `Dagny Dagsforløb ${serial}`;
let referralUrl = '';
let courseUrl = '';
const step = stepsInOrder();

async function runCommand(page, name, fill) {
  await page.locator(`[data-command="${name}"]`).click();
  const form = page.locator(`#cmd-${name}`);
  await form.waitFor();
  await fill(form);
  const before = await page.locator('.course').getAttribute('data-version');
  await form.locator('button[type="submit"]').click();
  await page.waitForFunction((v) => document.querySelector('.course')?.getAttribute('data-version') !== v, before);
}

step('morning: the ward refers a citizen to the unit', async () => {
  const { page } = users.afsnit;
  await menuLink(page, 'Henvisninger').click();
  await waitForTitle(page, 'Henvisninger');
  await page.getByRole('link', { name: 'Ny henvisning' }).click();
  await waitForTitle(page, 'Ny henvisning');
  await page.getByLabel('Afklaringstilbud').selectOption({ label: 'Afklaringspladserne Nygårdsvej' });
  const form = page.locator('#new-referral');
  await form.waitFor();
  await form.locator('[name="name"]').fill(citizenName);
  await form.locator('[name="cpr"]').fill(`030390-${serial}`);
  await form.locator('[name="reason"]').fill('Færdigbehandlet; mangler et sted at bo med støtte.');
  for (const select of await form.locator('select[name^="exclusion_"]').all()) await select.selectOption('no');
  await form.locator('[name="substance_use"]').selectOption('none');
  await form.locator('[name="consent_to_share_with_unit"]').check();
  await form.locator('[name="consent_to_share_back_with_ward"]').check();
  await form.getByRole('button', { name: 'Send henvisning' }).click();
  await page.locator('.referral-state', { hasText: 'Modtaget' }).waitFor();
  referralUrl = page.url();
});

step('the ward records the admission the citizen is in and færdigmelds it, once', async () => {
  const { page } = users.afsnit;
  const section = page.locator('section.admissions');
  await section.getByRole('button', { name: 'Registrér indlæggelse' }).click();
  const form = page.locator('#admission-new');
  await form.locator('[name="admitted_on"]').fill(danishDaysFromToday(-10));
  await form.getByRole('button', { name: 'Registrér indlæggelse' }).click();
  await section.locator('tbody tr', { hasText: 'Stadig indlagt' }).waitFor();
  await section.getByRole('button', { name: /^Færdigmeld/ }).click();
  await page.locator('#admission-ready button[type="submit"]').click();
  await page.locator('#admission-done', { hasText: `Færdigmeldt ${TODAY_DANISH}` }).waitFor();
});

step('the unit sees the new referral in Beskeder and accepts it after the joint assessment', async () => {
  const { page } = users.medarbejder;
  await page.goto(BASE_URL + '/');
  await waitForTitle(page, 'Overblik');
  await page.locator('.topbar').getByRole('link', { name: /^Beskeder/ }).click();
  await waitForTitle(page, 'Beskeder');
  const item = page.locator('ul.notifications > li[data-kind="new_referral"]', { hasText: citizenName });
  await item.getByRole('link', { name: citizenName }).click();
  await page.waitForURL((url) => url.href === referralUrl);
  await page.locator('[data-command="accept"]').click();
  await page.locator('#decision-accept [name="note"]').fill('Fælles vurdering i telefonen med afsnittet: relevant.');
  await page.locator('#decision-accept button[type="submit"]').click();
  await page.locator('.referral-state', { hasText: 'Optaget' }).waitFor();
  await page.locator('.facts a').click();
  await page.getByRole('heading', { name: 'Tjekliste for modellen' }).waitFor();
  courseUrl = page.url();
  // The færdigmelding the ward entered on the admission is the course's: nobody types it again.
  assert.match(await page.locator('.key-dates').innerText(), new RegExp(`Færdigmeldt\\s*${TODAY_DANISH}`));
});

step('the tovholder is appointed and the citizen moves in', async () => {
  const { page } = users.medarbejder;
  await runCommand(page, 'appoint-key-worker', (form) => form.locator('[name="name"]').fill('Morten Medarbejder'));
  await page.locator('[data-command="move-in"]').click();
  const form = page.locator('#cmd-move-in');
  await form.locator('[name="place_kind"]').selectOption('regular');
  // The screen answers what a unit meets: someone else next in line (say why), or no regular place left
  // after the other tests' move-ins (take a guest place). The server's answer decides the next try.
  for (let attempt = 1; ; attempt += 1) {
    const answered = page.waitForResponse((r) => r.url().includes('/commands/move-in') && r.request().method() === 'POST');
    await form.locator('button[type="submit"]').click();
    const answer = await answered;
    if (answer.ok()) break;
    const { error } = await answer.json();
    assert.ok(attempt < 3, `moving in was refused: ${error.message}`);
    await form.locator('.field-error, .alert-error').first().waitFor();
    if (error.code === 'reason_ahead_of_turn_required') {
      assert.match(await form.locator('.field-error, .alert-error').first().innerText(), /En anden borger står først/);
      await form.locator('[name="reason_ahead_of_turn"]').fill('Aftalt på morgenmødet: kan udskrives i dag.');
    } else if (error.code === 'no_free_place') {
      await form.locator('[name="place_kind"]').selectOption('guest');
    } else {
      assert.fail(`moving in was refused: ${error.message}`);
    }
  }
  await page.locator('.badge-state', { hasText: 'Fase 2' }).waitFor();
  assert.match(await page.locator('.key-dates').innerText(), new RegExp(`Flyttede ind\\s*${TODAY_DANISH}`));
});

step('the citizen is found again by name and among "mine"', async () => {
  const { page } = users.medarbejder;
  await page.getByRole('searchbox', { name: 'Søg borger' }).fill(citizenName.split(' ')[1].slice(0, 6).toLowerCase());
  await page.getByRole('button', { name: 'Søg' }).click();
  await page.getByRole('row', { name: new RegExp(citizenName) }).getByRole('link', { name: /^Forløb/ }).click();
  await page.waitForURL((url) => url.href === courseUrl);
  await menuLink(page, 'Forløb').click();
  await waitForTitle(page, 'Forløb');
  await page.getByLabel('Kun borgere, hvor jeg er tovholder').check();
  await page.locator('td[data-label="Borger"]', { hasText: citizenName }).waitFor();
});

step('the plan, a status note and the plan printed', async () => {
  const { page } = users.medarbejder;
  await page.goto(courseUrl);
  await page.getByRole('heading', { name: 'Tjekliste for modellen' }).waitFor();
  await runCommand(page, 'save-plan', async (form) => {
    await form.locator('[name="hopes"]').fill('Et sted at bo, tæt på min søster.');
    await form.locator('[name="new_goal"]').fill('Søge bolig med støtte');
  });
  await runCommand(page, 'add-status-note', (form) => form.locator('[name="text"]').fill('Første dag: faldet godt til.'));
  await page.locator('.journal li', { hasText: 'Første dag: faldet godt til.' }).waitFor();
  await page.locator('section.documents').getByRole('link', { name: 'Borgerens plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Borgerens plan' }).waitFor();
  const document = await page.locator('.document').innerText();
  assert.match(document, /Afklaringspladserne Nygårdsvej/);
  assert.match(document, new RegExp(citizenName));
  assert.match(document, /Et sted at bo, tæt på min søster\./);
  await screenshot(page, 'dag-plan-udskrift');
});

step('afternoon: the ward follows the status on its referral', async () => {
  const { page } = users.afsnit;
  await page.goto(BASE_URL + '/');
  await page.locator('.topbar').getByRole('link', { name: /^Beskeder/ }).click();
  await waitForTitle(page, 'Beskeder');
  const told = page.locator('ul.notifications > li[data-kind="referral_decided"]', { hasText: citizenName });
  assert.match(await told.innerText(), /Optaget/);
  await told.getByRole('link', { name: citizenName }).click();
  await page.waitForURL((url) => url.href === referralUrl);
  await page.locator('.facts', { hasText: 'Fase 2' }).waitFor();
  // The move-in discharged the citizen from the ward in the same step.
  const admission = page.locator('section.admissions tbody tr').first();
  await admission.waitFor();
  assert.doesNotMatch(await admission.innerText(), /Stadig indlagt/);
  assert.equal((await admission.innerText()).match(new RegExp(TODAY_DANISH, 'g')).length, 2, 'færdigmeldt and discharged today');
  assert.equal(await page.getByText('Første dag: faldet godt til.').count(), 0, 'the unit’s notes stay the unit’s');
});
