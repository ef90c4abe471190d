/**
 * Search ranking, through the site's own search page, online (Pagefind) and
 * offline (the zip's own index, from disk): every query of
 * tests/search-queries.ts must find its page in the top three, opening at the
 * named section where there is one, and both editions must agree on the top
 * result. Misspelled queries count: the search page falls back to its
 * suggestion when nothing matches.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rankingCases, type RankingCase } from '../search-queries.ts';
import { unzipOfflineEdition } from './helpers.ts';

let site = '';
let remove = () => {};
test.beforeAll(() => ({ site, remove } = unzipOfflineEdition()));
test.afterAll(() => remove());

/** The top three results for a query, as site paths with their #heading (no highlight parameter). */
async function topThree(page: Page, query: string, toPath: (href: string) => string): Promise<string[]> {
  await page.locator('.search-panel input[type="search"]').fill(query);
  await expect(page.locator('.search-status')).toContainText(`“${query.trim()}”`);
  const hrefs = await page.locator('.search-hit-title').evaluateAll((links) => links.slice(0, 3).map((link) => (link as HTMLAnchorElement).href));
  return hrefs.map(toPath);
}

const online = (href: string) => {
  const url = new URL(href);
  return `${url.pathname}${url.hash}`;
};
const offline = (href: string) => {
  const url = new URL(href);
  const root = `${pathToFileURL(site).pathname}/`;
  return `/${url.pathname.slice(root.length).replace(/index\.html$/, '')}${url.hash}`;
};

/** The id of a built page's first h2: opening at the page's top is opening at it. */
function firstSection(path: string): string | undefined {
  const html = readFileSync(join(import.meta.dirname, '..', '..', 'dist', path, 'index.html'), 'utf8');
  return /<h2 id="([^"]+)"/.exec(html)?.[1];
}

/** Why a top three misses its case, or undefined when it holds. */
function miss({ expect: wanted, section }: RankingCase, top: string[]): string | undefined {
  const found = top.find((path) => path.split('#')[0] === wanted);
  if (!found) return `wants ${wanted}${section ? `#${section}` : ''}, top three: ${top.join(', ') || 'none'}`;
  const opened = found.split('#')[1];
  if (section && opened !== section && !(opened === undefined && firstSection(wanted) === section)) {
    return `finds ${wanted} but opens it at ${opened ? `#${opened}` : 'its top'}, not #${section}`;
  }
  return undefined;
}

const SHARES = 2;
for (let share = 0; share < SHARES; share += 1) {
  const cases = rankingCases.filter((_, index) => index % SHARES === share);
  test(`@slow queries ${share + 1} of every ${SHARES} (${cases.length}): the right page in the top three, online and offline, with the same first result`, async ({ browser }) => {
    test.setTimeout(300_000);
    expect(rankingCases.length).toBeGreaterThanOrEqual(80);
    const onlinePage = await browser.newPage();
    const offlinePage = await browser.newPage();
    await onlinePage.goto('/search/');
    await offlinePage.goto(pathToFileURL(`${site}/search/index.html`).href);
    const misses: string[] = [];
    for (const testCase of cases) {
      const [onlineTop, offlineTop] = [await topThree(onlinePage, testCase.query, online), await topThree(offlinePage, testCase.query, offline)];
      const onlineMiss = miss(testCase, onlineTop);
      const offlineMiss = miss(testCase, offlineTop);
      if (onlineMiss) misses.push(`online  "${testCase.query}" ${onlineMiss}`);
      if (offlineMiss) misses.push(`offline "${testCase.query}" ${offlineMiss}`);
      if (onlineTop[0]?.split('#')[0] !== offlineTop[0]?.split('#')[0]) misses.push(`both    "${testCase.query}" first results differ: online ${onlineTop[0]}, offline ${offlineTop[0]}`);
    }
    console.log(`share ${share + 1}: ${cases.length} queries, ${misses.length} problems`);
    expect(misses).toEqual([]);
  });
}
