// A unit's day (issue 14): tasks close themselves when the work is done, and Brief INSPIRE is recorded
// at follow-up after move-out.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, TABLET, TODAY_DANISH, danishDaysFromToday, launch, loginAs, menuLink, screenshot, waitForTitle } from './helpers.mjs';

/** dd-mm-åååå → åååå-mm-dd, which compares as text. */
const isoOf = (danish) => danish.split('-').reverse().join('-');

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a status note closes the 4-weekly review that is due, and the next is scheduled', async () => {
  const { context, page } = await loginAs(browser, 'medarbejder');
  await menuLink(page, 'Forløb').click();
  await waitForTitle(page, 'Forløb');
  await page.locator('tbody tr').first().waitFor();
  const links = await page.locator('tbody tr', { hasText: 'Fase 2' }).locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  const inTwoWeeks = isoOf(danishDaysFromToday(14));
  let found = false;
  for (const href of links) {
    await page.goto(BASE_URL + href);
    await page.getByRole('heading', { name: 'Opgaver' }).waitFor();
    // The open review, if it is due within two weeks (or overdue): a status note now is the review.
    const review = page.locator('#tasks-heading ~ table tbody tr', { hasText: 'Statusopfølgning' }).filter({ hasText: /Åben|Forfalden/ });
    if ((await review.count()) !== 1) continue;
    const due = (await review.locator('td[data-label="Frist"]').innerText()).trim();
    if (isoOf(due) > inTwoWeeks) continue;
    found = true;
    const overdueBefore = await page.locator('#tasks-heading ~ table tr.overdue').count();
    const wasOverdue = (await review.getAttribute('class')) === 'overdue';
    await page.locator('[data-command="add-status-note"]').click();
    await page.locator('#cmd-add-status-note [name="text"]').fill('Statussamtale holdt med borgeren.');
    const version = await page.locator('[data-version]').getAttribute('data-version');
    await page.locator('#cmd-add-status-note button[type="submit"]').click();
    await page.locator(`[data-version]:not([data-version="${version}"])`).waitFor();
    const done = page.locator('#tasks-heading ~ table tbody tr', { hasText: 'Statusnotatet er skrevet.' });
    await done.first().waitFor();
    assert.match(await done.first().innerText(), new RegExp(`${due}[\\s\\S]*Udført ${TODAY_DANISH}`));
    assert.equal(await page.locator('#tasks-heading ~ table tr.overdue').count(), overdueBefore - (wasOverdue ? 1 : 0));
    // The next review is scheduled and open.
    const next = page.locator('#tasks-heading ~ table tbody tr', { hasText: 'Statusopfølgning' }).filter({ hasText: 'Åben' });
    assert.equal(await next.count(), 1);
    assert.ok(isoOf((await next.locator('td[data-label="Frist"]').innerText()).trim()) > isoOf(due));
    await screenshot(page, 'opgave-lukket-af-statusnotat');
    break;
  }
  assert.ok(found, 'a phase-2 course whose status review is due within two weeks');
  await context.close();
});

test('Brief INSPIRE is recorded at follow-up after move-out', async () => {
  const { context, page } = await loginAs(browser, 'medarbejder', TABLET);
  await menuLink(page, 'Spørgeskemaer').click();
  await waitForTitle(page, 'Spørgeskemaer');
  await page.locator('.q-course').first().waitFor();
  const due = page
    .locator('.q-instrument', { hasText: 'Brief INSPIRE' })
    .filter({ has: page.locator('.q-due-due', { hasText: 'Ved opfølgning' }) });
  assert.ok((await due.count()) >= 1, 'a course after move-out has Brief INSPIRE due at follow-up');
  const courseId = Number(await page.locator('.q-course').filter({ has: due }).first().getAttribute('data-course-id'));
  await due.first().getByRole('link', { name: /ved opfølgning/ }).click();
  await waitForTitle(page, 'Spørgeskema: Brief INSPIRE');
  assert.equal(await page.getByLabel('Tidspunkt').inputValue(), 'follow_up');
  await page.getByRole('button', { name: 'Start spørgeskemaet' }).click();
  const first = page.getByRole('heading', { name: /^Spørgsmål 1 af \d+$/ });
  await first.waitFor();
  const count = Number((await first.innerText()).match(/af (\d+)/)[1]);
  for (let number = 1; number <= count; number++) {
    await page.getByRole('heading', { name: `Spørgsmål ${number} af ${count}` }).waitFor();
    await page.locator('.q-option').first().click();
    await page.getByRole('button', { name: number === count ? 'Til opsummering' : 'Næste' }).click();
  }
  await page.getByRole('button', { name: 'Gem besvarelsen' }).click();
  await page.getByRole('heading', { name: 'Besvarelsen er gemt' }).waitFor();
  // Any other page stays locked while the citizen holds the tablet.
  await page.goto(BASE_URL + '/overblik');
  await waitForTitle(page, 'Skærmen er låst');
  assert.equal(await page.locator('.mainnav').count(), 0);
  const stored = await page.evaluate(async (id) => (await (await fetch(`/api/v1/courses/${id}/responses`)).json()).items, courseId);
  const latest = stored[stored.length - 1];
  assert.equal(latest.instrument_code, 'brief_inspire');
  assert.equal(latest.time_point, 'follow_up');
  await context.close();
});

