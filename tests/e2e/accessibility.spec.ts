/**
 * axe on every page, in both themes, at desktop and phone width. The full
 * rule set (WCAG 2.0-2.2 A/AA and best practice) runs once per page and width
 * in the light theme; only colour contrast depends on the theme, so the dark
 * theme runs the contrast rule alone. One page load serves all four runs: the
 * theme and the width change in place, as a reader's would.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { missingUrl, publicUrls } from './pages.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best-practice rules. */
const fullRules = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Violations as readable lines, empty when there are none. */
async function violations(page: Page, contrastOnly: boolean): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (contrastOnly) builder.withRules(['color-contrast']);
  else builder.withTags(fullRules);
  const results = await builder.analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Switches the theme the way the site's own switch does, then waits a frame for styles to apply. */
async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((value) => {
    document.documentElement.dataset.theme = value;
    return new Promise((resolve) => requestAnimationFrame(resolve));
  }, theme);
}

test.describe('axe', () => {
  // axe's contrast rule walks every text node: on a loaded 2-core machine a long article takes seconds a run.
  test.describe.configure({ timeout: 240_000 });

  for (const url of [...publicUrls, missingUrl]) {
    test(`${url}: no violations in either theme, at desktop and phone width`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(url);
      // Open every disclosure so axe also checks hidden answers and collapsed lists.
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      const found: Record<string, string[]> = {};
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 800 });
        await useTheme(page, 'light');
        found[`light ${width}px, all rules`] = await violations(page, false);
        await useTheme(page, 'dark');
        found[`dark ${width}px, contrast`] = await violations(page, true);
      }
      expect(Object.entries(found).filter(([, list]) => list.length > 0)).toEqual([]);
    });
  }
});
