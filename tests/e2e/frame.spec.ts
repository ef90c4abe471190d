/** The reading frame on a phone: header, first screen, the reading bar, heading tools, tables, copy confirmation. */
import { expect, test } from '@playwright/test';
import { richArticle } from './helpers.ts';

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the header is one row, at most 64 px tall, and the article title starts in the top 160 px', async ({ page }) => {
    await page.goto('/roles/what-is-back-end-development/');
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(64);
    // Wordmark, search and menu sit on one row.
    const rows = await page.locator('.site-header').evaluate((element) =>
      [...element.querySelectorAll('a, button')].filter((control) => (control as HTMLElement).offsetParent).map((control) => Math.round(control.getBoundingClientRect().top / 16)),
    );
    expect(new Set(rows).size).toBe(1);
    await expect(page.getByRole('link', { name: 'Search' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeVisible();
    const h1 = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    expect(h1.y).toBeLessThanOrEqual(160);
  });

  test('deep in a long article, search, the table of contents and the top are one tap away, and no heading hides under the bar', async ({ page }) => {
    await page.goto(richArticle);
    await page.mouse.wheel(0, 6000);
    const bar = page.locator('.article-toc');
    await expect.poll(async () => (await bar.boundingBox())?.y).toBe(0);
    await expect(bar.getByRole('button', { name: 'Search' })).toBeInViewport();
    await expect(bar.getByRole('link', { name: 'Back to top' })).toBeInViewport();
    // The bar's two icon buttons are alike: same box, icon centred, all of it on screen.
    const boxes = await Promise.all([bar.getByRole('button', { name: 'Search' }), bar.getByRole('link', { name: 'Back to top' })].map((control) =>
      control.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const icon = element.querySelector('svg')!.getBoundingClientRect();
        return { width: box.width, right: box.right, offCentre: Math.abs(icon.left + icon.width / 2 - (box.left + box.width / 2)) };
      }),
    ));
    expect(boxes[1]!.width).toBe(boxes[0]!.width);
    for (const box of boxes) {
      expect(box.offCentre).toBeLessThan(1.5);
      expect(box.right).toBeLessThanOrEqual(390);
    }
    // The bar names the section being read.
    await expect(bar.locator('.toc-current')).not.toBeEmpty();
    // Open the list, jump to a heading: it lands below the bar, not under it.
    await bar.locator('summary').click();
    const target = bar.getByRole('navigation', { name: 'On this page' }).getByRole('link').nth(3);
    const id = (await target.getAttribute('href'))!;
    await target.click();
    await expect(page).toHaveURL(new RegExp(`${id}$`));
    await expect(bar.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    await expect.poll(async () => (await page.locator(id).boundingBox())!.y).toBeGreaterThanOrEqual((await bar.boundingBox())!.height - 1);
    await bar.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('dialog', { name: 'Search the guide' })).toBeVisible();
    await page.keyboard.press('Escape');
    await bar.getByRole('link', { name: 'Back to top' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  });

  test('heading tools never take a row of their own: one copy button follows the heading text', async ({ page }) => {
    await page.goto(richArticle);
    for (const wrapper of (await page.locator('.prose .heading').all()).slice(0, 6)) {
      const heading = (await wrapper.locator('h2, h3').boundingBox())!;
      const box = (await wrapper.boundingBox())!;
      // The wrapper is no taller than its heading: the tools sit on the heading's last line.
      expect(box.height).toBeLessThanOrEqual(heading.height + 2);
      await expect(wrapper.locator('.heading-anchor')).toBeHidden();
      await expect(wrapper.locator('.copy-link')).toBeVisible();
    }
  });

  test('tables of up to three columns fit without scrolling; wider ones scroll inside their region, not the page', async ({ page }) => {
    for (const url of ['/front-end-vs-back-end/front-end-vs-back-end/', '/roles/developer-vs-engineer/', '/careers/career-paths/', '/tools/frameworks/']) {
      await page.goto(url);
      for (const region of await page.locator('.prose .table-wrap').all()) {
        const { columns, overflow } = await region.evaluate((element) => ({
          columns: element.querySelector('tr')!.children.length,
          overflow: element.scrollWidth - element.clientWidth,
        }));
        if (columns <= 3) expect(overflow, `${url}: a ${columns}-column table scrolls`).toBeLessThanOrEqual(0);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    }
    // A four-column table scrolls inside its labelled, focusable region.
    await page.goto('/tools/frameworks/');
    const wide = page.locator('.prose .table-wrap').filter({ has: page.locator('tr:first-child > :nth-child(4)') }).first();
    expect(await wide.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await wide.focus();
    await expect(wide).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => wide.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  });
});

test('copying a heading link shows "Link copied" on screen as well as announcing it', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(richArticle);
  const heading = page.locator('.prose h2[id]').first();
  const id = await heading.getAttribute('id');
  const copy = page.getByRole('button', { name: `Copy link to ${(await heading.textContent())!.trim()}`, exact: true });
  await heading.hover();
  await copy.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${richArticle}#${id}`);
  await expect(copy).toHaveAttribute('data-copied', 'true');
  expect(await copy.evaluate((button) => getComputedStyle(button, '::after').content)).toBe('"Link copied"');
  await expect(page.locator('#announcer')).toHaveText(/^Link to “.+” copied$/);
  await expect(copy).not.toHaveAttribute('data-copied', /.*/);
});

test('search says "Searching…" while the index loads', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox').fill('cache');
  await expect(dialog.getByRole('status')).toHaveText('Searching…');
  release();
  await expect(dialog.getByRole('status')).toContainText('results for “cache”');
});

// A sweep of five widths: slow, run by CI in test:slow.
test('at every width from 320 to 1440 px the header stays one row, and no header link wraps', { tag: '@slow' }, async ({ page }) => {
  for (const width of [320, 390, 768, 1024, 1440]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/skills/apis/');
    expect((await page.locator('.site-header').boundingBox())!.height, `header at ${width} px`).toBeLessThanOrEqual(64);
    const wrapped = await page.locator('.site-header a, .site-header button').evaluateAll((controls) =>
      controls.filter((control) => (control as HTMLElement).offsetParent && control.getClientRects().length > 1 || control.getBoundingClientRect().height > 48).map((control) => control.textContent?.trim()),
    );
    expect(wrapped, `controls taller than one line at ${width} px`).toEqual([]);
  }
});