test('the authority starts with the stays waiting for VUM or visitation, and sees each citizen’s unit', async () => {
  const { context, page } = await loginAs(browser, 'myndighed');
  await waitForTitle(page, 'Forløb');
  assert.equal(await page.getByLabel('Vis').inputValue(), 'afventer');
  await page.locator('tbody tr').first().waitFor();
  for (const row of await page.locator('tbody tr').all()) {
    assert.match(await row.locator('td[data-label="Fase"]').innerText(), /^Fase 2/);
    assert.match(await row.locator('td[data-label="Tilbud"]').innerText(), /\S/);
  }
  await page.locator('tbody tr a').first().click();
  await page.getByRole('heading', { name: 'Tjekliste for modellen' }).waitFor();
  const offered = await page.locator('[data-command]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-command')));
  assert.ok(offered.includes('record-vum') || offered.includes('decide-allocation'), offered.join());
  await context.close();
});

test('the overdue tile opens the courses with overdue tasks; the waiting list shows tovholder and færdigbehandlingsdage', async () => {
  const { context, page } = await loginAs(browser, 'medarbejder');
  await waitForTitle(page, 'Overblik');
  await page.locator('#waiting-heading').waitFor();
  for (const heading of ['Tovholder', 'Færdigbehandlingsdage']) {
    const tables = page.locator('.board table[aria-labelledby="waiting-heading"], .board table[aria-labelledby="incoming-heading"]');
    if ((await tables.count()) > 0) assert.ok((await tables.first().getByRole('columnheader', { name: heading }).count()) === 1, heading);
  }
  const tile = page.getByRole('link', { name: /forfaldne opgaver/ });
  const total = Number((await tile.locator('.stat-number').innerText()).replace(/\./g, ''));
  await tile.click();
  await waitForTitle(page, 'Forløb');
  assert.equal(await page.getByLabel('Vis').inputValue(), 'forfaldne');
  await page.locator('table, p.muted').first().waitFor();
  // The list holds exactly the overdue tasks the tile counted, course by course, page by page.
  const cells = await page.locator('td[data-label="Forfaldne opgaver"]').allInnerTexts();
  for (let next = page.getByRole('button', { name: 'Næste side' }); (await next.count()) > 0 && (await next.isEnabled()); ) {
    const before = await page.locator('.list-count').innerText();
    await next.click();
    await page.waitForFunction((text) => document.querySelector('.list-count')?.textContent !== text, before);
    cells.push(...(await page.locator('td[data-label="Forfaldne opgaver"]').allInnerTexts()));
  }
  for (const cell of cells) assert.ok(Number(cell) > 0, cell);
  assert.equal(cells.reduce((sum, cell) => sum + Number(cell), 0), total);
  await context.close();
});

