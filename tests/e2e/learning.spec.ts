/** The learning layer online: marking articles done, the path's counts, export and import, bad storage, glossary previews, review. */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations, withAxe } from './helpers.ts';

const KEY = 'bg-progress-v1';
const article = '/skills/apis/';

async function markDone(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const toggle = page.getByRole('button', { name: 'Mark as done' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
}

test('marking an article done survives a reload and shows in the navigation, its section and the path', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await markDone(page, article);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Mark as done' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('navigation', { name: 'Guide' }).locator(`a[data-article="skills/apis"]`)).toHaveAttribute('data-done', '');
  await page.goto('/skills/');
  await expect(page.locator('main a[data-article="skills/apis"]')).toHaveAttribute('data-done', '');
  await expect(page.locator('main a[data-article="skills/apis"]')).toHaveAccessibleName(/\(done\)$/);
  await expect(page.locator('main [data-progress-of]').first()).toHaveText(/^1 of \d+ done$/);
  await markDone(page, '/roles/responsibilities/');
  await page.goto('/path/');
  await expect(page.locator('.lede [data-progress-of]')).toHaveText(/^2 of \d+ done$/);
  await expect(page.getByRole('region', { name: /What the job is/ }).locator('[data-progress-of]')).toHaveText('1 of 5 done');
  // Unmarking takes it back.
  await page.goto(article);
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page.getByRole('button', { name: 'Mark as done' })).toHaveAttribute('aria-pressed', 'false');
  await page.goto('/path/');
  await expect(page.locator('.lede [data-progress-of]')).toHaveText(/^1 of \d+ done$/);
});

test('the first mark asks the browser to keep the site\'s storage', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { persistCalls: number }).persistCalls = 0;
    Object.defineProperty(navigator, 'storage', { value: { persist: async () => ((window as unknown as { persistCalls: number }).persistCalls += 1, true) } });
  });
  await markDone(page, article);
  expect(await page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls)).toBe(1);
});

