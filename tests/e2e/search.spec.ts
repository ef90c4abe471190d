/**
 * Search in the browser: the dialog and its shortcuts, the /search/ page and
 * its shareable URL, filters, keyboard use, highlighting on the opened page,
 * ranking for realistic queries, hostile input and accessibility.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, useTheme, withAxe } from './helpers.ts';

const article = '/skills/apis/';
const dialog = (page: Page) => page.locator('dialog.search-dialog');
const status = (page: Page) => page.locator('.search-status');
const hitLinks = (page: Page) => page.locator('.search-hit-title');
const logo = (page: Page) => page.getByRole('link', { name: 'Backend Guide, home' });
const launcher = (page: Page) => page.locator('.site-header [data-search-launch]');

/** Types a query into the visible search box and waits for the count to mention it. */
async function search(page: Page, query: string): Promise<void> {
  const input = page.locator('.search-panel input[type="search"]:visible');
  await input.fill(query);
  await expect(status(page)).toContainText(/result|No results/);
}


test.describe('search dialog', () => {
  test('Ctrl+K, Cmd+K, "/" and the header button open it, labelled as a modal dialog; Escape and Close return focus; a "/" typed into a field stays there', async ({ page }) => {
    await page.goto(article);
    for (const shortcut of ['Control+k', 'Meta+k', '/']) {
      await logo(page).focus();
      await page.keyboard.press(shortcut);
      await expect(dialog(page)).toBeVisible();
      await expect(dialog(page).locator('input[type="search"]')).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(dialog(page)).toBeHidden();
      await expect(logo(page)).toBeFocused();
    }
    await launcher(page).click();
    await expect(page.getByRole('dialog', { name: 'Search the guide' })).toBeVisible();
    expect(await dialog(page).evaluate((element) => (element as HTMLDialogElement).matches(':modal'))).toBe(true);
    // Inside the box, "/" is a character.
    await page.keyboard.type('tcp/ip');
    await expect(dialog(page).locator('input[type="search"]')).toHaveValue('tcp/ip');
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(launcher(page)).toBeFocused();
    // In another field, "/" never opens search.
    await page.getByRole('combobox', { name: 'Color theme' }).focus();
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeHidden();
  });

  test('keeps focus inside while open, from either end', async ({ page }) => {
    await page.goto(article);
    await page.keyboard.press('Control+k');
    await search(page, 'cache');
    const inside = () => page.evaluate(() => {
      const active = document.activeElement;
      return !active || active === document.body || Boolean(active.closest('dialog.search-dialog'));
    });
    // Backwards from the box, then forwards from the last control: the modal dialog keeps focus (or the browser's own UI has it) and never lets it reach the page.
    await page.keyboard.press('Shift+Tab');
    expect(await inside(), 'Shift+Tab from the box left the dialog').toBe(true);
    await dialog(page).locator('a, button, input').last().focus();
    for (let step = 0; step < 3; step += 1) {
      await page.keyboard.press('Tab');
      expect(await inside(), `Tab ${step + 1} after the last control left the dialog`).toBe(true);
    }
  });

  test('shows title, section, highlighted excerpt and matching headings; arrow keys move through them and Enter opens one at its heading, highlighted', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await search(page, 'reverse proxy');
    await expect(status(page)).toHaveAttribute('role', 'status');
    await expect(status(page)).toContainText(/\d+ results? for “reverse proxy”/);
    const hits = page.locator('.search-hit');
    await expect(hits.first()).toBeVisible();
    const webServers = hits.filter({ has: page.locator('a[href^="/tools/web-servers/"]') }).first();
    await expect(webServers.locator('.search-hit-section')).toHaveText('Tools');
    await expect(webServers.locator('.search-excerpt mark').first()).toBeVisible();
    await expect(webServers.locator('.search-subs a').first()).toHaveAttribute('href', /#/);
    // Arrow keys move between the box and the results.
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.search-results a').first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.search-results a').nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(dialog(page).locator('input')).toBeFocused();
    // The web-servers result: open it from the keyboard.
    const link = page.locator('.search-hit-title[href^="/tools/web-servers/"]');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tools\/web-servers\/\?highlight=reverse&highlight=proxy/);
    // The words are marked; opened at a heading, that heading is in view, and at the top, the first mark is.
    const hash = new URL(page.url()).hash;
    await expect(page.locator('mark.pagefind-highlight').first()).toBeAttached();
    await expect(hash ? page.locator(hash) : page.locator('mark.pagefind-highlight').first()).toBeInViewport();
  });

  test('a query that names a term answers with its definition first; a misspelling runs the closest query and says so', async ({ page }) => {
    await page.goto(article);
    await page.keyboard.press('Control+k');
    await search(page, 'what is CORS');
    const answer = page.locator('.search-results > li').first();
    await expect(answer).toHaveClass(/search-answer/);
    await expect(answer.locator('.search-answer-text')).toContainText('origins');
    await expect(answer.getByRole('link', { name: 'CORS', exact: true })).toHaveAttribute('href', /^\/glossary\/cors\/(\?|$)/);
    await search(page, 'javscript');
    await expect(status(page)).toContainText(/No results for “javscript”\. \d+ results? for “javascript”/);
    // The corrected query names a term too; Enter opens its entry, like any first result.
    await expect(page.locator('.search-results > li').first()).toHaveClass(/search-answer/);
    await page.locator('.search-panel input').press('Enter');
    await page.waitForURL(/\/glossary\/javascript\/(\?|$)/);
  });

  test('filter chips limit results to one section, with counts', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await search(page, 'database');
    const sections = async () => page.locator('.search-hit-section').allTextContents();
    expect(new Set(await sections()).size).toBeGreaterThan(1);
    const chip = page.locator('.search-chip', { hasText: 'Glossary' });
    // Counts per section: the glossary has matches, and its count equals the results once filtered.
    await expect(chip.locator('.search-chip-count')).toHaveText(/[1-9]\d*/);
    const counted = Number((await chip.locator('.search-chip-count').textContent())?.trim());
    await chip.click();
    await expect(status(page)).toContainText(`${counted} result`);
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(status(page)).toContainText('in Glossary');
    expect(new Set(await sections())).toEqual(new Set(['Glossary']));
  });

  test('works at phone width without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 720 });
    await page.goto(article);
    await launcher(page).click();
    await search(page, 'caching');
    const box = await dialog(page).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    expect(await dialog(page).evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await expect(hitLinks(page).first()).toBeVisible();
  });
});

