/**
 * The offline edition, as a reader gets it: the built zip unzipped into a
 * temporary folder and opened from disk (file://). Every request must stay in
 * that folder and nothing may reach the console as an error.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipOfflineEdition } from './helpers.ts';

let site = '';
let remove = () => {};
test.beforeAll(() => ({ site, remove } = unzipOfflineEdition()));
test.afterAll(() => remove());

const url = (path: string) => pathToFileURL(join(site, path)).href;

/** Records requests that leave the unzipped folder, and console errors. */
function watch(page: Page) {
  const outside: string[] = [];
  const errors: string[] = [];
  const inside = pathToFileURL(site).href;
  page.on('request', (request) => {
    if (!request.url().startsWith(inside)) outside.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { outside, errors };
}

test('the zip holds the site and a README saying how to open it', () => {
  const readme = readFileSync(join(site, 'README.txt'), 'utf8');
  expect(readme).toContain('double-click index.html');
  expect(readdirSync(site)).toEqual(expect.arrayContaining(['index.html', 'offline', 'glossary', 'skills']));
  expect(readdirSync(site)).not.toContain('pagefind');
});

test('every page says it is offline, links only to .html files inside, and loads no module script', () => {
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(100);
  const problems: string[] = [];
  for (const name of pages) {
    const html = readFileSync(join(site, name), 'utf8');
    // The test build has no SITE_URL, so no page may claim an online twin (tests/unit/offline-links.test.ts covers the case with one).
    if (!/class="offline-note"[^>]*>Offline edition, built <time[^>]*>[^<]+<\/time>\.<\/p>/.test(html)) problems.push(`${name}: no offline note`);
    for (const [, href] of html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)) {
      if (/^(https?:|mailto:|#)/.test(href!)) continue;
      if (!/\.html(?:[?#].*)?$/.test(href!)) problems.push(`${name}: link to ${href} is not an .html file`);
    }
    if (/<script[^>]*type="module"[^>]*\bsrc=/.test(html)) problems.push(`${name}: loads a module script`);
    if (!/<script src="(?:\.\/|(?:\.\.\/)+)offline\/site\.js"><\/script>/.test(html)) problems.push(`${name}: no offline/site.js`);
  }
  expect(problems).toEqual([]);
});

test('reading from disk: sections, an article and back, an anchor, a glossary term, the theme', async ({ page }) => {
  const { outside, errors } = watch(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url('index.html'));
  await expect(page.locator('.offline-note')).toContainText('Offline edition');
  // Two sections, one at each end of the list; the others are built the same way.
  for (const section of ['Roles', 'Careers']) {
    await page.getByRole('navigation', { name: 'Sections in the footer' }).getByRole('link', { name: section, exact: true }).click();
    await expect(page).toHaveURL(/\/index\.html$/);
    await expect(page.locator('h1')).toHaveText(section);
    // Into the section's first article, and back up through the breadcrumb.
    const sectionUrl = page.url();
    await page.locator('main ol a[data-article]').first().click();
    await expect(page.locator('bg-toc')).toBeAttached();
    await expect(page).toHaveURL(/\/[a-z-]+\/[a-z-]+\/index\.html$/);
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: section, exact: true }).click();
    await expect(page).toHaveURL(sectionUrl);
    await expect(page.locator('h1')).toHaveText(section);
  }
  // A heading anchor from the table of contents.
  await page.locator('main ol a[data-article]').first().click();
  const tocLink = page.locator('bg-toc nav a').nth(1);
  const hash = (await tocLink.getAttribute('href'))!;
  if (!(await tocLink.isVisible())) await page.locator('bg-toc summary').click();
  await tocLink.click();
  await expect(page).toHaveURL(new RegExp(`${hash}$`));
  await expect(page.locator(hash)).toBeInViewport();
  // The glossary, from the footer, and a term's own page.
  await page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(/glossary\/index\.html$/);
  await page.locator('main a[href="cors/index.html"]').first().click();
  await expect(page).toHaveURL(/glossary\/cors\/index\.html$/);
  await expect(page.locator('h1')).toContainText('CORS');
  // The theme switch works and the choice carries to the next page.
  await page.getByRole('combobox', { name: 'Color theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Chromium hands a file:// page's storage writes to other pages asynchronously; on a busy machine
  // a page opened a few milliseconds later can still read the old value. Wait until another page
  // sees the choice (as any reader's next click would), then follow the link.
  const other = await page.context().newPage();
  await other.goto(url('index.html'));
  await expect.poll(() => other.evaluate(() => localStorage.getItem('bg-theme'))).toBe('dark');
  await other.close();
  await page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Diagrams and the stylesheet-driven layout are there.
  await page.goto(url('roles/what-is-back-end-development/index.html'));
  await expect(page.locator('.prose svg[role="img"]').first()).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});

test('progress from disk: a mark survives a reload and shows on the path; a glossary preview opens', async ({ page }) => {
  const { outside, errors } = watch(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url('skills/apis/index.html'));
  const toggle = page.getByRole('button', { name: 'Mark as done' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Mark as done' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('navigation', { name: 'Guide' }).locator('a[data-article="skills/apis"]')).toHaveAttribute('data-done', '');
  // A glossary link in the text opens its definition in place, read from the offline data file.
  const term = page.locator('main .prose a[href$="glossary/api/index.html"]').first();
  await term.click();
  const preview = page.getByRole('dialog', { name: 'API' });
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('application programming interface');
  await page.keyboard.press('Escape');
  await page.goto(url('path/index.html'));
  await expect(page.locator('.lede [data-progress-of]')).toHaveText(/^1 of \d+ done$/);
  // Browsers that give each local file its own storage are named, with the way round it.
  await expect(page.locator('[data-offline-storage]')).toBeVisible();
  await expect(page.locator('[data-offline-storage]')).toContainText('Firefox keeps a separate one for each file');
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});

test('searching from disk: three queries, a result opened, and the search page', async ({ page }) => {
  const { outside, errors } = watch(page);
  await page.goto(url('skills/apis/index.html'));
  await page.keyboard.press('Control+k');
  const input = page.locator('dialog input[type="search"]');
  await expect(input).toBeFocused();
  for (const query of ['caching', 'what is cors', 'salary']) {
    await input.fill(query);
    await expect(page.locator('dialog .search-status')).toContainText(`results for “${query}”`);
    await expect(page.locator('dialog .search-hit').first()).toBeVisible();
  }
  const first = page.locator('dialog .search-hit-title').first();
  const href = (await first.getAttribute('href'))!;
  expect(href.startsWith(pathToFileURL(site).href)).toBe(true);
  await first.click();
  await expect(page).toHaveURL(href);
  await expect(page.locator('h1')).toContainText(/salar|earn/i);
  // The search page reads ?q= from the address, as online.
  await page.goto(`${url('search/index.html')}?q=reverse%20proxy`);
  await expect(page.locator('.search-status')).toContainText('for “reverse proxy”');
  await expect(page.locator('.search-hit-title').first()).toHaveAttribute('href', /glossary\/reverse-proxy\/index\.html|web-servers/);
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});

test('tabs, the table of contents and the copy buttons work from disk too', async ({ page, context }) => {
  const { outside, errors } = watch(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url('careers/hiring-a-back-end-developer/index.html'));
  // Tabs: enhanced into a tab list; the second tab shows its panel.
  const tabs = page.locator('bg-tabs').first().getByRole('tab');
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
  await tabs.nth(1).click();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  // The table of contents is open beside the text (toc.ts opens it on wide screens).
  await expect(page.locator('bg-toc nav')).toBeVisible();
  // Copy-link and copy-code buttons are there and copy.
  const copyLink = page.locator('button.copy-link').first();
  await page.locator('.heading').first().hover();
  await copyLink.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^file:\/\/.*index\.html#/);
  const copyCode = page.getByRole('button', { name: 'Copy code' }).first();
  await copyCode.click();
  await expect(copyCode).toHaveText('Copied');
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});
