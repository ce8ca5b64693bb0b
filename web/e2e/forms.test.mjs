// The course page's actor and admission forms: "Ret" on an actor opens the form prefilled and saves
// the change; a colleague's change in between gives the conflict, keeps the input and says what the
// colleague changed; a readmission the server refuses is not registered, a valid one is listed and
// pauses the stay in the same step; færdigmelding and discharge (which resumes the stay) follow. Ward staff see the admissions on the
// referral. Screenshot and axe at 1280 and 768 px for each state.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { BASE_URL, TODAY_DANISH, checkPage, danishDaysFromToday, launch, loginAs, screenshot, stepsInOrder } from './helpers.mjs';

let browser;
const users = {};
before(async () => {
  browser = await launch();
  for (const name of ['medarbejder', 'leder', 'afsnit']) users[name] = await loginAs(browser, name);
});
after(async () => {
  await browser?.close();
});

const check = checkPage;

const today = TODAY_DANISH;
const tomorrow = danishDaysFromToday(1);

// A course in its stay with an actor, not paused, whose citizen is not in hospital now.
let course = null;
const step = stepsInOrder();

async function openCourse(page) {
  await page.goto(`${BASE_URL}/forloeb/${course.id}`);
  await page.getByRole('heading', { name: 'Tjekliste for modellen' }).waitFor();
}

step('find a course in its stay with an actor', async () => {
  const { page } = users.medarbejder;
  course = await page.evaluate(async () => {
    const get = async (path) => (await fetch('/api/v1' + path)).json();
    for (const c of (await get('/courses?state=phase_2&page_size=500')).items) {
      if (c.state !== 'phase_2' || c.actors.length === 0 || !c.legal_commands.includes('pause-for-admission')) continue;
      if (c.admission_pauses.some((p) => !p.resumed_on)) continue;
      const citizen = await get(`/citizens/${c.citizen_id}`);
      if (citizen.admissions.some((a) => !a.discharged_on)) continue;
      return { id: c.id, actor: c.actors[0] };
    }
    return null;
  });
  assert.ok(course, 'the demo has such a course');
});

step('"Ret" on an actor opens the form with its current values and saves the change', async () => {
  const { page } = users.medarbejder;
  await openCourse(page);
  await page.getByRole('button', { name: `Ret aktøren ${course.actor.name}` }).click();
  const form = page.locator(`#actor-${course.actor.id}`);
  await form.waitFor();
  assert.equal(await form.locator('[name="name"]').inputValue(), course.actor.name);
  assert.equal(await form.locator('[name="kind"]').inputValue(), course.actor.kind);
  assert.equal(await form.locator('[name="consent_to_share"]').isChecked(), course.actor.consent_to_share);
  // A blank name is refused next to the field before sending.
  await form.locator('[name="name"]').fill('');
  await form.getByRole('button', { name: 'Gem ændringer' }).click();
  await form.locator('.field-error').waitFor();
  assert.equal(await form.locator('.field-error').innerText(), 'Skal udfyldes.');
  await screenshot(page, 'forloeb-ret-aktoer-fejl');
  await form.locator('[name="name"]').fill('Lægehuset Syd');
  await form.locator('[name="is_coordinator"]').check();
  await form.getByRole('button', { name: 'Gem ændringer' }).click();
  await page.locator('.actor-list', { hasText: 'Lægehuset Syd' }).waitFor();
  assert.match(await page.locator(`[data-actor-id="${course.actor.id}"]`).innerText(), /Lægehuset Syd .*koordinerende/);
  assert.equal(await form.count(), 0, 'the form closes after saving');
});

step('a colleague’s change in between: the input stays and the form says what they changed', async () => {
  const mine = users.medarbejder.page;
  const colleague = users.leder.page;
  await openCourse(mine);
  await mine.getByRole('button', { name: 'Ret aktøren Lægehuset Syd' }).click();
  const form = mine.locator(`#actor-${course.actor.id}`);
  await form.locator('[name="contact"]').fill('Tlf. 1234 5678');

  await openCourse(colleague);
  await colleague.getByRole('button', { name: 'Ret aktøren Lægehuset Syd' }).click();
  const theirs = colleague.locator(`#actor-${course.actor.id}`);
  await theirs.locator('[name="name"]').fill('Lægehuset Nord');
  await theirs.getByRole('button', { name: 'Gem ændringer' }).click();
  await colleague.locator('.actor-list', { hasText: 'Lægehuset Nord' }).waitFor();

  await form.getByRole('button', { name: 'Gem ændringer' }).click();
  await form.locator('.form-error').waitFor();
  assert.match(await form.locator('.form-error').innerText(), /Aktørerne er ændret af .+ den \d{2}-\d{2}-\d{4}, efter du åbnede forløbet/);
  assert.equal(await form.locator('[name="contact"]').inputValue(), 'Tlf. 1234 5678', 'the input stays');
  await form.getByRole('button', { name: 'Hent nyeste version' }).click();
  const changed = mine.locator('.actor-edit [role="status"]');
  await changed.waitFor();
  assert.match(await changed.innerText(), /Navn: »Lægehuset Syd« → »Lægehuset Nord«/);
  assert.equal(await form.locator('[name="contact"]').inputValue(), 'Tlf. 1234 5678');
  await check(mine, 'forloeb-ret-aktoer-konflikt');
  // Sending again applies the user's values on top of the newest version.
  await form.getByRole('button', { name: 'Gem ændringer' }).click();
  await form.waitFor({ state: 'detached' });
  const actor = await mine.evaluate(async ({ id, actorId }) => (await (await fetch(`/api/v1/courses/${id}`)).json()).actors.find((a) => a.id === actorId), {
    id: course.id,
    actorId: course.actor.id,
  });
  assert.equal(actor.contact, 'Tlf. 1234 5678');
});

