/** What several browser tests share: the pages to visit, axe, and a watch on requests and errors. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from '@playwright/test';

export { publicUrls } from '../urls.ts';

/** A URL that does not exist, so the server answers with the 404 page. */
export const missingUrl = '/this-page-does-not-exist/';
/** An article with tabs, code, a table and many headings. */
export const richArticle = '/careers/hiring-a-back-end-developer/';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best-practice rules. */
export const FULL_RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Loads axe into every page of the context before the page's own scripts. */
export async function withAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript(axeSource);
}

/**
 * Violations as readable lines. Only violations are collected (passes and
 * "needs review" are what make axe slow on a long page). Code tokens are left
 * out: their colours are a fixed palette whose contrast a unit test proves
 * (tests/unit/markdown/code-colors.test.ts).
 */
export async function axeViolations(page: Page, only: 'all' | 'contrast'): Promise<string[]> {
  return page.evaluate(async (rules) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const runOnly = rules === 'contrast' ? { type: 'rule', values: ['color-contrast'] } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'] };
    // Excluding each block's <code> prunes thousands of token spans; the <pre> itself, which must be keyboard-scrollable, is still checked.
    // No preload: it refetches every stylesheet for a rule (css-orientation-lock) that is not in these sets.
    const { violations } = await axe.run({ exclude: [['.astro-code > code']] }, { runOnly, resultTypes: ['violations'], preload: false });
    return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, only);
}

/** Switches the theme the way the site's own switch does, and waits a frame for styles to apply. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((value) => {
    document.documentElement.dataset.theme = value;
    return new Promise((resolve) => requestAnimationFrame(resolve));
  }, theme);
}

/** Collects requests to other origins and errors in the console or the page. */
export function watch(page: Page, origin: string, allow: (message: string) => boolean = () => false): { elsewhere: string[]; errors: string[] } {
  const elsewhere: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(origin) && !target.startsWith('data:') && !target.startsWith('blob:')) elsewhere.push(target);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !allow(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { elsewhere, errors };
}

/** The built offline zip, unzipped into a fresh temporary folder: `site` is its backend-guide/ folder; call `remove` when done. */
export function unzipOfflineEdition(): { site: string; remove: () => void } {
  const zipFile = join(import.meta.dirname, '..', '..', 'dist', 'downloads', 'backend-guide-offline.zip');
  const folder = mkdtempSync(join(tmpdir(), 'bg-offline-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zipFile)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), bytes);
  }
  return { site: join(folder, 'backend-guide'), remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Records every Content Security Policy violation in the context's pages (read with policyViolations), from before the page's own scripts. */
export async function recordPolicyViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { policyViolations: string[] }).policyViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample || 'no sample'})`));
  });
}

/** The violations recorded on the current page so far. */
export async function policyViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { policyViolations?: string[] }).policyViolations ?? ['the recorder did not run']);
}
