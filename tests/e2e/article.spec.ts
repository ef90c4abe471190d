import { expect, test } from '@playwright/test';
import { richArticle } from './helpers.ts';

test.describe('article page', () => {
  test('shows title, description, reading time, dates, sources and related articles', async ({ page }) => {
    await page.goto(richArticle);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hiring a back-end developer');
    await expect(page.getByText(/\d+ min read/).first()).toBeVisible();
    await expect(page.getByText(/^Updated /)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Related articles' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources and further reading' })).toBeVisible();
  });

  test('the table of contents links every h2 and h3 and marks the section being read', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(richArticle);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeVisible();
    const tocTargets = await toc.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')).filter((href) => href !== '#main'));
    const headingIds = await page.locator('.prose h2[id], .prose h3[id]').evaluateAll((headings) => headings.map((heading) => `#${heading.id}`));
    expect(tocTargets).toEqual(headingIds);

    const last = toc.locator(`a[href="${tocTargets.at(-1)}"]`);
    await last.click();
    await expect(page).toHaveURL(new RegExp(`${tocTargets.at(-1)}$`));
    await expect(page.locator(tocTargets.at(-1)!)).toBeInViewport();
    await expect(last).toHaveAttribute('aria-current', 'true');
    await expect(toc.locator('[aria-current="true"]')).toHaveCount(1);
  });

  test('beside the text, "On this page" is a label: Enter and clicks do not fold the list away', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(richArticle);
    const summary = page.locator('bg-toc summary');
    await expect(summary).toHaveAttribute('tabindex', '-1');
    await summary.click();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  });

  test('on a phone the table of contents is a closed bar above the text', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(richArticle);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeHidden();
    await page.locator('bg-toc summary').click();
    await expect(toc).toBeVisible();
    const tocBox = (await toc.boundingBox())!;
    const bodyBox = (await page.locator('.prose').boundingBox())!;
    expect(tocBox.y).toBeLessThan(bodyBox.y);
  });

  test('every heading has a permalink that appears on focus, and copy-link copies the full URL', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(richArticle);
    const heading = page.locator('.prose h2[id]').first();
    const id = await heading.getAttribute('id');
    const permalink = page.locator(`.heading-anchor[href="#${id}"]`);
    await expect(permalink).toHaveAccessibleName(`Permalink to ${(await heading.textContent())!.trim()}`);
    await permalink.focus();
    await expect(permalink).toHaveCSS('opacity', '1');
    await page.keyboard.press('Tab');
    const copy = page.getByRole('button', { name: `Copy link to ${(await heading.textContent())!.trim()}`, exact: true });
    await expect(copy).toBeFocused();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${richArticle}#${id}`);
    await expect(page.locator('#announcer')).toHaveText(/^Link to “.+” copied$/);
  });

  test('code blocks have a working copy button', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(richArticle);
    const block = page.locator('.code-block').first();
    await block.getByRole('button', { name: 'Copy code' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.trim()).toBe((await block.locator('pre').innerText()).trim());
    await expect(page.locator('#announcer')).toHaveText('Code copied');
  });

  test('Copy as Markdown copies the article as Markdown with this page’s address as its source', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/skills/apis/');
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.locator('bg-copy-markdown [role="status"]')).toHaveText('Copied as Markdown.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^# APIs: how back ends talk to the world\n\n> /);
    expect(copied).toContain(`Source: ${new URL('/skills/apis/', baseURL).href} (Backend Guide, updated `);
    expect(copied).toContain('## What an API is');
    expect(copied).not.toContain('Copy link to');
  });

  test('tabs follow the ARIA tabs pattern with the keyboard', async ({ page }) => {
    await page.goto(richArticle);
    const tablist = page.getByRole('tablist').first();
    const tabs = tablist.getByRole('tab');
    const count = await tabs.count();
    expect(count).toBeGreaterThanOrEqual(2);
    await tabs.first().click();
    await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(tabs.nth(1)).toBeFocused();
    await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel')).toHaveCount(1);
    await page.keyboard.press('End');
    await expect(tabs.last()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(tabs.first()).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(tabs.last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
    // One tab stop: Tab leaves the tab list for the selected panel.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('tabpanel')).toBeFocused();
  });

  test('a wide table scrolls inside its focusable region at 320 px, while the page does not', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/careers/career-paths/');
    const region = page.getByRole('region', { name: /^Table: / }).filter({ has: page.locator('tr:first-child > :nth-child(4)') }).first();
    await region.focus();
    await expect(region).toBeFocused();
    expect(await region.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});

test.describe('milestone checklist', () => {
  test('boxes are labelled by their line, tick by click or keyboard, and stay ticked after a reload, kept by their text', async ({ page }) => {
    await page.goto('/careers/how-to-become-a-back-end-developer/');
    const boxes = page.locator('.prose li > label > input[type="checkbox"]');
    expect(await boxes.count()).toBeGreaterThanOrEqual(10);
    const first = boxes.first();
    const firstName = (await first.evaluate((box) => box.parentElement!.textContent!)).replace(/\s+/g, ' ').trim();
    await expect(page.getByRole('checkbox', { name: firstName })).toHaveCount(1);
    await first.click();
    await boxes.nth(2).focus();
    await page.keyboard.press('Space');
    await page.reload();
    await expect(first).toBeChecked();
    await expect(boxes.nth(2)).toBeChecked();
    await expect(boxes.nth(1)).not.toBeChecked();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem(`bg-checklist:${location.pathname}`)!));
    expect(stored).toContain(firstName);
  });
});
