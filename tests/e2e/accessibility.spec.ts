import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { missingUrl, publicUrls } from './pages.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const setups = [
  { name: 'light', colorScheme: 'light', width: 1280 },
  { name: 'dark', colorScheme: 'dark', width: 1280 },
  { name: 'phone, light', colorScheme: 'light', width: 360 },
  { name: 'phone, dark', colorScheme: 'dark', width: 360 },
] as const;

for (const { name, colorScheme, width } of setups) {
  test.describe(`axe (${name})`, () => {
    test.use({ colorScheme, viewport: { width, height: 800 } });
    for (const url of [...publicUrls, missingUrl]) {
      test(`${url} has no WCAG A/AA violations`, async ({ page }) => {
        await page.goto(url);
        // Open every disclosure so axe also checks the hidden answers and the table of contents.
        await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
        const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
        const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}
