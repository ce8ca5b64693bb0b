// Documents to print (issue 14): the plan, the crisis plan, the discharge agreement and the handover
// summary, each opened from the course page, rendered to PDF in Chromium and read back with
// pdftotext: Danish, with the unit's name, the citizen, the date and the course's own words.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { BASE_URL, TODAY_DANISH, launch, loginAs, screenshot, seriousViolations } from './helpers.mjs';

let browser;
let user;
const work = mkdtempSync(join(tmpdir(), 'afk-documents-'));
before(async () => {
  browser = await launch();
  user = await loginAs(browser, 'medarbejder');
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The text of the page printed to PDF, as a reader of the PDF gets it. */
async function printedText(page, name) {
  await page.emulateMedia({ media: 'print' });
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'screen' });
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** A course the demo has taken far: plan, crisis plan, agreement and handover notes. */
async function findCourse(page) {
  return page.evaluate(async () => {
    const get = async (path) => (await fetch('/api/v1' + path)).json();
    for (const state of ['phase_3', 'follow_up', 'closed']) {
      for (const c of (await get(`/courses?state=${state}&page_size=500`)).items) {
        if (c.limited_by_consent || c.plan.version === 0 || c.crisis_plan.version === 0) continue;
        if (c.discharge_agreements.length === 0 || c.handover_notes.length === 0) continue;
        const units = (await get('/units')).items;
        return { course: c, unit: units.find((u) => u.id === c.unit_id).name };
      }
    }
    return null;
  });
}

test('each document opens from the course page and prints as a PDF with its text', async () => {
  const { page } = user;
  await page.goto(BASE_URL + '/forloeb');
  const found = await findCourse(page);
  assert.ok(found, 'the demo has a course with plan, crisis plan, agreement and handover notes');
  const { course, unit } = found;
  await page.goto(`${BASE_URL}/forloeb/${course.id}`);
  // The agreement's parties are on the course page too.
  const parties = course.discharge_agreements[0].parties;
  if (parties.length > 0) await page.locator('ul.checklist li', { hasText: 'Udskrivningsaftale' }).getByText(`parter: ${parties.join(', ')}`, { exact: false }).waitFor();
  const links = page.locator('section.documents a');
  await links.first().waitFor();
  assert.deepEqual(await links.allInnerTexts(), ['Borgerens plan', 'Kriseplan', 'Udskrivningsaftale og koordinationsplan', 'Overleveringsresumé']);

  const expected = {
    'Borgerens plan': [course.plan.hopes, ...course.plan.goals.map((g) => g.text)],
    Kriseplan: [course.crisis_plan.warning_signs, course.crisis_plan.what_to_do],
    'Udskrivningsaftale og koordinationsplan': [course.discharge_agreements[0].parties[0] ?? '', 'Tovholder'],
    Overleveringsresumé: [course.handover_notes[0].text, 'Næste tilbud'],
  };
  for (const [title, words] of Object.entries(expected)) {
    await page.goto(`${BASE_URL}/forloeb/${course.id}`);
    await page.locator('section.documents').getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.locator('.document-unit', { hasText: unit }).waitFor();
    assert.deepEqual(await seriousViolations(page), [], title);
    await screenshot(page, `dokument-${title.split(' ')[0].toLowerCase()}`);
    const text = (await printedText(page, title)).replace(/\s+/g, ' ');
    for (const expectedText of [unit, title, course.citizen.name, `Udskrevet ${TODAY_DANISH}`, ...words])
      assert.ok(text.includes(String(expectedText).replace(/\s+/g, ' ')), `${title}: "${expectedText}" in the PDF`);
    // Paper shows the document, not the application around it.
    for (const chrome of ['Log ud', 'Hovedmenu', 'Udskriv eller gem som PDF', 'Tilbage til forløbet'])
      assert.ok(!text.includes(chrome), `${title}: no "${chrome}" on paper`);
  }
});

test('an unknown document says so', async () => {
  const { page } = user;
  await page.goto(`${BASE_URL}/forloeb/1/udskrift/ukendt`);
  await page.getByRole('heading', { level: 1, name: 'Dokumentet findes ikke' }).waitFor();
});
