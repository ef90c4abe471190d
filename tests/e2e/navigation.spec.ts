import { expect, test } from '@playwright/test';
import { missingUrl } from './pages.ts';

test('a reader goes from home to a section, an article and the next article', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backend Guide');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Roles' }).click();
  await expect(page).toHaveURL(/\/roles\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Roles');
  const first = page.getByRole('main').getByRole('link').filter({ hasText: 'What is back-end development?' });
  await first.click();
  await expect(page).toHaveURL(/\/roles\/what-is-back-end-development\/$/);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Roles' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Roles' }).first()).toHaveAttribute('aria-current', 'true');
});

test('previous and next links stay within the section and follow its order', async ({ page }) => {
  await page.goto('/');
  for (const section of ['roles', 'skills', 'tools', 'front-end-vs-back-end', 'careers']) {
    await page.goto(`/${section}/`);
    const listed = await page.getByRole('main').locator('ol.cards h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const [index, href] of listed.entries()) {
      await page.goto(href!);
      const nav = page.getByRole('navigation', { name: 'Previous and next article' });
      const next = listed[index + 1];
      if (next) {
        await nav.getByRole('link', { name: /^Next/ }).click();
        await expect(page).toHaveURL(new RegExp(`${next}$`));
      } else {
        await expect(nav.getByRole('link', { name: /^Next/ })).toHaveCount(0);
      }
    }
  }
});

test('the home page offers the five sections and a start-here path', async ({ page }) => {
  await page.goto('/');
  const sections = page.getByRole('region', { name: 'Sections' }).getByRole('heading', { level: 3 });
  await expect(sections).toHaveText(['Roles', 'Skills', 'Tools', 'Front-end vs back-end', 'Careers']);
  const path = page.getByRole('region', { name: 'Start here' }).getByRole('listitem');
  expect(await path.count()).toBeGreaterThanOrEqual(3);
});

test('the 404 page answers 404 and leads on to the sections and the A-Z index', async ({ page }) => {
  const response = await page.goto(missingUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('main').getByRole('link', { name: 'A-Z index' }).click();
  await expect(page).toHaveURL(/\/a-z\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A-Z index');
});

test('the A-Z index and glossary link every term to its anchor', async ({ page }) => {
  await page.goto('/a-z/');
  await page.getByRole('main').getByRole('link', { name: 'API', exact: true }).click();
  await expect(page).toHaveURL(/\/glossary\/#api$/);
  await expect(page.locator('#api')).toBeInViewport();
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

test.describe('prefetch', () => {
  test('pointing at a link fetches that page once, before the click; other hosts are never prefetched', async ({ page }) => {
    await page.goto('/skills/');
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const link = page.locator('.cards a[href="/skills/apis/"]').first();
    await link.hover();
    await expect.poll(() => fetched.filter((path) => path === '/skills/apis/').length).toBe(1);
    await page.mouse.move(0, 0);
    await link.hover();
    await page.waitForTimeout(200);
    expect(fetched.filter((path) => path === '/skills/apis/').length).toBe(1);
    await link.focus();
    expect(fetched.filter((path) => path === '/skills/apis/').length).toBe(1);
  });

  test('focusing a link from the keyboard prefetches it too', async ({ page }) => {
    await page.goto('/skills/');
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.locator('.cards a[href="/skills/databases/"]').first().focus();
    await expect.poll(() => fetched.includes('/skills/databases/')).toBe(true);
  });
});
