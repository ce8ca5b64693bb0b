// Shared pieces of the end-to-end tests: Debian's Chromium driven by playwright-core, log-in,
// screenshots into web/test-results/, and axe-core accessibility checks.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { test } from 'node:test';

export const BASE_URL = process.env.AFK_BASE_URL ?? 'http://127.0.0.1:8080';
export const PASSWORD = 'afklaring-demo';
const here = dirname(fileURLToPath(import.meta.url));
export const RESULTS = process.env.AFK_TEST_RESULTS ?? join(here, '..', 'test-results');
mkdirSync(join(RESULTS, 'screenshots'), { recursive: true });

/** The day the world was seeded on and the server believes it is (e2e/run); the browser's clock is
 *  set to noon that day in every context, so dates typed and shown never depend on the calendar. */
export const TODAY = process.env.AFK_E2E_TODAY ?? new Date().toISOString().slice(0, 10);
const [year, month, day] = TODAY.split('-');
/** TODAY as the application shows it: dd-mm-åååå. */
export const TODAY_DANISH = `${day}-${month}-${year}`;
/** The Danish date `days` after TODAY. */
export function danishDaysFromToday(days) {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day) + days));
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}-${pad(date.getUTCMonth() + 1)}-${date.getUTCFullYear()}`;
}

/** A browser context (own cookies = own user) whose clock stands at noon on TODAY in Copenhagen. */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext({ locale: 'da-DK', timezoneId: 'Europe/Copenhagen', ...options });
  await context.clock.setFixedTime(new Date(`${TODAY}T12:00:00+01:00`));
  return context;
}

export const DESKTOP = { width: 1280, height: 800 };
export const TABLET = { width: 768, height: 1024 };

/** Chromium with no background network traffic (the machine has no internet). playwright-core
 *  gives every launch a fresh temporary profile and removes it on close. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=da-DK',
    ],
  });
}

/** A new context (own cookies = own user) logged in as `username`, on the start page. */
export async function loginAs(browser, username, viewport = DESKTOP) {
  const context = await newContext(browser, { viewport });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[${username}] page error: ${error.message}`));
  await page.goto(BASE_URL + '/login');
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('button', { name: 'Log ud' }).waitFor();
  return { context, page };
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(RESULTS, 'screenshots', `${name}.png`), fullPage: true });
}

/** Serious or critical axe-core violations on the current page, as readable lines. */
export async function seriousViolations(page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Waits until the page's h1 shows `title`. */
export async function waitForTitle(page, title) {
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** The main menu's link `name`. */
export function menuLink(page, name) {
  return page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name, exact: true });
}

/** The check every page gets, at 1280×800 and at 768 px: a screenshot, axe with no serious or critical
 *  violation and no sideways scrolling. `axe: false` keeps only the screenshots and the scroll check,
 *  for a view that repeats components already checked (axe takes seconds on a loaded machine);
 *  `settleMs` waits after each resize (charts re-measure their box); ends at `endAt`. */
export async function checkPage(page, name, { axe = true, settleMs = 0, endAt = DESKTOP } = {}) {
  for (const [size, viewport] of [
    ['1280', DESKTOP],
    ['768', TABLET],
  ]) {
    await page.setViewportSize(viewport);
    if (settleMs > 0) await page.waitForTimeout(settleMs);
    await screenshot(page, `${name}-${size}`);
    if (axe) assert.deepEqual(await seriousViolations(page), [], `${name} at ${size} px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `${name} at ${size} px scrolls sideways by ${overflow} px`);
  }
  await page.setViewportSize(endAt);
}

/** Steps that build on each other: after the first failure the rest are skipped, not failed again. */
export function stepsInOrder() {
  let broken = false;
  return function step(name, body) {
    test(name, async (t) => {
      if (broken) return t.skip('an earlier step failed');
      try {
        await body();
      } catch (error) {
        broken = true;
        throw error;
      }
    });
  };
}
