import { expect, test } from '@playwright/test';
import { richArticle } from './helpers.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an article reads completely: every tab panel, the contents, the answers', async ({ page }) => {
    await page.goto(richArticle);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const panels = page.locator('.tab-panel');
    expect(await panels.count()).toBeGreaterThanOrEqual(3);
    for (const panel of await panels.all()) await expect(panel).toBeVisible();
    await expect(page.locator('.tab-label').first()).toBeVisible();
    await page.getByText('On this page', { exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
    const answer = page.locator('.prose details').first();
    await answer.locator('summary').click();
    await expect(answer).toHaveAttribute('open', '');
  });

  test('controls that need JavaScript are not shown', async ({ page }) => {
    await page.goto(richArticle);
    await expect(page.getByRole('combobox', { name: 'Color theme' })).toBeHidden();
    await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Copy code' })).toHaveCount(0);
    await expect(page.locator('.heading-anchor').first()).toHaveAttribute('href', /^#/);
  });
});

test('printing shows only the article, every tab panel, and the addresses of links to other sites', async ({ page }) => {
  await page.goto(richArticle);
  await expect(page.locator('.tab-panel[hidden]').first()).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  for (const panel of await page.locator('.tab-panel').all()) await expect(panel).toBeVisible();
  // The text takes the page's width, not the track the hidden sidebar left.
  expect((await page.locator('.prose').boundingBox())!.width).toBeGreaterThan(600);
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('bg-toc')).toBeHidden();
  await expect(page.locator('#guide-panel')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Previous and next article' })).toBeHidden();
  const external = page.locator('main a[href^="https:"]').first();
  expect(await external.evaluate((element) => getComputedStyle(element, '::after').content)).toContain(await external.getAttribute('href'));
  // A link inside the guide would print a meaningless "/skills/…" path, so it prints none.
  const internal = page.locator('.prose a[href^="/"]').first();
  expect(await internal.evaluate((element) => getComputedStyle(element, '::after').content)).not.toContain('/');
});

test('on paper a long table may cross a page, so none leaves a half-empty page before it; its rows stay whole', async ({ page }) => {
  await page.goto('/skills/databases/');
  await page.emulateMedia({ media: 'print' });
  const table = page.locator('.prose table').first();
  expect(await table.evaluate((element) => getComputedStyle(element).breakInside)).toBe('auto');
  expect(await table.locator('tbody tr').first().evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');
  expect(await table.locator('thead').evaluate((element) => getComputedStyle(element).display)).toBe('table-header-group');
});