step('a readmission dated tomorrow is refused by the server, then listed, and pauses the stay', async () => {
  const { page } = users.medarbejder;
  await openCourse(page);
  const section = page.locator('section.admissions');
  await section.locator('table.admissions-table, p.admissions-empty').first().waitFor(); // the citizen's admissions have loaded
  const rowsBefore = await section.locator('tbody tr').count();
  await section.getByRole('button', { name: 'Registrér indlæggelse' }).click();
  const form = page.locator('#admission-new');
  await form.waitFor();
  assert.equal(await form.locator('[name="pause_course"]').count(), 0, 'the stay follows the admission: nothing to tick');
  await form.locator('[name="admitted_on"]').fill(tomorrow);
  await form.getByRole('button', { name: 'Registrér indlæggelse' }).click();
  await form.locator('.field-error').waitFor();
  assert.match(await form.locator('.field-error').innerText(), /ligger efter i dag/);
  assert.equal(await section.locator('tbody tr').count(), rowsBefore, 'nothing registered');
  await check(page, 'forloeb-indlaeggelse-fejl');

  await form.locator('[name="admitted_on"]').fill(today);
  await form.getByRole('button', { name: 'Registrér indlæggelse' }).click();
  await page.locator('#admission-done', { hasText: 'Opholdet er sat på pause' }).waitFor();
  const row = section.locator('tbody tr').first();
  assert.match(await row.innerText(), new RegExp(`${today}[\\s\\S]*Stadig indlagt`));
  assert.equal(await section.locator('tbody tr').count(), rowsBefore + 1);
  await section.locator('.admission-pauses', { hasText: `Indlagt ${today} – opholdet er sat på pause` }).waitFor();
  await page.locator('.course-meta', { hasText: 'Opholdet er sat på pause' }).waitFor();
  // A second admission cannot start while this one is open.
  assert.equal(await section.getByRole('button', { name: 'Registrér indlæggelse' }).count(), 0);
  await screenshot(page, 'forloeb-indlaeggelse-registreret');
});

step('færdigmelding, then discharge resumes the stay', async () => {
  const { page } = users.medarbejder;
  const section = page.locator('section.admissions');
  await section.getByRole('button', { name: /^Færdigmeld/ }).click();
  await page.locator('#admission-ready button[type="submit"]').click();
  await page.locator('#admission-done', { hasText: `Færdigmeldt ${today}` }).waitFor();
  await section.getByRole('button', { name: /^Registrér udskrivning/ }).click();
  const form = page.locator('#admission-discharge');
  assert.equal(await form.locator('[name="resume_course"]').count(), 0);
  await form.locator('button[type="submit"]').click();
  await page.locator('#admission-done', { hasText: 'Opholdet er genoptaget' }).waitFor();
  const row = section.locator('tbody tr').first();
  assert.equal((await row.innerText()).match(new RegExp(today, 'g')).length, 3, 'admitted, færdigmeldt and discharged today');
  await section.locator('.admission-pauses', { hasText: `Indlagt ${today}, tilbage ${today}` }).waitFor();
  assert.equal(await page.locator('.course-meta', { hasText: 'Opholdet er sat på pause' }).count(), 0);
});

step('ward staff see and can register admissions on their referral', async () => {
  const { page } = users.afsnit;
  await page.goto(`${BASE_URL}/henvisninger`);
  await page.locator('table a').first().click();
  const section = page.locator('section.admissions');
  await section.getByRole('heading', { name: 'Indlæggelser' }).waitFor();
  await section.locator('table.admissions-table, p.admissions-empty').first().waitFor();
  assert.ok((await section.getByRole('button', { name: /Registrér/ }).count()) + (await section.locator('.hint').count()) >= 1);
  await check(page, 'henvisning-indlaeggelser');
  // Ward staff do not record questionnaires; the page says why instead of offering a form the server refuses.
  await page.goto(`${BASE_URL}/spoergeskemaer/${course.id}/who5`);
  await page.getByText('Din rolle kan ikke registrere besvarelser').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Start spørgeskemaet' }).count(), 0);
});
