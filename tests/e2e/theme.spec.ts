import { expect, test } from '@playwright/test';

/** Records the page background at the first animation frame, i.e. before the first paint. */
const recordFirstPaint = () => {
  requestAnimationFrame(() => {
    (window as unknown as { firstPaintBackground: string }).firstPaintBackground = getComputedStyle(document.documentElement).backgroundColor;
  });
};
const dark = 'rgb(17, 20, 24)';
const light = 'rgb(255, 255, 255)';

test('the theme follows the system until the reader chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveCSS('background-color', dark);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveCSS('background-color', light);
});

test('a chosen theme persists across pages with no flash of the other theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(recordFirstPaint);
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Color theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveCSS('background-color', dark);

  await page.goto('/roles/what-is-back-end-development/');
  await page.waitForFunction(() => 'firstPaintBackground' in window);
  expect(await page.evaluate(() => (window as unknown as { firstPaintBackground: string }).firstPaintBackground)).toBe(dark);
  await expect(page.getByRole('combobox', { name: 'Color theme' })).toHaveValue('dark');

  await page.getByRole('combobox', { name: 'Color theme' }).selectOption('system');
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  await expect(page.locator('html')).toHaveCSS('background-color', light);
});

test('code is highlighted at build time in both themes', async ({ page }) => {
  await page.goto('/roles/what-is-back-end-development/');
  const token = page.locator('.astro-code span[style*="--shiki-light"]').first();
  const inLight = await token.evaluate((element) => getComputedStyle(element).color);
  await page.getByRole('combobox', { name: 'Color theme' }).selectOption('dark');
  const inDark = await token.evaluate((element) => getComputedStyle(element).color);
  expect(inLight).not.toBe(inDark);
});
