/** Finding one's way: the guide navigation, the path's previous and next, home, 404, A-Z, glossary, skip link, prefetch. */
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingUrl } from './helpers.ts';

/** The learning path as content/path.yaml gives it: every article id, in reading order. */
const path: string[] = Object.values(yaml.load(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'path.yaml'), 'utf8')) as Record<string, { order: number; articles: string[] }>)
  .sort((a, b) => a.order - b.order)
  .flatMap((stage) => stage.articles);

test('the guide navigation shows every section, the current section in order, and marks the current page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/skills/apis/');
  const nav = page.getByRole('navigation', { name: 'Guide' });
  await expect(nav).toBeVisible();
  await expect(nav.locator(':scope > ol > li > a > span:first-child')).toHaveText(['Roles', 'Skills', 'Tools', 'Front-end vs back-end', 'Careers']);
  const current = nav.locator('[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText(/APIs: how back ends talk/);
  // The section's articles, in the section page's order.
  const listed = await nav.locator('ol ol a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  await page.goto('/skills/');
  const cards = await page.locator('main ol a[data-article]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(listed).toEqual(cards);
});

test('the guide navigation is reachable from the keyboard, after the skip link and the header', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/skills/apis/');
  const firstNavLink = page.getByRole('navigation', { name: 'Guide' }).getByRole('link').first();
  for (let step = 0; step < 15 && !(await firstNavLink.evaluate((link) => link === document.activeElement)); step += 1) await page.keyboard.press('Tab');
  await expect(firstNavLink).toBeFocused();
});

test('on a phone the menu opens the navigation in a modal dialog; Escape closes it and focus returns', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/skills/apis/');
  const nav = page.getByRole('navigation', { name: 'Guide' });
  await expect(nav).toBeHidden();
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.click();
  const dialog = page.getByRole('dialog', { name: 'Menu' });
  await expect(dialog).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(dialog.getByRole('navigation', { name: 'Guide' })).toBeVisible();
  // Focus starts at the current page, inside the dialog.
  await expect(dialog.locator('[aria-current="page"]')).toBeFocused();
  await expect(dialog.getByRole('combobox', { name: 'Color theme' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(menu).toBeFocused();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  test('the menu link still reaches the navigation', async ({ page }) => {
    await page.goto('/skills/apis/');
    await page.getByRole('link', { name: 'Menu' }).click();
    await expect(page).toHaveURL(/#guide-panel$/);
    await expect(page.getByRole('navigation', { name: 'Guide' })).toBeVisible();
    await page.getByRole('link', { name: 'Close the menu' }).click();
    await expect(page.getByRole('navigation', { name: 'Guide' })).toBeHidden();
  });
});

test('Next and Previous follow the path, across a section boundary (tests/build/path-links.test.ts walks all of it)', async ({ page }) => {
  // The last article of the first stage's first section leads into whatever the path puts next, even in another section.
  const boundary = path.findIndex((id, index) => index > 0 && id.split('/')[0] !== path[index - 1]!.split('/')[0]);
  await page.goto(`/${path[boundary - 1]}/`);
  await page.getByRole('navigation', { name: 'Previous and next article' }).locator('a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`/${path[boundary]}/$`));
  await page.getByRole('navigation', { name: 'Previous and next article' }).locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(new RegExp(`/${path[boundary - 1]}/$`));
});

test('an article on the path says which step it is', async ({ page }) => {
  await page.goto(`/${path[5]}/`);
  await expect(page.getByRole('link', { name: `Step 6 of ${path.length}` })).toBeVisible();
  await expect(page.locator('a[rel="next"]')).toContainText('step 7');
});

test('the home page shows the whole guide, the first stage of the path and the download', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const guide = page.getByRole('region', { name: 'The whole guide' });
  await expect(guide.getByRole('heading', { level: 3 })).toHaveText(['Roles', 'Skills', 'Tools', 'Front-end vs back-end', 'Careers']);
  // Each section lists its first articles, at most 12, and links to the rest: the page stays the same size as the guide grows.
  for (const card of await guide.locator(':scope > ol > li').all()) {
    const count = Number(/(\d+) articles?/.exec((await card.textContent())!)![1]);
    await expect(card.locator('a[data-article]')).toHaveCount(Math.min(count, 12));
    if (count > 12) await expect(card.getByRole('link', { name: `All ${count} articles in` })).toBeVisible();
  }
  const start = page.getByRole('region', { name: /^Start here/ }).getByRole('link');
  const started = await start.evaluateAll((links) => links.filter((link) => link.hasAttribute('data-article')).map((link) => link.getAttribute('href')));
  expect(started.length).toBeGreaterThanOrEqual(3);
  expect(started).toEqual(path.slice(0, started.length).map((id) => `/${id}/`));
  await expect(page.getByRole('main').getByRole('link', { name: 'Download for offline reading' })).toBeVisible();
  // The five sections share the width of a wide screen, one row.
  const tops = await guide.locator(':scope > ol > li').evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
});

test('the 404 page answers 404 and leads on to the sections and the A-Z index', async ({ page }) => {
  const response = await page.goto(missingUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('main').getByRole('link', { name: 'A-Z index' }).click();
  await expect(page).toHaveURL(/\/a-z\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A-Z index');
});

test('a glossary term has its own page, and the old /glossary/#term address still finds it', async ({ page }) => {
  await page.goto('/a-z/');
  await page.getByRole('main').getByRole('link', { name: 'API', exact: true }).click();
  await expect(page).toHaveURL(/\/glossary\/api\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('API');
  await expect(page.getByRole('link', { name: /^Explained in/ }).or(page.getByText(/^Explained in/))).toBeVisible();
  await page.goto('/glossary/#cors');
  await expect(page.locator('#cors')).toBeInViewport();
  await expect(page.locator('#cors').getByRole('link')).toHaveAttribute('href', '/glossary/cors/');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/roles/what-is-back-end-development/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('pointing at a link prefetches that page once through speculation rules, and never another host', async ({ page }) => {
  await page.goto('/skills/');
  const rules = JSON.parse((await page.locator('script[type="speculationrules"]').textContent())!);
  expect(rules).toEqual({ prefetch: [{ where: { href_matches: '/*' }, eagerness: 'moderate' }] });
  const prefetched: string[] = [];
  page.on('request', (request) => {
    if (request.headers()['sec-purpose']?.includes('prefetch')) prefetched.push(new URL(request.url()).pathname);
  });
  const link = page.locator('main a[href="/skills/apis/"]').first();
  await link.hover();
  await expect.poll(() => prefetched.filter((path) => path === '/skills/apis/').length).toBe(1);
  await page.mouse.move(0, 0);
  await link.hover();
  // Give a second prefetch every chance to happen (the browser waits about 200 ms on hover), then check it did not.
  await page.waitForTimeout(1000);
  await page.waitForLoadState('networkidle');
  expect(prefetched.filter((path) => path === '/skills/apis/').length).toBe(1);
});
