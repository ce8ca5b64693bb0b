// One whole course through the application with role switches: ward staff refer, the unit accepts
// and runs phases 1–3, the authority records the allocation, the unit closes the course. Along the
// way: forms validate before sending, only legal actions are offered, ward staff cannot open the
// unit's course record, and a colleague's note never blocks one's own, while an edit of the same part
// shows who changed it and keeps what was typed.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { BASE_URL, TODAY_DANISH, launch, loginAs, menuLink, screenshot, seriousViolations, waitForTitle, stepsInOrder } from './helpers.mjs';

let browser;
const users = {};
before(async () => {
  browser = await launch();
  for (const name of ['afsnit', 'medarbejder', 'leder', 'myndighed']) users[name] = await loginAs(browser, name);
});
after(async () => {
  await browser?.close();
});

const citizenName = `Testborger E2E ${Date.now() % 100000}`;
let referralUrl = '';
let citizenCpr = '';
const step = stepsInOrder();
let courseUrl = '';

async function runCommand(page, command, fill = async () => {}) {
  await page.locator(`[data-command="${command}"]`).click();
  const form = page.locator(`#cmd-${command}`);
  await form.waitFor();
  await fill(form);
  const versionBefore = await page.locator('.course').getAttribute('data-version');
  await form.locator('button[type="submit"]').click();
  await page.waitForFunction((before) => document.querySelector('.course')?.getAttribute('data-version') !== before, versionBefore);
}

async function legalButtons(page) {
  return page.locator('[data-command]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-command')));
}

step('ward staff refer a citizen; the form validates before sending', async () => {
  const { page } = users.afsnit;
  await page.goto(BASE_URL + '/henvisninger');
  await page.getByRole('link', { name: 'Ny henvisning' }).click();
  await waitForTitle(page, 'Ny henvisning');
  await page.getByLabel('Afklaringstilbud').selectOption({ label: 'Afklaringspladserne Nygårdsvej' });
  // Before referring, the ward sees whether a place is likely: counts, no names.
  assert.match(
    await page.locator('.free-places').innerText(),
    /^Ledige pladser i dag: \d+ almindelige? plads(er)?, \d+ gæsteplads(er)?\. (Ingen på venteliste|\d+ borgere? på venteliste)\.$/,
  );
  const form = page.locator('#new-referral');
  await form.waitFor();
  // Sending the empty form names each missing field; nothing is sent.
  await form.getByRole('button', { name: 'Send henvisning' }).click();
  await form.locator('.field-error').first().waitFor();
  assert.ok((await form.locator('.field-error').count()) >= 3);
  assert.equal(await form.locator('[name="name"]').evaluate((el) => el === document.activeElement), true, 'focus on the first error');
  await screenshot(page, 'flow-01-ny-henvisning-fejl');
  assert.deepEqual(await seriousViolations(page), [], 'the form with its errors');

  const serial = String(1000 + Math.floor(Math.random() * 2999)); // 7th digit 1–3: born in the 1900s
  await form.locator('[name="name"]').fill(citizenName);
  citizenCpr = `010190-${serial}`;
  await form.locator('[name="cpr"]').fill(citizenCpr);
  await form.locator('[name="reason"]').fill('Udskrives snart og har brug for støtte til at finde et rette tilbud.');
  for (const select of await form.locator('select[name^="exclusion_"]').all()) await select.selectOption('no');
  await form.locator('[name="substance_use"]').selectOption('none');
  await form.locator('[name="consent_to_share_with_unit"]').check();
  await form.locator('[name="consent_to_share_back_with_ward"]').check();
  await form.getByRole('button', { name: 'Send henvisning' }).click();
  await page.locator('.referral-state').waitFor();
  assert.equal(await page.locator('.referral-state').innerText(), 'Modtaget – afventer fælles vurdering');
  referralUrl = page.url();
  // The ward follows its referral; deciding it is the unit's, so no such button is offered.
  const wardOffers = await legalButtons(page);
  assert.ok(wardOffers.includes('withdraw') && !wardOffers.includes('accept') && !wardOffers.includes('decline') && !wardOffers.includes('citizen-declines'), wardOffers.join());
  await screenshot(page, 'flow-02-henvisning-sendt');
});

