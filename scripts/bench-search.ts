/**
 * Search benchmark: on the built site served locally with compression, times
 * ten queries from the keystroke to results on screen (the first on a page
 * where search was just opened, 300 ms before the keystroke, then later ones on
 * the same page) and counts the bytes the browser fetched for search. Run `npm run build` first. Prints a table and writes
 * bench/search.json.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { timeQuery } from './search-timing.ts';
import { distDir, serveDist } from './serve.ts';

// Keywords, questions, a comparison and misspellings (which load the vocabulary and search twice).
const queries = ['caching', 'sql vs nosql', 'what is cors', 'reverse proxy', 'salary', 'post or put', 'why is my fetch failing with a CORS error', 'kubernets', 'javscript', 'how do I become a backend developer'];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Time from opening search to the first keystroke: quicker than most people type after pressing Ctrl+K. */
const TYPING_STARTS_MS = 300;
if (!existsSync(join(distDir, 'pagefind', 'pagefind.js'))) throw new Error('dist/ has no search index: run `npm run build` first.');
if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);

const { server, origin } = await serveDist();
const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking'] });

const rows: { query: string; coldMs: number; coldKB: number; warmMs: number }[] = [];
try {
  for (const [index, query] of queries.entries()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/skills/apis/`, { waitUntil: 'load' });
    let bytes = 0;
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => undefined);
      if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    });
    await page.keyboard.press('Control+k');
    await page.locator('dialog[open] input[type="search"]').waitFor();
    // A reader takes a moment between opening search and the first keystroke; the index loads meanwhile.
    await page.waitForTimeout(TYPING_STARTS_MS);
    const coldMs = await timeQuery(page, query);
    await page.waitForLoadState('networkidle');
    const coldKB = bytes / 1024;
    // A later query on the same page: the next one in the list.
    const warmMs = await timeQuery(page, queries[(index + 1) % queries.length]!);
    rows.push({ query, coldMs, coldKB, warmMs });
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const round = (value: number) => Math.round(value * 10) / 10;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log('| Query | First query, cold page (ms) | Fetched for search (KB, compressed) | Later query (ms) |');
console.log('| --- | ---: | ---: | ---: |');
for (const row of rows) console.log(`| ${row.query} | ${round(row.coldMs)} | ${round(row.coldKB)} | ${round(row.warmMs)} |`);
const summary = {
  date: new Date().toISOString(),
  firstQueryMs: { median: round(median(rows.map((row) => row.coldMs))), max: round(Math.max(...rows.map((row) => row.coldMs))) },
  laterQueryMs: { median: round(median(rows.map((row) => row.warmMs))), max: round(Math.max(...rows.map((row) => row.warmMs))) },
  fetchedKB: { median: round(median(rows.map((row) => row.coldKB))), max: round(Math.max(...rows.map((row) => row.coldKB))) },
};
console.log(`\nFirst query: median ${summary.firstQueryMs.median} ms, max ${summary.firstQueryMs.max} ms (target < 200 ms)`);
console.log(`Later queries: median ${summary.laterQueryMs.median} ms, max ${summary.laterQueryMs.max} ms (target < 100 ms)`);
console.log(`Fetched for the first query: median ${summary.fetchedKB.median} KB, max ${summary.fetchedKB.max} KB (target < 150 KB)`);
await mkdir(join(import.meta.dirname, '..', 'bench'), { recursive: true });
await writeFile(join(import.meta.dirname, '..', 'bench', 'search.json'), `${JSON.stringify({ ...summary, rows }, null, 2)}\n`);