test('Forløb is narrowed, sorted and paged by the server; "mine" shows the citizens the user is tovholder for', async () => {
  const { context, page } = await loginAs(browser, 'medarbejder');
  await menuLink(page, 'Forløb').click();
  await waitForTitle(page, 'Forløb');
  await page.getByLabel('Vis').selectOption('alle');
  const listed = page.waitForResponse((r) => /\/api\/v1\/courses\?.*view=all.*sort=name/.test(r.url()));
  await page.getByLabel('Sortér efter').selectOption('name');
  await listed;
  await page.waitForURL((url) => url.searchParams.get('vis') === 'alle' && url.searchParams.get('sorter') === 'name');
  // The count and the rows come from the same answer.
  await page.waitForFunction(() => {
    const shown = document.querySelector('.list-count')?.textContent?.match(/Viser [\d.]+–([\d.]+)/);
    return shown && document.querySelectorAll('td[data-label="Borger"]').length === Number(shown[1].replace(/\./g, ''));
  });
  const count = await page.locator('.list-count').innerText();
  const [, from, to, total] = count.match(/Viser ([\d.]+)–([\d.]+) af ([\d.]+) forløb/).map((n) => Number(String(n).replace(/\./g, '')));
  assert.equal(from, 1);
  const names = await page.locator('td[data-label="Borger"]').allInnerTexts();
  assert.equal(names.length, to, 'one row per course counted');
  assert.ok(names.length <= 50, 'at most one page of rows');
  const danish = (a, b) => a.localeCompare(b, 'da', { sensitivity: 'base' });
  const named = names.filter((n) => !/^Forløb \d+$/.test(n));
  assert.deepEqual([...named].sort(danish), named, 'Danish name order');
  if (total > 50) {
    await page.getByRole('button', { name: 'Næste side' }).click();
    await page.waitForURL(/side=2/);
    await page.locator('.list-count', { hasText: /^Viser 51–/ }).waitFor();
    const next = (await page.locator('td[data-label="Borger"]').allInnerTexts()).filter((n) => !/^Forløb \d+$/.test(n));
    assert.ok(next.length > 0 && danish(named[named.length - 1], next[0]) <= 0, 'page 2 continues where page 1 ended');
  }
  // Only the courses whose tovholder is the user.
  const me = (await page.locator('.topbar').innerText()).match(/Morten Medarbejder/) ? 'Morten Medarbejder' : null;
  assert.ok(me, 'the demo user is Morten Medarbejder');
  // The list is read again after the filter changes: wait for the new count, not the old one still shown.
  const countBefore = await page.locator('.list-count').innerText();
  await page.getByLabel('Kun borgere, hvor jeg er tovholder').check();
  await page.waitForURL(/mine=ja/);
  await page.waitForFunction((before) => (document.querySelector('.list-count')?.textContent ?? before) !== before, countBefore);
  const mine = await page.locator('td[data-label="Tovholder"]').allInnerTexts();
  assert.ok(mine.length > 0, 'the demo staff member is tovholder for some citizens');
  for (const cell of mine) assert.equal(cell, me);
  await screenshot(page, 'forloeb-mine');
  await context.close();
});

test('notifications: a badge in the top bar counts what each role should notice, and the list links to each', async () => {
  const { context, page } = await loginAs(browser, 'medarbejder');
  await waitForTitle(page, 'Overblik');
  const link = page.locator('.topbar').getByRole('link', { name: /^Beskeder/ });
  const badge = link.locator('.badge-count');
  await badge.waitFor();
  const count = Number((await badge.innerText()).replace(/\D/g, ''));
  assert.ok(count > 0, 'the demo unit has something to notice');
  await link.click();
  await waitForTitle(page, 'Beskeder');
  const items = page.locator('ul.notifications > li');
  await items.first().waitFor();
  assert.equal(await items.count(), count, 'the badge counts the list');
  const kinds = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind')));
  assert.ok(kinds.includes('task_due'), kinds.join());
  // New referrals come first, tasks last.
  const order = { new_referral: 0, referral_decided: 1, hospital_notice: 2, consent_withdrawn: 3, authority_decision_due: 4, task_due: 5 };
  assert.deepEqual([...kinds].sort((a, b) => order[a] - order[b]), kinds);
  await screenshot(page, 'beskeder');
  const first = items.first().getByRole('link');
  const target = await first.getAttribute('href');
  await first.click();
  await page.waitForURL((url) => url.pathname === target);
  await context.close();

  // The ward is told the unit's decisions on its referrals, the authority the stays waiting for it — each
  // only its own kind, each linking to what it is about.
  for (const [user, kind, path] of [
    ['afsnit', 'referral_decided', /^\/henvisninger\/\d+$/],
    ['myndighed', 'authority_decision_due', /^\/forloeb\/\d+$/],
  ]) {
    const other = await loginAs(browser, user);
    await other.page.locator('.topbar').getByRole('link', { name: /^Beskeder/ }).click();
    await waitForTitle(other.page, 'Beskeder');
    const listed = other.page.locator('ul.notifications > li');
    await listed.first().waitFor();
    const theirKinds = await listed.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind')));
    assert.deepEqual([...new Set(theirKinds)], [kind], `${user}: ${theirKinds.join()}`);
    assert.match(await listed.first().getByRole('link').getAttribute('href'), path);
    await screenshot(other.page, `beskeder-${user}`);
    await other.context.close();
  }
  // Roles with nothing to notice keep no link.
  const evaluator = await loginAs(browser, 'evaluator');
  await evaluator.page.locator('.topbar').waitFor();
  assert.equal(await evaluator.page.locator('.topbar').getByRole('link', { name: /^Beskeder/ }).count(), 0);
  await evaluator.context.close();
});