test('export, clear, import: the progress comes back after the reader confirms', async ({ page }, testInfo) => {
  await markDone(page, article);
  await page.goto('/path/');
  // The note about browsers that store each local file apart is for the offline edition only.
  await expect(page.locator('[data-offline-storage]')).toBeHidden();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(Object.keys(exported.done)).toEqual(['skills/apis']);
  await page.evaluate((key) => localStorage.removeItem(key), KEY);
  await page.reload();
  await expect(page.locator('.lede [data-progress-of]')).toHaveText(/^0 of \d+ done$/);
  await page.getByLabel('Import progress').setInputFiles(file);
  const question = page.getByRole('group', { name: /holds 1 article done/ });
  await expect(question).toBeVisible();
  await expect(page.getByRole('button', { name: 'Replace my progress' })).toBeFocused();
  await page.getByRole('button', { name: 'Replace my progress' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText('Imported 1 article done and 0 review cards.');
  await expect(page.locator('.lede [data-progress-of]')).toHaveText(/^1 of \d+ done$/);
});

test('a file that is not progress is refused, and nothing changes', async ({ page }, testInfo) => {
  await markDone(page, article);
  await page.goto('/path/');
  const file = testInfo.outputPath('not-progress.json');
  await page.evaluate(() => 0);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(file, JSON.stringify({ version: 1, done: { 'skills/apis': 'not a date' }, cards: {} }));
  await page.getByLabel('Import progress').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'not a Backend Guide progress file' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Replace my progress' })).toBeHidden();
  await expect(page.locator('.lede [data-progress-of]')).toHaveText(/^1 of \d+ done$/);
});

test('corrupt storage (not JSON, another site\'s data, an injected field) is ignored and breaks nothing', async ({ page }) => {
  // Every shape of bad stored data is a unit test (tests/unit/learning/progress.test.ts); here, that the pages survive them.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const stored of ['{"version":1,', '{"user":"someone","score":99}', '{"version":1,"done":{},"cards":{},"html":"<img src=x onerror=alert(1)>"}']) {
    await page.goto('/path/');
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, stored] as const);
    await page.reload();
    await expect(page.locator('.lede [data-progress-of]')).toHaveText(/^0 of \d+ done$/);
    await page.goto(article);
    const toggle = page.getByRole('button', { name: 'Mark as done' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  }
  expect(errors).toEqual([]);
});

test.describe('glossary previews', () => {
  const term = () => 'main .prose a[href="/glossary/api/"]';

  test('a click opens the definition beside the link; Escape closes it and focus returns', async ({ page }) => {
    await page.goto(article);
    const link = page.locator(term()).first();
    await link.click();
    const preview = page.getByRole('dialog', { name: 'API' });
    await expect(preview).toBeVisible();
    await expect(preview).toContainText('application programming interface');
    await expect(preview.getByRole('link', { name: 'Read the full entry: API' })).toHaveAttribute('href', '/glossary/api/');
    await expect(page).toHaveURL(new RegExp(`${article}$`));
    await page.keyboard.press('Escape');
    await expect(preview).toBeHidden();
    await expect(link).toBeFocused();
  });

  test('Enter opens it from the keyboard, and a click outside closes it', async ({ page }) => {
    await page.goto(article);
    const link = page.locator(term()).first();
    await link.focus();
    await page.keyboard.press('Enter');
    const preview = page.getByRole('dialog', { name: 'API' });
    await expect(preview).toBeVisible();
    await expect(preview).toBeFocused();
    await page.mouse.click(5, 5);
    await expect(preview).toBeHidden();
    await expect(link).toBeFocused();
  });

  test('hovering shows nothing: previews open only when asked', async ({ page }) => {
    await page.goto(article);
    await page.locator(term()).first().hover();
    await page.waitForTimeout(300);
    await expect(page.locator('.glossary-preview')).toHaveCount(0);
  });

  test.describe('on a touch screen', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    test('a tap opens it, and its Close button closes it', async ({ page }) => {
      await page.goto(article);
      const link = page.locator(term()).first();
      await link.scrollIntoViewIfNeeded();
      await link.tap();
      const preview = page.getByRole('dialog', { name: 'API' });
      await expect(preview).toBeVisible();
      const box = (await preview.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      await preview.getByRole('button', { name: 'Close' }).tap();
      await expect(preview).toBeHidden();
    });
  });

  test('a modified click still opens the term page in a new tab, as a link should', async ({ page, context }) => {
    await page.goto(article);
    const opened = context.waitForEvent('page');
    await page.locator(term()).first().click({ modifiers: ['Control'] });
    await expect(await opened).toHaveURL(/\/glossary\/api\/$/);
  });
});

test('reviewing a card: show the answer, rate it, and its schedule is saved with the progress', async ({ page }) => {
  await page.goto('/review/');
  const card = page.getByRole('region', { name: /.+/ }).filter({ has: page.locator('[data-review-term]') });
  await expect(card).toBeVisible();
  const term = (await page.locator('[data-review-term]').textContent())!;
  await page.getByRole('button', { name: 'Show answer' }).click();
  const ratings = page.getByRole('group', { name: 'How well did you know it?' }).getByRole('button');
  await expect(ratings).toHaveCount(4);
  await expect(ratings.first()).toBeFocused();
  await expect(ratings.nth(2)).toHaveText(/^Good\s*in \d+/);
  await ratings.nth(2).click();
  await expect(page.locator('[data-review-term]')).not.toHaveText(term);
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), KEY);
  const [id] = Object.keys(stored.cards);
  expect(stored.cards[id!].reps).toBe(1);
  expect(Date.parse(stored.cards[id!].due)).toBeGreaterThan(Date.now());
});

// Slow (axe over a whole article five times): CI runs it in test:slow, keeping npm test under five minutes.
test('axe finds nothing with each widget open', { tag: '@slow' }, async ({ page, context }) => {
  test.setTimeout(120_000);
  await withAxe(context);
  await page.goto(article);
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await page.locator('main .prose a[href^="/glossary/"]').first().click();
  await expect(page.locator('.glossary-preview')).toBeVisible();
  expect(await axeViolations(page, 'all')).toEqual([]);
  await page.keyboard.press('Escape');
  await page.goto('/review/');
  await page.getByRole('button', { name: 'Show answer' }).click();
  expect(await axeViolations(page, 'all')).toEqual([]);
  await page.goto('/path/');
  await page.getByLabel('Import progress').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ version: 1, done: {}, cards: {} })) });
  await expect(page.getByRole('button', { name: 'Replace my progress' })).toBeVisible();
  expect(await axeViolations(page, 'all')).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(article);
  await page.getByRole('button', { name: 'Menu' }).click();
  expect(await axeViolations(page, 'all')).toEqual([]);
});
