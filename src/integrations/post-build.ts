/**
 * Everything that happens to the built site, in order, reading and parsing
 * each page once: every step sees the page in turn (the link check and the
 * search index read it; each page gets its Content Security Policy; the
 * offline edition, last, rewrites its own copy), then the page is dropped.
 * Each step's time is reported, so a slow one shows.
 */
import type { AstroIntegrationLogger } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeHostFiles } from '../deploy/host-files.ts';
import { epubEdition } from '../epub/edition.ts';
import { formatSize, offlineEdition } from '../offline/edition.ts';
import { pdfEdition } from '../pdf/edition.ts';
import { markdownStep } from '../llms/markdown.ts';
import { searchStep } from '../search/build-step.ts';
import { contentSecurityPolicy, emptyHashes, inlineHashes, mergeHashes, withPolicyMeta } from '../security/csp.ts';
import { takeHints } from '../search/hints.ts';
import type { BuildInfo } from './build-info.ts';
import { builtPages, listFiles } from './built-site.ts';
import { LinkChecker } from './link-check.ts';

export interface PostBuildOptions {
  outDir: string;
  base: string;
  /** The site's root URL (site + base), when the build knows it. */
  onlineRoot?: string;
  contentDir: string;
  buildInfo: BuildInfo;
  search: boolean;
  offline: boolean;
  /** The Chromium to render the PDF with, or undefined when this build makes none (decided in index.ts). */
  pdf?: string;
  logger: AstroIntegrationLogger;
}

/** Adds the time `work` takes to `timings[step]`. */
async function timed<T>(timings: Record<string, number>, step: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[step] = (timings[step] ?? 0) + performance.now() - started;
  }
}

export async function postBuild({ outDir, base, onlineRoot, contentDir, buildInfo, search, offline, pdf, logger }: PostBuildOptions): Promise<void> {
  const timings: Record<string, number> = {};
  // The peak so far is Astro's rendering; bench-scale compares it with the whole build's to tell the two apart.
  const peakBeforeMB = Math.round(process.resourceUsage().maxRSS / 1024);
  // Taken out before anything lists the output, so it is neither published nor zipped.
  const hints = await takeHints(outDir);
  const files = await listFiles(outDir);
  const links = new LinkChecker(base, contentDir);
  // The offline edition carries its own index, so it needs the search step even when the online index is off.
  const index = search || offline ? await timed(timings, 'search index', () => searchStep({ outDir, base, online: search, hints })) : undefined;
  const edition = offline ? await timed(timings, 'offline edition', () => offlineEdition({ outDir, base, onlineRoot, buildInfo })) : undefined;
  const book = offline ? epubEdition({ outDir, base, onlineRoot, buildInfo }, files) : undefined;

  let pages = 0;
  const everyPagesHashes = emptyHashes();
  const markdown = markdownStep({ outDir, base, onlineRoot });
  const reading = builtPages(outDir, files);
  for (;;) {
    const next = await timed(timings, 'read and parse', () => reading.next());
    if (next.done) break;
    const page = next.value;
    pages += 1;
    await timed(timings, 'link check', () => links.page(page));
    if (index) await timed(timings, 'search index', () => index.page(page));
    // Before the offline edition, which rewrites the parsed page.
    if (book) await timed(timings, 'epub edition', () => book.page(page));
    await timed(timings, 'markdown', () => markdown.page(page));
    // Before the offline edition too, which drops scripts from the parsed page (its copy carries no policy: src/offline/page.ts).
    await timed(timings, 'security policy', async () => {
      const hashes = inlineHashes(page.$);
      mergeHashes(everyPagesHashes, hashes);
      await writeFile(join(outDir, page.file), withPolicyMeta(page.html, page.$, contentSecurityPolicy(hashes, 'meta')));
    });
    if (edition) await timed(timings, 'offline edition', () => edition.page(page));
  }

  let summary = '';
  const indexed = index ? await timed(timings, 'search index', () => index.finish()) : undefined;
  if (indexed && search) summary += `; search index of ${indexed.pages - indexed.terms} pages and ${indexed.terms} glossary terms`;
  if (edition) {
    const zip = await timed(timings, 'offline edition', () => edition.finish(files, indexed?.offlineScripts ?? {}));
    await fillDownloadSize(outDir, 'data-offline-size', formatSize(zip.bytes));
    summary += `; offline zip ${formatSize(zip.bytes)} (${zip.pages} pages, index ${formatSize(zip.indexBytes)} in ${zip.indexFiles} files)`;
  }
  if (book) {
    const epub = await timed(timings, 'epub edition', () => book.finish());
    await fillDownloadSize(outDir, 'data-epub-size', formatSize(epub.bytes));
    summary += `; EPUB ${formatSize(epub.bytes)} (${epub.chapters} chapters and the glossary)`;
    if (pdf) {
      const printed = await timed(timings, 'pdf edition', () => pdfEdition(outDir, epub.contents, pdf));
      await fillDownloadSize(outDir, 'data-pdf-size', `${formatSize(printed.bytes)}, ${printed.pages} pages`);
      summary += `; PDF ${formatSize(printed.bytes)} (${printed.pages} pages)`;
    }
  }
  await writeHostFiles(outDir, contentSecurityPolicy(everyPagesHashes, 'header'), base);
  const problems = await timed(timings, 'link check', async () => links.problems(await listFiles(outDir)));
  if (problems.length > 0) throw new Error(`Broken links in the built site:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
  const spent = Object.entries(timings).map(([step, ms]) => `${step} ${Math.round(ms)} ms`).join(', ');
  logger.info(`${pages} pages, every internal link and #fragment resolves${summary}`);
  logger.info(`post-build steps: ${spent}; peak memory before them ${peakBeforeMB} MB`);
}

/** The Download page is rendered before the editions exist; their sizes are filled in afterwards (`<span data-…-size>`). */
async function fillDownloadSize(outDir: string, attribute: string, size: string): Promise<void> {
  const file = join(outDir, 'download', 'index.html');
  const page = await readFile(file, 'utf8');
  const marker = `<span ${attribute}>`;
  if (!page.includes(marker)) throw new Error(`src/pages/download.astro: no ${marker} to fill with the edition's size`);
  await writeFile(file, page.replace(new RegExp(`(${marker})[^<]*(</span>)`), `$1${size}$2`));
}