/** Set-up through the API as the ward: a citizen referred to the medarbejder's unit; the referral's id. */
async function referToTheUnit(ward, unitUser, name, birthDay) {
  const unitId = await unitUser.page.evaluate(async () => (await (await fetch('/api/v1/session')).json()).user.organisation_id);
  const referralId = await ward.page.evaluate(async ({ unitId, today, name, birthDay }) => {
    const session = await (await fetch('/api/v1/session')).json();
    const post = async (path, body) =>
      (await fetch('/api/v1' + path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf_token }, body: JSON.stringify(body) })).json();
    const serial = String(1000 + Math.floor(Math.random() * 2999));
    const citizen = await post('/citizens', { name: `${name} ${serial}`, cpr: `${birthDay}-${serial}`, home_municipality_id: 1 });
    const unit = await (await fetch(`/api/v1/units/${unitId}`)).json();
    const exclusion_answers = unit.exclusion_criteria.filter((c) => c.active).map((c) => ({ criterion_id: c.id, answer: false }));
    const referral = await post('/referrals', {
      exclusion_answers,
      unit_id: unitId, citizen_id: citizen.id, ward_id: session.user.organisation_id, referred_on: today,
      reason: 'Færdigbehandlet, mangler bolig.', support_situation: 'none_needs_support', substance_use: 'none', consent_to_share_with_unit: true,
    });
    return referral.id ?? JSON.stringify({ citizen, referral });
  }, { unitId, today: isoOf(TODAY_DANISH), name, birthDay });
  assert.equal(typeof referralId, 'number', `the referral was sent: ${referralId}`);
  return referralId;
}

test('a wait-listed referral reads "Optaget" for the ward once the unit has planned the move-in', async () => {
  const ward = await loginAs(browser, 'afsnit');
  const unitUser = await loginAs(browser, 'medarbejder');
  const referralId = await referToTheUnit(ward, unitUser, 'Walter Venteliste', '040490');
  const { page } = unitUser;
  await page.goto(`${BASE_URL}/henvisninger/${referralId}`);
  await page.locator('[data-command="waitlist"]').click();
  await page.locator('#decision-waitlist button[type="submit"]').click();
  await page.locator('.referral-state', { hasText: 'Venteliste' }).waitFor();
  await page.locator('.facts a').click();
  await page.getByRole('heading', { name: 'Tjekliste for modellen' }).waitFor();
  await page.locator('[data-command="plan-move-in"]').click();
  const form = page.locator('#cmd-plan-move-in');
  await form.locator('[name="date"]').fill(danishDaysFromToday(7));
  const before = await page.locator('.course').getAttribute('data-version');
  const answered = page.waitForResponse((r) => r.url().includes('/commands/plan-move-in') && r.request().method() === 'POST');
  await form.locator('button[type="submit"]').click();
  if (!(await answered).ok()) {
    // Someone else is next in line for a place: the unit says why this citizen goes first.
    await form.locator('[name="reason_ahead_of_turn"]').fill('Aftalt på morgenmødet.');
    await form.locator('button[type="submit"]').click();
  }
  await page.waitForFunction((v) => document.querySelector('.course')?.getAttribute('data-version') !== v, before);

  await ward.page.goto(`${BASE_URL}/henvisninger/${referralId}`);
  await ward.page.locator('.referral-state', { hasText: 'Optaget' }).waitFor();
  assert.equal(await ward.page.locator('.referral-state', { hasText: 'Venteliste' }).count(), 0);
  await ward.context.close();
  await unitUser.context.close();
});

test('the unit records that the citizen does not want a stay; the ward sees the status, not the note', async () => {
  const ward = await loginAs(browser, 'afsnit');
  const unitUser = await loginAs(browser, 'medarbejder');
  const referralId = await referToTheUnit(ward, unitUser, 'Vera Vil Ikke', '020290');
  const { page } = unitUser;
  await page.goto(`${BASE_URL}/henvisninger/${referralId}`);
  await page.locator('[data-command="citizen-declines"]').click();
  await page.locator('#decision-citizen-declines [name="note"]').fill('Vil hellere bo hos sin søster.');
  await page.locator('#decision-citizen-declines button[type="submit"]').click();
  await page.locator('.referral-state', { hasText: 'Trukket tilbage (borgerens ønske)' }).waitFor();
  await screenshot(page, 'henvisning-borgerens-oenske');

  await ward.page.goto(`${BASE_URL}/henvisninger/${referralId}`);
  await ward.page.locator('.referral-state', { hasText: 'Trukket tilbage (borgerens ønske)' }).waitFor();
  assert.equal(await ward.page.getByText('Vil hellere bo hos sin søster.').count(), 0, 'the unit kept its note');
  await ward.context.close();
  await unitUser.context.close();
});