step('the unit sees the new referral and accepts it after the joint assessment', async () => {
  const { page } = users.medarbejder;
  await page.goto(BASE_URL + '/henvisninger');
  await page.getByRole('link', { name: citizenName }).click();
  // Everything the ward sent, for the joint assessment.
  // The referral's facts (the consent section below has its own list, loaded apart).
  const factsList = page.locator('.facts', { hasText: 'CPR-nummer' });
  await factsList.waitFor();
  const facts = await factsList.innerText();
  assert.match(facts, new RegExp(`CPR-nummer\\s*${citizenCpr}`));
  assert.match(facts, /Henvist fra\s*\S+/);
  assert.match(facts, /Færdigmeldt\s*Ikke endnu/);
  assert.match(facts, /Rusmidler\s*Ingen brug af rusmidler/);
  assert.match(facts, /Eksklusionsspørgsmål[\s\S]*: Nej/);
  // The unit decides; withdrawing is the ward's, so the unit is not offered it.
  const offered = await legalButtons(page);
  assert.ok(offered.includes('accept') && offered.includes('decline') && offered.includes('citizen-declines') && !offered.includes('withdraw'), offered.join());
  await page.locator('[data-command="accept"]').click();
  await page.locator('#decision-accept [name="note"]').fill('Fælles vurdering med afsnittet: relevant.');
  await page.locator('#decision-accept button[type="submit"]').click();
  await page.locator('.referral-state', { hasText: 'Optaget' }).waitFor();
  await screenshot(page, 'flow-03-henvisning-optaget');
  await page.locator('.facts a').click();
  await page.getByRole('heading', { name: 'Tjekliste for modellen' }).waitFor();
  courseUrl = page.url();
  assert.match(courseUrl, /\/forloeb\/\d+$/);
});

