/**
 * Build scaling: copies content/ to a temporary folder, adds N synthetic
 * articles to the Skills section, builds into another temporary folder and
 * reports build time, time per page, link-check and search-index time, peak
 * memory and the median article's weight, for N = 0, 100 and 1,000 (or the
 * counts given: `npm run bench:scale -- 50 500`). The work folder
 * (.scale-tmp-*, git-ignored) is removed afterwards.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { measuredBuild } from './measured-build.ts';

const counts = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n >= 0);
const sizes = counts.length > 0 ? counts : [0, 100, 1000];
const root = join(import.meta.dirname, '..');
const words = 'request server database cache query index client response latency queue worker schema table route handler token session deploy log metric'.split(' ');

/** A plausible article: about 1,000 words under six headings, a code block and a glossary link. */
function syntheticArticle(n: number): string {
  const paragraph = (seed: number) =>
    Array.from({ length: 55 }, (_, index) => words[(seed * 7 + index * 13) % words.length]).join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
  const sections = Array.from({ length: 6 }, (_, s) => `## Part ${s + 1} of topic ${n}\n\n${paragraph(n + s)}\n\n${paragraph(n + s + 1)}\n\n${paragraph(n + s + 2)}\n`);
  return `---
title: Synthetic article ${n}
description: A generated article for measuring how the build scales.
order: ${1000 + n}
level: intermediate
updated: 2026-11-21
related:
  - skills/apis
---

This page exists only in a benchmark and links the [API](/glossary/#api) entry.

${sections.join('\n')}
\`\`\`js
console.log('synthetic ${n}');
\`\`\`
`;
}

const report: Record<string, number | string>[] = [];
for (const n of sizes) {
  // Inside the project (git-ignored): the link checker resolves pages from the project root.
  const work = await mkdtemp(join(root, '.scale-tmp-'));
  try {
    const content = join(work, 'content');
    await cp(join(root, 'content'), content, { recursive: true });
    for (let i = 1; i <= n; i += 1) await writeFile(join(content, 'articles', 'skills', `synthetic-${String(i).padStart(4, '0')}.mdx`), syntheticArticle(i));
    const out = join(work, 'dist');
    const result = measuredBuild({ BG_CONTENT_DIR: content, BG_OUT_DIR: out, BG_CACHE_DIR: join(work, 'cache'), BENCH_LOG: 'info' });
    const pages = (await readdir(out, { recursive: true, encoding: 'utf8' })).filter((name) => name.endsWith('.html'));
    const articleSizes = await Promise.all(
      pages.filter((name) => /^[^/]+\/[^/]+\/index\.html$/.test(name)).map(async (name) => brotliCompressSync(await readFile(join(out, name))).length),
    );
    articleSizes.sort((a, b) => a - b);
    const realArticle = brotliCompressSync(await readFile(join(out, 'skills', 'apis', 'index.html'))).length;
    const indexMs = Number(/indexed .* in (\d+) ms/.exec(result.output)?.[1] ?? NaN);
    const linksMs = Number(/checked in (\d+) ms/.exec(result.output)?.[1] ?? NaN);
    const offline = /offline edition: \d+ pages, ([\d.]+ [KM]B) zip, index ([\d.]+ [KM]B) in (\d+) files, in (\d+) ms/.exec(result.output);
    report.push({
      'synthetic articles': n,
      pages: pages.length,
      'build (s)': Number((result.ms / 1000).toFixed(1)),
      'ms per page': Math.round(result.ms / pages.length),
      'link check (ms)': linksMs,
      'search index (ms)': indexMs,
      'offline zip': offline?.[1] ?? '?',
      'offline index': offline?.[2] ?? '?',
      'offline build (ms)': Number(offline?.[4] ?? NaN),
      'peak memory (MB)': result.peakMB,
      '/skills/apis/ (KB brotli)': Number((realArticle / 1024).toFixed(1)),
      'median article (KB brotli)': Number((articleSizes[Math.floor(articleSizes.length / 2)]! / 1024).toFixed(1)),
    });
    console.log(JSON.stringify(report.at(-1)));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
const columns = Object.keys(report[0] ?? {});
console.log(`\n| ${columns.join(' | ')} |\n| ${columns.map(() => '---:').join(' | ')} |`);
for (const row of report) console.log(`| ${columns.map((column) => row[column]).join(' | ')} |`);
