// Korrespondance: unit staff write to the ward from a course (a MedCom CareCommunication leaves
// through the outbox), a bad phone number is shown next to its field and sends nothing, the letter
// then appears as a conversation with the author and the ward, and in the course's journal.
// Screenshot and axe of the page.
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

/** An open course at the staff member's unit, whose citizen has a CPR number and shares with the unit. */
async function findCourse(page) {
  return page.evaluate(async () => {
    const get = async (path) => (await fetch('/api/v1' + path)).json();
    for (const state of ['phase_1', 'phase_2', 'phase_3']) {
      for (const c of (await get(`/courses?state=${state}&page_size=500`)).items) {
        if (c.limited_by_consent || c.citizen.anonymous) continue;
        const letters = await get(`/courses/${c.id}/letters`);
        if (letters.cannot_write === '' && letters.letters.length === 0) return { id: c.id, ward: letters.ward.name };
      }
    }
    return null;
  });
}

test('unit staff write to the ward from the course, and the letter shows as a conversation', async () => {
  const { page } = await loginAs(browser, 'medarbejder');
  await page.goto(BASE_URL + '/forloeb');
  await waitForTitle(page, 'Forløb');
  const found = await findCourse(page);
  assert.ok(found, 'the demo has an open course the unit can write about');
  await page.goto(`${BASE_URL}/forloeb/${found.id}`);
  const section = page.locator('section.letters');
  await section.getByText('Der er ingen breve på forløbet endnu.').waitFor();
  await section.getByRole('button', { name: `Skriv til ${found.ward}` }).click();
  const form = section.locator('#new-letter');
  await form.getByLabel('Kategori').selectOption('carecoordination');
  await form.getByLabel('Emne').fill('Indflytning torsdag');
  await form.getByLabel('Brev').fill('Vi har en plads fra torsdag.\nKan borgeren komme kl. 10?');
  await form.getByLabel('Dit telefonnummer').fill('ring mig');
  await form.getByRole('button', { name: 'Send brev' }).click();
  await form.locator('.field-error').waitFor();
  assert.match(await form.locator('.field-error').innerText(), /telefonnummer/);
  assert.equal(await section.locator('.letter').count(), 0, 'nothing was sent');

  await form.getByLabel('Dit telefonnummer').fill('87 65 43 21');
  await form.getByRole('button', { name: 'Send brev' }).click();
  const thread = section.locator('article.letter-thread');
  await thread.waitFor();
  assert.match(await thread.locator('h3').innerText(), /Indflytning torsdag \(Forløbskoordinering\)/);
  const letter = thread.locator('.letter-outgoing');
  assert.match(await letter.locator('.letter-meta').innerText(), new RegExp(`Sendt til ${found.ward}`));
  assert.match(await letter.locator('.letter-meta').innerText(), /tlf\. 87 65 43 21/);
  assert.match(await letter.locator('.letter-meta').innerText(), new RegExp(TODAY_DANISH), 'written today, as the server counts days');
  assert.equal(await letter.locator('.letter-text').innerText(), 'Vi har en plads fra torsdag.\nKan borgeren komme kl. 10?');
  // The journal has it too, under Korrespondance.
  await page.locator('#journal-kind').selectOption('letter');
  const entry = page.locator('.journal li[data-kind="letter"]');
  await entry.waitFor();
  assert.match(await entry.innerText(), new RegExp(`Sendt til ${found.ward}: Indflytning torsdag`));
  // The number is remembered for the next letter; an answer keeps the conversation.
  await thread.getByRole('button', { name: 'Svar' }).click();
  assert.equal(await thread.getByLabel('Dit telefonnummer').inputValue(), '87 65 43 21');
  await checkPage(page, 'forloeb-korrespondance');
});
