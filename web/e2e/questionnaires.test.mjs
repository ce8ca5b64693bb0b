// Spørgeskemaer on a tablet (768×1024): the overview shows what is due, WHO-5 is answered with the
// keyboard and with taps, too few answers are refused in Danish without saving anything, and the
// score shown is the WHO-5 rule (raw sum × 4) for the answers given. Each page and state: screenshot
// and axe at 1280 and 768 px, and no sideways scrolling.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, PASSWORD, TABLET, checkPage, launch, loginAs, menuLink, screenshot, waitForTitle } from './helpers.mjs';

let browser;
let session;
before(async () => {
  browser = await launch();
  session = await loginAs(browser, 'medarbejder', TABLET);
});
after(async () => {
  await browser?.close();
});

// The answer form is for tablets: each check ends at the tablet size.
const check = (page, name) => checkPage(page, name, { endAt: TABLET });

async function responsesOf(page, courseId) {
  return page.evaluate(async (id) => (await (await fetch(`/api/v1/courses/${id}/responses`)).json()).items, courseId);
}

// WHO-5's options run from "Hele tiden" (5) down to "På intet tidspunkt" (0).
const WHO5_LABELS = ['På intet tidspunkt', 'Lidt af tiden', 'Lidt mindre end halvdelen af tiden', 'Lidt mere end halvdelen af tiden', 'Det meste af tiden', 'Hele tiden'];

/** Chooses `value` with the keyboard: focus the group, Space picks the first option, arrows move. */
async function answerWithKeyboard(page, value) {
  await page.locator('.q-option input').first().focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < 5 - value; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByRole('radio', { name: WHO5_LABELS[value], exact: true }).isChecked(), true);
}

let courseId = 0;
let started = false;

test('the overview lists the current courses with what is due per time point', async () => {
  const { page } = session;
  await menuLink(page, 'Spørgeskemaer').click();
  await waitForTitle(page, 'Spørgeskemaer');
  await page.locator('.q-course').first().waitFor();
  // A course that has moved in without a WHO-5 yet: at move-in is due, with an "Udfyld" link.
  const due = page.locator('.q-instrument', { hasText: 'WHO-5' }).filter({ has: page.locator('.q-due-due', { hasText: 'Ved indflytning' }) });
  assert.ok((await due.count()) >= 1, 'some course has WHO-5 due at move-in');
  const card = page.locator('.q-course').filter({ has: due });
  courseId = Number(await card.first().getAttribute('data-course-id'));
  assert.ok(courseId > 0);
  // The same overview says which have been answered (the demo's courses in phase 2 answered at move-in).
  assert.ok((await page.locator('.q-due-answered').count()) >= 1);
  await check(page, 'spoergeskemaer-oversigt');
});

test('WHO-5 with too few answers is refused in Danish and nothing is saved', async () => {
  const { page } = session;
  const before = await responsesOf(page, courseId);
  const card = page.locator(`.q-course[data-course-id="${courseId}"]`);
  await card.locator('.q-instrument', { hasText: 'WHO-5' }).getByRole('link', { name: /^Udfyld.*ved indflytning/ }).click();
  await waitForTitle(page, 'Spørgeskema: WHO-5 Trivselsindeks');
  assert.equal(await page.getByLabel('Tidspunkt').inputValue(), 'move_in');
  // Only what is due now (or was missed) is offered: not the later time points.
  const offered = await page.getByLabel('Tidspunkt').locator('option').evaluateAll((options) => options.map((o) => o.value));
  assert.ok(offered.includes('move_in') && !offered.includes('move_out') && !offered.includes('follow_up'), offered.join());
  await screenshot(page, 'spoergeskema-start');
  await page.getByRole('button', { name: 'Start spørgeskemaet' }).click();
  started = true;
  // Borgervisning: the citizen holds the tablet and sees the questionnaire alone — no menu, no log-out.
  await page.getByRole('heading', { name: 'Spørgsmål 1 af 5' }).waitFor();
  assert.equal(await page.locator('.mainnav').count(), 0, 'no staff menu');
  assert.equal(await page.getByRole('button', { name: 'Log ud' }).count(), 0, 'no log-out');
  assert.equal(await page.getByRole('link', { name: 'Tilbage til Spørgeskemaer' }).count(), 0);

  await page.getByRole('heading', { name: 'Spørgsmål 1 af 5' }).waitFor();
  // WHO-5 needs every item: no "ved ikke" option; the options are large touch targets.
  assert.equal(await page.getByText('Ved ikke / ønsker ikke at svare').count(), 0);
  const box = await page.locator('.q-option').first().boundingBox();
  assert.ok(box && box.height >= 44, `option height ${box?.height}`);
  await answerWithKeyboard(page, 3);
  await check(page, 'spoergeskema-spoergsmaal');
  await page.getByRole('button', { name: 'Næste' }).press('Enter');
  for (const [number, value] of [
    [2, 2],
    [3, 4],
    [4, 1],
  ]) {
    await page.getByRole('heading', { name: `Spørgsmål ${number} af 5` }).waitFor();
    await answerWithKeyboard(page, value);
    await page.getByRole('button', { name: 'Næste' }).press('Enter');
  }
  // Question 5 is left unanswered.
  await page.getByRole('heading', { name: 'Spørgsmål 5 af 5' }).waitFor();
  await page.getByRole('button', { name: 'Til opsummering' }).click();
  await page.getByRole('heading', { name: 'Opsummering' }).waitFor();
  await page.getByRole('button', { name: 'Gem besvarelsen' }).click();
  const alert = page.locator('#q-answers-error');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Spørgsmål 5 mangler svar\. WHO-5 Trivselsindeks skal have svar på alle 5 spørgsmål/);
  await check(page, 'spoergeskema-for-faa-svar');
  assert.equal((await responsesOf(page, courseId)).length, before.length, 'nothing saved');
});

