/**
 * The Content Security Policy (src/security/csp.ts) in a real browser: using
 * the site (search, the theme switch, tabs, copy buttons, diagrams and the pay
 * chart) breaks none of it. That every page declares a strict policy is
 * checked on the built files (tests/build/security-and-host-files.test.ts);
 * the slow every-page walk (every-page.spec.ts) records violations on every page.
 */
import { expect, test } from '@playwright/test';
import { policyViolations, recordPolicyViolations, richArticle } from './helpers.ts';

test.beforeEach(({ context }) => recordPolicyViolations(context));

test('searching, switching the theme, tabs, copy buttons and previews raise no policy violation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(richArticle);
  await page.getByRole('combobox', { name: 'Color theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const tabs = page.getByRole('tablist').first().getByRole('tab');
  await tabs.nth(1).click();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.locator('.code-block').first().getByRole('button', { name: 'Copy code' }).click();
  await expect(page.locator('#announcer')).toHaveText('Code copied');
  // Search: the dialog, Pagefind's WebAssembly and its index.
  await page.keyboard.press('Control+k');
  await page.locator('dialog[open] input[type="search"]').fill('reverse proxy');
  await expect(page.locator('dialog[open] .search-hit').first()).toBeVisible();
  expect(await policyViolations(page)).toEqual([]);
  // The search page, a diagram's coloured shapes, and the pay chart.
  await page.goto('/search/?q=caching');
  await expect(page.locator('.search-hit').first()).toBeVisible();
  await page.goto('/roles/what-is-back-end-development/');
  await page.goto('/careers/salary/');
  expect(await policyViolations(page)).toEqual([]);
});
