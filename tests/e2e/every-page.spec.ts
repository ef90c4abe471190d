/**
 * Every page, and axe where it can find something new.
 *
 * Every public page (and the 404 page) loads with nothing from another host,
 * no error in the console, and no sideways scrolling at 320 px. Those checks
 * are cheap and depend on each page's words (a long word, a wide table).
 *
 * axe is slow on a long page (seconds on a two-core machine), and what it can
 * find depends on the templates and on which styled elements sit where, not
 * on the words: html-validate checks every page's markup, including its
 * accessibility rules, at build (tests/build/html-valid.test.ts). So axe
 * runs, with WCAG 2.0-2.2 A/AA and best practice, on the fewest pages that
 * together show every styled element the site has (style-cover.ts), in the
 * light theme at desktop width, with colour contrast again in the dark theme;
 * and on one page of each kind at phone width, in both themes. Disclosures
 * are opened first so hidden answers are checked too.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, missingUrl, publicUrls, useTheme, watch, withAxe } from './helpers.ts';
import { pagesCoveringEveryStyle } from './style-cover.ts';

const everyPage = [...publicUrls, missingUrl];
/** Tests that each visit a share of the pages, so both workers take part. */
const SHARES = 4;

test.describe('every page', { tag: '@slow' }, () => {
  // A share is ~50 page loads; on a loaded two-core machine that can take a minute or more.
  test.describe.configure({ timeout: 300_000 });
  for (let share = 0; share < SHARES; share += 1) {
    const urls = everyPage.filter((_, index) => index % SHARES === share);
    test(`pages ${share + 1} of every ${SHARES} (${urls.length}): own host only, no errors, fit 320 px`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      const origin = new URL(baseURL!).origin;
      let current = '';
      // The 404 page is meant to answer 404; the browser logs that as a failed resource.
      const { elsewhere, errors } = watch(page, origin, (message) => current === missingUrl && message.includes('404'));
      const problems: string[] = [];
      for (const url of urls) {
        current = url;
        const response = await page.goto(url);
        if (url !== missingUrl && response?.status() !== 200) problems.push(`${url}: answered ${response?.status()}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${url}: scrolls sideways by ${overflow} px at 320 px`);
        for (const request of elsewhere.splice(0)) problems.push(`${url}: requested ${request}`);
        for (const error of errors.splice(0)) problems.push(`${url}: ${error}`);
      }
      expect(problems).toEqual([]);
    });
  }
});

async function openDisclosures(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
}

test.describe('axe', () => {
  // axe takes seconds on a long article on a loaded two-core machine; no test may fail for want of an idle box.
  test.describe.configure({ timeout: 300_000 });
  test.beforeEach(({ context }) => withAxe(context));
  // The 404 page is built as /404.html; the covering set reads built files.
  const covering = pagesCoveringEveryStyle([...publicUrls, '/404.html']);

  test('the covering set is small and includes the page kinds that hold the most styles', () => {
    expect(covering.length).toBeGreaterThan(5);
    expect(covering.length).toBeLessThan(40);
    expect(covering).toEqual(expect.arrayContaining(['/', '/careers/salary/', '/glossary/']));
  });

  // One browser page walks a share of the set: a warm cache makes each further page cheap.
  for (let share = 0; share < 2; share += 1) {
    const urls = covering.filter((_, index) => index % 2 === share);
    test(`@slow covering set, share ${share + 1} of 2 (${urls.length} pages): no violations in the light theme, no contrast failures in the dark, at 1280 px`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      const found: string[] = [];
      for (const url of urls) {
        await page.goto(url);
        await openDisclosures(page);
        await useTheme(page, 'light');
        found.push(...(await axeViolations(page, 'all')).map((violation) => `${url} light: ${violation}`));
        await useTheme(page, 'dark');
        found.push(...(await axeViolations(page, 'contrast')).map((violation) => `${url} dark: ${violation}`));
      }
      expect(found).toEqual([]);
    });
  }

  // The layouts that differ on a phone: bare home, article with its reading bar, glossary term, path with its controls, search.
  const layouts = ['/', '/skills/apis/', '/glossary/cors/', '/path/', '/search/?q=cache'];
  test(`each phone layout (${layouts.join(', ')}): no violations in the dark theme, no contrast failures in the light, at 390 px`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const found: string[] = [];
    for (const url of layouts) {
      await page.goto(url);
      await openDisclosures(page);
      await useTheme(page, 'dark');
      found.push(...(await axeViolations(page, 'all')).map((violation) => `${url} dark: ${violation}`));
      await useTheme(page, 'light');
      found.push(...(await axeViolations(page, 'contrast')).map((violation) => `${url} light: ${violation}`));
    }
    expect(found).toEqual([]);
  });
});