test('answering the last question by tapping saves, and the score is the raw sum × 4', async (t) => {
  if (!started) return t.skip('the form was not opened');
  const { page } = session;
  // Correcting an answer from the summary keeps the others and leads straight back.
  await page.getByRole('button', { name: 'Ret svar på spørgsmål 2' }).click();
  await page.getByRole('heading', { name: 'Spørgsmål 2 af 5' }).waitFor();
  assert.equal(await page.getByRole('radio', { name: WHO5_LABELS[2], exact: true }).isChecked(), true);
  await page.getByRole('button', { name: 'Tilbage til opsummering' }).click();
  await page.getByRole('heading', { name: 'Opsummering' }).waitFor();
  await page.getByRole('button', { name: 'Ret svar på spørgsmål 5' }).click();
  await page.getByRole('heading', { name: 'Spørgsmål 5 af 5' }).waitFor();
  await page.locator('.q-option', { hasText: 'Lidt mere end halvdelen af tiden' }).click();
  await page.getByRole('button', { name: 'Til opsummering' }).click();
  await page.getByRole('heading', { name: 'Opsummering' }).waitFor();
  const answers = [3, 2, 4, 1, 3];
  const shown = await page.locator('.q-summary-answer').allInnerTexts();
  assert.deepEqual(shown, answers.map((v) => WHO5_LABELS[v]));
  await page.getByRole('button', { name: 'Gem besvarelsen' }).click();
  await page.getByRole('heading', { name: 'Besvarelsen er gemt' }).waitFor();
  const expected = answers.reduce((a, b) => a + b, 0) * 4; // 13 × 4 = 52 (numbers.md's example)
  assert.equal(await page.locator('.q-score strong').innerText(), String(expected));
  assert.match(await page.locator('.q-result').innerText(), /Rå sum af 5 besvarede spørgsmål: 13 × 4/);
  // Above 50 no threshold is met; the page says so rather than showing nothing.
  assert.match(await page.locator('.q-result').innerText(), /ikke under nogen af skemaets grænseværdier/);
  await check(page, 'spoergeskema-resultat');
  const stored = await responsesOf(page, courseId);
  const latest = stored[stored.length - 1];
  assert.deepEqual(latest.answers.map((a) => a.value), answers);
  assert.equal(latest.time_point, 'move_in');
  assert.equal(latest.score.score, expected);
});

test('the overview and the course page show the answered questionnaire', async (t) => {
  if (!started) return t.skip('the form was not opened');
  const { page } = session;
  // Still locked after saving: only the staff member's password opens the rest (a wrong one is refused).
  assert.equal(await page.locator('.mainnav').count(), 0);
  await page.getByLabel('Medarbejderens adgangskode').fill('forkert-adgangskode');
  await page.getByRole('button', { name: 'Lås op' }).click();
  await page.locator('#q-unlock-error').waitFor();
  await page.getByLabel('Medarbejderens adgangskode').fill(PASSWORD);
  await page.getByRole('button', { name: 'Lås op' }).click();
  await page.locator('.mainnav').waitFor();
  await page.getByRole('link', { name: 'Tilbage til Spørgeskemaer' }).last().click();
  await waitForTitle(page, 'Spørgeskemaer');
  const who5 = page.locator(`.q-course[data-course-id="${courseId}"] .q-instrument`, { hasText: 'WHO-5' });
  await who5.locator('.q-due-answered', { hasText: 'Ved indflytning' }).waitFor();
  assert.match(await who5.locator('.q-due-answered').first().innerText(), /score 52/);
  await page.goto(`${BASE_URL}/forloeb/${courseId}`);
  const section = page.locator('.course-responses');
  await section.getByRole('cell', { name: '52' }).waitFor();
  assert.ok((await section.getByRole('link', { name: /Udfyld/ }).count()) >= 1, 'an Udfyld link on the course page');
  // The journal has it too, among the questionnaires.
  await page.getByLabel('Vis').selectOption('questionnaire');
  await page.locator('.journal li[data-kind="questionnaire"]', { hasText: 'WHO-5' }).filter({ hasText: 'Score 52' }).waitFor();
  await screenshot(page, 'forloeb-spoergeskemaer');
});
