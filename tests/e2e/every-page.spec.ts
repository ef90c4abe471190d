/**
 * Every page, with axe.
 *
 * Slow (npm run test:slow, run by CI): every public page and the 404 page,
 * walked by one browser page per share (a shared context: nothing here
 * needs isolation, and a warm cache makes each further page cheap). Each
 * page loads with nothing from another host, no error in the console and no
 * Content Security Policy violation;
 * axe runs its full rule set (WCAG 2.0-2.2 A/AA and best practice) once, in
 * the light theme at desktop width, then colour contrast, the rule that
 * depends on the theme and the layout, in the dark theme and at 320 px,
 * where the page must not scroll sideways. Disclosures are opened first so
 * hidden answers are checked too.
 *
 * Also slow: axe on each distinct phone layout in both themes (in npm test
 * until it pushed the suite past five minutes; CI runs test:slow).
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, missingUrl, policyViolations, publicUrls, recordPolicyViolations, useTheme, watch, withAxe } from './helpers.ts';

const everyPage = [...publicUrls, missingUrl];
/** Tests that each walk a share of the pages, so both workers take part. */
const SHARES = 4;

async function openDisclosures(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
}

test.describe('every page', { tag: '@slow' }, () => {
  // A share is ~50 pages with three axe passes each; on a loaded two-core machine that takes minutes. No test may fail for want of an idle box.
  test.describe.configure({ timeout: 900_000 });
  test.beforeEach(async ({ context }) => {
    await withAxe(context);
    await recordPolicyViolations(context);
  });
  for (let share = 0; share < SHARES; share += 1) {
    const urls = everyPage.filter((_, index) => index % SHARES === share);
    test(`pages ${share + 1} of every ${SHARES} (${urls.length}): own host only, no errors, axe in both themes, fit 320 px`, async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      let current = '';
      // The 404 page is meant to answer 404; the browser logs that as a failed resource.
      const { elsewhere, errors } = watch(page, origin, (message) => current === missingUrl && message.includes('404'));
      const problems: string[] = [];
      for (const url of urls) {
        current = url;
        await page.setViewportSize({ width: 1280, height: 800 });
        const response = await page.goto(url);
        if (url !== missingUrl && response?.status() !== 200) problems.push(`${url}: answered ${response?.status()}`);
        await openDisclosures(page);
        for (const violation of await policyViolations(page)) problems.push(`${url}: Content Security Policy: ${violation}`);
        await useTheme(page, 'light');
        for (const violation of await axeViolations(page, 'all')) problems.push(`${url} (light, 1280 px): ${violation}`);
        await useTheme(page, 'dark');
        for (const violation of await axeViolations(page, 'contrast')) problems.push(`${url} (dark, 1280 px): ${violation}`);
        await page.setViewportSize({ width: 320, height: 640 });
        await useTheme(page, 'light');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${url}: scrolls sideways by ${overflow} px at 320 px`);
        for (const violation of await axeViolations(page, 'contrast')) problems.push(`${url} (light, 320 px): ${violation}`);
        for (const request of elsewhere.splice(0)) problems.push(`${url}: requested ${request}`);
        for (const error of errors.splice(0)) problems.push(`${url}: ${error}`);
      }
      expect(problems).toEqual([]);
    });
  }
});

test.describe('axe on each phone layout', { tag: '@slow' }, () => {
  test.describe.configure({ timeout: 300_000 });
  test.beforeEach(({ context }) => withAxe(context));
  // The layouts that differ on a phone: bare home, article with its reading bar, glossary term, path with its controls, search.
  const layouts = ['/', '/skills/apis/', '/glossary/cors/', '/path/', '/search/?q=cache'];
  test(`${layouts.join(', ')}: no violations in the dark theme, no contrast failures in the light, at 390 px`, async ({ page }) => {
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
