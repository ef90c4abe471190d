import { expect, test } from '@playwright/test';
import { missingUrl, publicUrls, richArticle } from './pages.ts';

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

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const url of [...publicUrls, missingUrl]) {
    test(`${url} needs no horizontal scrolling`, async ({ page }) => {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('printing shows only the article, with link URLs', async ({ page }) => {
  await page.goto(richArticle);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('bg-toc')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Previous and next article' })).toBeHidden();
  const link = page.locator('.prose a[href^="/"]').first();
  const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
  expect(after).toContain(await link.getAttribute('href'));
});
