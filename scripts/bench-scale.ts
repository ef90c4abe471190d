/**
 * Build scaling: copies content/ to a temporary folder, adds N synthetic
 * articles of realistic prose (synthetic-articles.ts: a word chain trained
 * on the guide's own articles, thousands of distinct words) spread over the
 * five sections, builds into another temporary folder, and reports the build
 * time, each post-build step, peak memory, the offline edition and search
 * files, and the weight of every kind of page, for N = 0, 100 and 1,000 (or
 * the counts given: `npm run bench:scale -- 50 500`). Page weight must stay
 * flat: no page may list every article. Offline search is then tried from
 * disk (offline-search-probe.ts): the bytes each query loads and the time to
 * its first results. The PDF is not made (BG_PDF=0): it is the same book as the
 * EPUB, and its cost is Chromium's, outside this process. The work folder (.scale-tmp-*,
 * git-ignored) is removed afterwards.
 */
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { measuredBuild } from './measured-build.ts';
import { probeOfflineSearch } from './offline-search-probe.ts';
import { syntheticWriter } from './synthetic-articles.ts';

const counts = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n >= 0);
const sizes = counts.length > 0 ? counts : [0, 100, 1000];
const root = join(import.meta.dirname, '..');
const sections = ['roles', 'skills', 'tools', 'front-end-vs-back-end', 'careers'];
const writer = syntheticWriter(join(root, 'content'));
console.log(`Synthetic prose vocabulary: ${writer.vocabulary} distinct words`);

const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
const brotli = async (file: string) => brotliCompressSync(await readFile(file)).length;

/** Total size and largest file of the files under `dir` whose names match. */
async function files(dir: string, match: RegExp): Promise<{ total: number; largest: number; count: number }> {
  const names = (await readdir(dir, { recursive: true, encoding: 'utf8' }).catch(() => [] as string[])).filter((name) => match.test(name));
  const sizes = await Promise.all(names.map(async (name) => (await stat(join(dir, name))).size));
  return { total: sizes.reduce((a, b) => a + b, 0), largest: Math.max(0, ...sizes), count: names.length };
}

const report: Record<string, number | string>[] = [];
for (const n of sizes) {
  // Inside the project (git-ignored): the link checker resolves pages from the project root.
  const work = await mkdtemp(join(root, '.scale-tmp-'));
  try {
    const content = join(work, 'content');
    await cp(join(root, 'content'), content, { recursive: true });
    for (let i = 1; i <= n; i += 1) {
      const section = sections[i % sections.length]!;
      await writeFile(join(content, 'articles', section, `synthetic-${String(i).padStart(4, '0')}.mdx`), writer.article(i, section));
    }
    const out = join(work, 'dist');
    const result = measuredBuild({ BG_CONTENT_DIR: content, BG_OUT_DIR: out, BG_CACHE_DIR: join(work, 'cache'), BENCH_LOG: 'info', BG_PDF: '0' });
    const pages = (await readdir(out, { recursive: true, encoding: 'utf8' })).filter((name) => name.endsWith('.html'));
    const weights = new Map(await Promise.all(pages.map(async (name) => [name, await brotli(join(out, name))] as const)));
    const articles = pages.filter((name) => /^(?!glossary\/)[^/]+\/[^/]+\/index\.html$/.test(name) && !/\/page\//.test(name)).map((name) => weights.get(name)!).sort((a, b) => a - b);
    const heaviest = [...weights].sort((a, b) => b[1] - a[1])[0]!;
    const steps: Record<string, number> = {};
    const stepLine = /post-build steps: (.*)/.exec(result.output)?.[1] ?? '';
    for (const [, step, ms] of stepLine.matchAll(/(search index|offline edition|epub edition|read and parse|link check) (\d+) ms/g)) steps[step!] = Number(ms);
    const epub = /EPUB ([\d.]+ [KM]B)/.exec(result.output);
    const zip = /offline zip ([\d.]+ [KM]B) \(\d+ pages, index ([\d.]+ [KM]B) in (\d+) files\)/.exec(result.output);
    const probe = await probeOfflineSearch(join(out, 'downloads', 'backend-guide-offline.zip'));
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const peakBefore = /peak memory before them (\d+) MB/.exec(result.output)?.[1];
    const hints = await files(join(out, 'search-hints'), /\.js$/);
    const vocabulary = await files(out, /^search-vocabulary\.js$/);
    report.push({
      'synthetic articles': n,
      pages: pages.length,
      'build (s)': Number((result.ms / 1000).toFixed(1)),
      'ms per page': Math.round(result.ms / pages.length),
      'parse (ms)': steps['read and parse'] ?? NaN,
      'link check (ms)': steps['link check'] ?? NaN,
      'search (ms)': steps['search index'] ?? NaN,
      'offline (ms)': steps['offline edition'] ?? NaN,
      'EPUB (ms)': steps['epub edition'] ?? NaN,
      'peak memory (MB)': result.peakMB,
      'peak before post-build (MB)': peakBefore ? Number(peakBefore) : NaN,
      'offline zip': zip?.[1] ?? '?',
      EPUB: epub?.[1] ?? '?',
      'offline index': zip ? `${zip[2]} in ${zip[3]} files` : '?',
      'offline query (KB, median; max)': `${kb(median(probe.map((query) => query.bytes)))}; ${kb(Math.max(...probe.map((query) => query.bytes)))}`,
      'offline first results (ms, median; max)': `${median(probe.map((query) => query.ms))}; ${Math.max(...probe.map((query) => query.ms))}`,
      'hint index (KB, largest file)': `${kb(hints.total)} (${kb(hints.largest)})`,
      'vocabulary (KB)': kb(vocabulary.total),
      'median article (KB br)': kb(articles[Math.floor(articles.length / 2)] ?? 0),
      '/skills/apis/ (KB br)': kb(weights.get('skills/apis/index.html') ?? 0),
      'home (KB br)': kb(weights.get('index.html') ?? 0),
      '/skills/ (KB br)': kb(weights.get('skills/index.html') ?? 0),
      '/path/ (KB br)': kb(weights.get('path/index.html') ?? 0),
      '/a-z/ (KB br)': kb(weights.get('a-z/index.html') ?? 0),
      'heaviest page (KB br)': `${kb(heaviest[1])} ${heaviest[0]}`,
    });
    console.log(JSON.stringify(report.at(-1)));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
const columns = Object.keys(report[0] ?? {});
console.log(`\n| ${columns.join(' | ')} |\n| ${columns.map(() => '---:').join(' | ')} |`);
for (const row of report) console.log(`| ${columns.map((column) => row[column]).join(' | ')} |`);