test.describe('search page', () => {
  test('/search/?q= runs on load and typing keeps the address shareable', async ({ page }) => {
    await page.goto('/search/?q=caching');
    await expect(status(page)).toContainText('for “caching”');
    await expect(hitLinks(page).first()).toBeVisible();
    await search(page, 'load balancer');
    await expect(page).toHaveURL(/\/search\/\?q=load\+balancer$/);
    await page.locator('.search-chip', { hasText: 'Skills' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=load\+balancer&section=Skills$/);
    await expect(status(page)).toContainText('in Skills');
    // The shared address reproduces the same results.
    const shown = await hitLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    await page.goto(page.url());
    await expect(status(page)).toContainText('in Skills');
    expect(await hitLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(shown);
  });

  test('Enter in the box opens the first result', async ({ page }) => {
    await page.goto('/search/?q=interview%20questions');
    await expect(hitLinks(page).first()).toBeVisible();
    const first = await hitLinks(page).first().getAttribute('href');
    await page.locator('.search-panel input').press('Enter');
    await page.waitForURL((url) => `${url.pathname}${url.search}${url.hash}` === first);
  });

  test('keyboard only: Tab to the header control, search, open a result', async ({ page }) => {
    await page.goto('/');
    for (let step = 0; step < 12; step += 1) {
      await page.keyboard.press('Tab');
      if (await launcher(page).evaluate((element) => element === document.activeElement)) break;
    }
    await expect(launcher(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog(page).locator('input')).toBeFocused();
    await page.keyboard.type('salary');
    await expect(status(page)).toContainText('for “salary”');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/highlight=salary/);
  });
});

test.describe('hostile and odd input', () => {
  const inputs = [
    '',
    '   ',
    'x'.repeat(2000),
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    '"><svg onload=window.__pwned=1>',
    '.*+?^${}()|[]\\ /',
    '🚀 deploy 🔥',
    'データベース',
    'база данных',
    'قاعدة بيانات',
  ];

  test('never errors, injects or executes anything', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto('/search/');
    for (const input of inputs) {
      await page.locator('.search-panel input').fill(input);
      if (input.trim()) await expect(status(page)).toContainText(/results? for|No results for/);
      else await expect(status(page)).toHaveText('');
      expect(await page.locator('.search-results img, .search-results script, .search-results svg, .search-status img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    }
    // The query shows as text, not markup.
    await page.locator('.search-panel input').fill('<b>bold</b> zzqx');
    await expect(status(page)).toContainText('No results for “<b>bold</b> zzqx”');
    expect(errors).toEqual([]);
  });

  test('a hostile query in the address is shown as text too', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('<img src=x onerror="window.__pwned=1"> api')}`);
    await expect(status(page)).toContainText(/results? for|No results for/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('.search-results img')).toHaveCount(0);
  });
});

test.describe('accessibility of search', () => {
  // Two full axe passes: slow, run by CI in test:slow.
  test('the dialog with results has no axe violations in either theme', { tag: '@slow' }, async ({ page }) => {
    await withAxe(page.context());
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await search(page, 'api');
    await page.locator('.search-chip', { hasText: 'Skills' }).click();
    await expect(status(page)).toContainText('in Skills');
    await useTheme(page, 'light');
    const light = await axeViolations(page, 'all');
    await useTheme(page, 'dark');
    const dark = await axeViolations(page, 'contrast');
    expect({ light, dark }).toEqual({ light: [], dark: [] });
  });

  test('without JavaScript the control leads to the A-Z index', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(article);
    await launcher(page).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.locator('[data-no-script]')).toContainText('A-Z index');
    await page.locator('[data-no-script] a').click();
    await expect(page).toHaveURL(/\/a-z\/$/);
    await context.close();
  });
});