step('phase 1: only legal actions are offered; key worker and move-in', async () => {
  const { page } = users.medarbejder;
  // The joint assessment the course began with can be read on the course.
  await page.locator('section', { has: page.locator('#assessment-heading') }).getByText('Fælles vurdering med afsnittet: relevant.').waitFor();
  const legal = await legalButtons(page);
  assert.ok(legal.includes('move-in') && legal.includes('appoint-key-worker'));
  assert.ok(!legal.includes('move-out') && !legal.includes('close') && !legal.includes('decide-allocation'));
  // Moving in without a key worker is refused by the server; its Danish message is shown.
  await page.locator('[data-command="move-in"]').click();
  await page.locator('#cmd-move-in button[type="submit"]').click();
  await page.locator('#cmd-move-in .alert-error, #cmd-move-in .field-error').first().waitFor();
  await screenshot(page, 'flow-04-indflytning-afvist');
  await page.locator('[data-command="move-in"]').click();

  await runCommand(page, 'appoint-key-worker', (form) => form.locator('[name="name"]').fill('Tovholder Test'));
  await runCommand(page, 'record-ward-visit', (form) => form.locator('[name="note"]').fill('Første møde.'));
  // When the board names someone else for the free place, the form asks why this citizen goes first.
  const { course, board } = await page.evaluate(async (url) => {
    const course = await (await fetch(`/api/v1/courses/${url.split('/').pop()}`)).json();
    return { course, board: await (await fetch(`/api/v1/units/${course.unit_id}/board`)).json() };
  }, courseUrl);
  const aheadOfTurn = board.next_in_line !== null && board.next_in_line !== course.id;
  await page.locator('[data-command="move-in"]').click();
  const moveIn = page.locator('#cmd-move-in');
  await moveIn.locator('[name="place_kind"]').selectOption('regular');
  if (aheadOfTurn) {
    await moveIn.locator('button[type="submit"]').click();
    const error = moveIn.locator('.field-error, .alert-error').first();
    await error.waitFor();
    assert.match(await error.innerText(), /En anden borger står først til en ledig plads/);
    await moveIn.locator('[name="reason_ahead_of_turn"]').fill('Aftalt på tavlemødet: borgeren kan udskrives i dag.');
  }
  await moveIn.locator('button[type="submit"]').click();
  await page.locator('.badge-state', { hasText: 'Fase 2' }).waitFor();
  if (aheadOfTurn) assert.match(await page.locator('.key-dates').innerText(), /Fik pladsen før den næste i køen\s*Aftalt på tavlemødet/);
  assert.doesNotMatch(await page.locator('.course-meta').innerText(), /Version/, 'no internal version number on screen');
  // An extension is decided only when needed: without one the checklist does not call it missing.
  assert.match(await page.locator('li.check-optional', { hasText: 'Forlængelser' }).innerText(), /Ikke nødvendigt endnu/);
  await runCommand(page, 'add-status-note', (form) => form.locator('[name="text"]').fill('Faldet godt til.'));
  await page.getByText('Faldet godt til.').waitFor();
  await runCommand(page, 'save-plan', async (form) => {
    await form.locator('[name="hopes"]').fill('At få ro og overblik.');
    await form.locator('[name="new_goal"]').fill('Finde egen bolig');
  });
  await page.locator('.checklist', { hasText: 'Finde egen bolig (Ikke påbegyndt)' }).waitFor();
  await runCommand(page, 'save-plan', (form) => form.locator('select[name^="goal_"]').first().selectOption('in_progress'));
  await page.locator('.checklist', { hasText: 'Finde egen bolig (I gang)' }).waitFor();
  // What was saved can be read without opening a form: the plan, the journal with its author, the dates.
  assert.match(await page.locator('#plan').innerText(), /At få ro og overblik\./);
  const note = page.locator('.journal li', { hasText: 'Faldet godt til.' });
  assert.match(await note.innerText(), /Statusnotat · Morten Medarbejder \(Medarbejder på afklaringstilbud\)/);
  // A note is corrected, never deleted: the journal shows the new text and keeps the old one.
  await note.getByRole('button', { name: /^Ret/ }).click();
  await note.locator('textarea[name="text"]').fill('Faldet godt til; sover bedre.');
  await note.getByRole('button', { name: 'Gem rettelse' }).click();
  // Saved: the form closes (until then its textarea holds the new text too) and the note says who corrected it.
  await note.locator('textarea[name="text"]').waitFor({ state: 'detached' });
  const corrected = page.locator('.journal li', { has: page.locator('.note-text', { hasText: 'Faldet godt til; sover bedre.' }) });
  await corrected.locator('.note-head', { hasText: new RegExp(`rettet ${TODAY_DANISH} af Morten Medarbejder`) }).waitFor();
  await corrected.locator('summary', { hasText: 'Tidligere tekst (1)' }).click();
  await corrected.locator('.note-history', { hasText: 'Faldet godt til.' }).waitFor();
  assert.match(await page.locator('.key-dates').innerText(), new RegExp(`Flyttede ind\\s*${TODAY_DANISH}`));
  await runCommand(page, 'save-crisis-plan', async (form) => {
    await form.locator('[name="warning_signs"]').fill('Trækker sig og sover dårligt.');
    await form.locator('[name="what_to_do"]').fill('Tal med tovholderen samme dag.');
    await form.locator('[name="who_to_call"]').fill('Tovholderen, derefter psykiatrisk akutmodtagelse.');
    await form.locator('[name="medication_responsible"]').fill('Egen læge');
    await form.locator('[name="on_readmission"]').fill('Tovholderen besøger på afsnittet.');
  });
  assert.match(await page.locator('#kriseplan').innerText(), /Advarselstegn\s*Trækker sig og sover dårligt\./);
  // One click from the course header and from the board row.
  await page.locator('.course-meta').getByRole('link', { name: 'Kriseplan' }).click();
  await page.waitForURL(/#kriseplan$/);
  await menuLink(page, 'Overblik').click();
  await waitForTitle(page, 'Overblik');
  await page.locator('.board-places tr', { hasText: citizenName }).getByRole('link', { name: /^Kriseplan/ }).click();
  await page.waitForURL(/\/forloeb\/\d+#kriseplan$/);
  await page.locator('#kriseplan').waitFor();
  await screenshot(page, 'flow-05-fase-2');
});

step('ward staff follow the status but cannot open the unit’s notes', async () => {
  const { page } = users.afsnit;
  await page.goto(referralUrl);
  await page.locator('.facts', { hasText: 'Fase 2' }).waitFor();
  assert.equal(await page.locator('.facts a').count(), 0, 'no link to the course record');
  assert.equal(await menuLink(page, 'Forløb').count(), 0);
  await page.goto(courseUrl);
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /Ingen adgang/);
  assert.equal(await page.getByText('Faldet godt til.').count(), 0);
  await screenshot(page, 'flow-06-afsnit-ingen-adgang');
});

step('a colleague’s note never blocks mine; an edit of the same part names who changed it and keeps the input', async () => {
  const mine = users.medarbejder.page;
  const colleague = users.leder.page;
  await mine.goto(courseUrl);
  await mine.locator('[data-command="add-status-note"]').click();
  await mine.locator('#cmd-add-status-note [name="text"]').fill('Min tekst, som ikke må gå tabt.');
  // Meanwhile the colleague writes a note on the same course: both are kept.
  await colleague.goto(courseUrl);
  await runCommand(colleague, 'add-status-note', (form) => form.locator('[name="text"]').fill('Kollegaens notat.'));
  await mine.locator('#cmd-add-status-note button[type="submit"]').click();
  await mine.locator('.notes').getByText('Min tekst, som ikke må gå tabt.').waitFor();
  await mine.locator('.notes').getByText('Kollegaens notat.').waitFor();

  // Both edit the approach to substance use; the colleague saves first.
  await mine.locator('[data-command="set-substance-use-approach"]').click();
  await mine.locator('#cmd-set-substance-use-approach [name="approach"]').fill('Min tilgang, som ikke må gå tabt.');
  await colleague.goto(courseUrl);
  await runCommand(colleague, 'set-substance-use-approach', (form) => form.locator('[name="approach"]').fill('Kollegaens tilgang.'));
  await mine.locator('#cmd-set-substance-use-approach button[type="submit"]').click();
  const alert = mine.locator('#cmd-set-substance-use-approach .form-error');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Tilgangen til rusmidler er ændret af .+ \(Leder af afklaringstilbud\) den \d{2}-\d{2}-\d{4}/);
  assert.equal(await mine.locator('#cmd-set-substance-use-approach [name="approach"]').inputValue(), 'Min tilgang, som ikke må gå tabt.');
  await screenshot(mine, 'flow-07-konflikt');
  assert.deepEqual(await seriousViolations(mine), [], 'the course page with the conflict');
  const versionBefore = await mine.locator('.course').getAttribute('data-version');
  await mine.getByRole('button', { name: 'Hent nyeste version' }).click();
  await mine.waitForFunction((before) => document.querySelector('.course')?.getAttribute('data-version') !== before, versionBefore);
  await mine.getByText('Kollegaens tilgang.').waitFor();
  assert.equal(await mine.locator('#cmd-set-substance-use-approach [name="approach"]').inputValue(), 'Min tilgang, som ikke må gå tabt.');
  await mine.locator('#cmd-set-substance-use-approach button[type="submit"]').click();
  // Saved on the newest version: the form closes (an error would stay in it, and is shown here).
  const form = mine.locator('#cmd-set-substance-use-approach');
  await Promise.race([form.waitFor({ state: 'detached' }).catch(() => {}), form.locator('.form-error').waitFor().catch(() => {})]);
  if ((await form.count()) > 0) assert.fail(`not saved: ${await form.locator('.form-error').innerText()}`);
  await mine.locator('li', { hasText: 'Tilgang til rusmidler' }).locator('.check-detail', { hasText: 'Min tilgang, som ikke må gå tabt.' }).waitFor();
});

