// Shared by the Rapporter and Kapacitet end-to-end tests: a screenshot at 1280×800 and at 768 px,
// no sideways scrolling at either, and axe (no serious/critical violation) at both widths. axe takes
// several seconds a run on the loaded test machine, so a view that repeats components already
// checked may pass { axe: false } and keep only the screenshots and the scroll check.
import assert from 'node:assert/strict';
import { DESKTOP, TABLET, screenshot, seriousViolations } from './helpers.mjs';

export async function check(page, name, { axe = true } = {}) {
  for (const [size, viewport] of [
    ['1280', DESKTOP],
    ['768', TABLET],
  ]) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(150); // the charts re-measure their box
    await screenshot(page, `${name}-${size}`);
    if (axe) assert.deepEqual(await seriousViolations(page), [], `${name} at ${size} px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `${name} at ${size} px scrolls sideways by ${overflow} px`);
  }
  await page.setViewportSize(DESKTOP);
}
