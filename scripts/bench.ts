/**
 * The site benchmark. Builds the site (pass --use-build to reuse dist/),
 * serves dist/ compressed as a static host would, and reports for each page
 * type: bytes fetched by kind (raw and compressed) and requests; Lighthouse
 * (mobile, the system Chromium) scores and LCP, CLS, TBT; build time per site
 * and per page, and the build's peak memory. Prints a table, writes
 * bench/results.json.
 */
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { measuredBuild } from './measured-build.ts';
import { distDir, serveDist } from './serve.ts';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);

const pageTypes: { type: string; path: string; auditPath?: string }[] = [
  { type: 'home', path: '/' },
  { type: 'section', path: '/skills/' },
  { type: 'article', path: '/skills/apis/' },
  { type: 'long article', path: '/tools/web-servers/' },
  { type: 'glossary', path: '/glossary/' },
  { type: 'search', path: '/search/?q=caching' },
  { type: 'A-Z index', path: '/a-z/' },
  // Lighthouse refuses to audit a page that answers 404, so it audits the same
  // page at /404.html (status 200); the bytes are measured at a missing URL.
  { type: '404', path: '/no-such-page/', auditPath: '/404.html' },
];

let build: { ms: number; peakMB: number; pages: number } | undefined;
if (!process.argv.includes('--use-build')) {
  console.log('Building…');
  const result = measuredBuild();
  const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
  build = { ms: result.ms, peakMB: result.peakMB, pages };
} else if (!existsSync(join(distDir, 'index.html'))) {
  throw new Error('dist/ has no build: run without --use-build, or `npm run build` first.');
}

const { server, origin } = await serveDist();
const kinds = ['html', 'css', 'js', 'image', 'font', 'other'] as const;
type Kind = (typeof kinds)[number];
const kindOf = (resourceType: string, url: string): Kind => {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script' || url.endsWith('.js')) return 'js';
  if (resourceType === 'image') return 'image';
  if (resourceType === 'font') return 'font';
  return 'other';
};

interface Row {
  type: string;
  path: string;
  auditPath?: string;
  requests: number;
  bytes: Record<Kind, { raw: number; compressed: number }>;
  otherHosts: string[];
  lighthouse?: { performance: number; accessibility: number; bestPractices: number; seo: number; lcpMs: number; cls: number; tbtMs: number; failed: string[] };
}
const rows: Row[] = [];

try {
  // Bytes: a fresh browser context per page, nothing cached; the reader does nothing.
  const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking'] });
  for (const { type, path, auditPath } of pageTypes) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const row: Row = { type, path, auditPath, requests: 0, bytes: Object.fromEntries(kinds.map((kind) => [kind, { raw: 0, compressed: 0 }])) as Row['bytes'], otherHosts: [] };
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      pending.push(
        (async () => {
          const response = await request.response();
          if (!request.url().startsWith(origin)) row.otherHosts.push(request.url());
          const sizes = await request.sizes();
          const raw = (await response?.body().catch(() => Buffer.alloc(0)))?.length ?? 0;
          const kind = kindOf(request.resourceType(), request.url());
          row.requests += 1;
          row.bytes[kind].raw += raw;
          row.bytes[kind].compressed += sizes.responseBodySize;
        })(),
      );
    });
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    rows.push(row);
    await context.close();
  }
  await browser.close();

  // Lighthouse: mobile emulation and simulated throttling (its defaults).
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath,
    chromeFlags: ['--headless=new', '--disable-gpu', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  try {
    for (const row of rows) {
      const result = await lighthouse(`${origin}${row.auditPath ?? row.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${row.path}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${row.path}: ${result.lhr.runtimeError.message}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      row.lighthouse = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
        cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
        tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
        // Audits that cost points, so a score under 100 explains itself.
        failed: Object.values(categories).flatMap((category) =>
          category.auditRefs
            .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${category.id}: ${ref.id}${audits[ref.id]?.displayValue ? ` (${audits[ref.id]!.displayValue})` : ''}`),
        ),
      };
    }
  } finally {
    chrome.kill();
  }
} finally {
  server.close();
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const pair = (value: { raw: number; compressed: number }) => (value.raw === 0 ? '0' : `${kb(value.compressed)} / ${kb(value.raw)}`);
console.log('\nBytes fetched (KB, compressed / raw; CSS is inlined in the HTML) and Lighthouse (mobile):\n');
console.log('| Page type | Path | Requests | HTML | CSS | JS | Images | Fonts | Other | Perf | A11y | Best pr. | SEO | LCP | CLS | TBT |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  const lh = row.lighthouse!;
  console.log(
    `| ${row.type} | ${row.path} | ${row.requests} | ${kinds.map((kind) => pair(row.bytes[kind])).join(' | ')} | ${lh.performance} | ${lh.accessibility} | ${lh.bestPractices} | ${lh.seo} | ${lh.lcpMs} ms | ${lh.cls} | ${lh.tbtMs} ms |`,
  );
}
for (const row of rows) if (row.lighthouse!.failed.length > 0) console.log(`${row.path} loses points on: ${row.lighthouse!.failed.join('; ')}`);
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GB RAM, Node ${process.versions.node}`;
if (build) console.log(`\nBuild: ${build.pages} pages in ${(build.ms / 1000).toFixed(1)} s (${Math.round(build.ms / build.pages)} ms a page), peak memory ${build.peakMB} MB`);
console.log(`Machine: ${machine}`);
const strays = rows.flatMap((row) => row.otherHosts);
if (strays.length > 0) console.log(`Requests to other hosts: ${strays.join(', ')}`);
await mkdir(join(import.meta.dirname, '..', 'bench'), { recursive: true });
await writeFile(join(import.meta.dirname, '..', 'bench', 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, build, pages: rows }, null, 2)}\n`);