step('the authority records the allocation (phase 3)', async () => {
  const { page } = users.myndighed;
  await page.goto(courseUrl);
  await page.getByRole('heading', { name: 'Tjekliste for modellen' }).waitFor();
  const legal = await legalButtons(page);
  assert.ok(legal.includes('decide-allocation'));
  assert.ok(!legal.includes('add-status-note'), 'the authority only records VUM and the allocation');
  await runCommand(page, 'decide-allocation', (form) => form.locator('[name="destination"]').selectOption('own_home_with_support'));
  await page.locator('.badge-state', { hasText: 'Fase 3' }).waitFor();
  await screenshot(page, 'flow-08-fase-3');
});

step('the unit moves the citizen out and closes the course', async () => {
  const { page } = users.medarbejder;
  await page.goto(courseUrl);
  await page.getByRole('heading', { name: 'Tjekliste for modellen' }).waitFor();
  await runCommand(page, 'add-handover-note', (form) => form.locator('[name="text"]').fill('Overlevering til bostøtten.'));
  await runCommand(page, 'move-out');
  await page.locator('.badge-state', { hasText: 'Opfølgning' }).waitFor();
  // After move-out the page gives the actual date, not the planned one.
  const dates = await page.locator('.key-dates').innerText();
  assert.match(dates, new RegExp(`Flyttede ud\\s*${TODAY_DANISH}`));
  assert.doesNotMatch(dates, /Planlagt fraflytning/);
  await runCommand(page, 'close');
  await page.locator('.badge-state', { hasText: 'Afsluttet' }).waitFor();
  assert.deepEqual(await legalButtons(page), [], 'nothing more to do on a closed course');
  await screenshot(page, 'flow-09-afsluttet');

  const ward = users.afsnit.page;
  await ward.goto(referralUrl);
  await ward.locator('.facts', { hasText: 'Afsluttet' }).waitFor();
});
