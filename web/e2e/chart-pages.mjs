// Shared by the Rapporter and Kapacitet end-to-end tests: the page check of helpers.mjs, waiting
// after each resize while the charts re-measure their box. A view that repeats components already
// checked may pass { axe: false }.
import { checkPage } from './helpers.mjs';

export function check(page, name, options = {}) {
  return checkPage(page, name, { settleMs: 150, ...options });
}
