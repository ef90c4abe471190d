import { expect, test } from '@playwright/test';

/** Records the page background at the first animation frame, i.e. before the first paint. */
const recordFirstPaint = () => {
  requestAnimationFrame(() => {
    (window as unknown as { firstPaintBackground: string }).firstPaintBackground = getComputedStyle(document.documentElement).backgroundColor;
  });
};
const dark = 'rgb(14, 17, 23)';
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
  // Token colours are classes (src/markdown/code-colors.ts), not inline styles, so the stylesheet can swap them per theme.
  const token = page.locator('.astro-code span[class^="l"]').first();
  await expect(token).toBeAttached();
  const inLight = await token.evaluate((element) => getComputedStyle(element).color);
  await page.getByRole('combobox', { name: 'Color theme' }).selectOption('dark');
  const inDark = await token.evaluate((element) => getComputedStyle(element).color);
  expect(inLight).not.toBe(inDark);
});
