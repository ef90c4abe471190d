/**
 * The built site as the post-build steps see it: every HTML page read from
 * disk and parsed once (htmlparser2, through cheerio), handed to each step in
 * turn, then dropped, so memory stays flat however many pages there are.
 */
import { load, type CheerioAPI } from 'cheerio';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** One built HTML page. */
export interface BuiltPage {
  /** The file relative to the output folder, e.g. `skills/apis/index.html`. */
  file: string;
  /** The page's site path without the base, e.g. `/skills/apis/`. */
  path: string;
  /** The markup as Astro wrote it. */
  html: string;
  /** The parsed document; steps that change it run last. */
  $: CheerioAPI;
}

/** A file's site path: `skills/apis/index.html` is `/skills/apis/`, `404.html` is `/404.html`. */
export function fileToSitePath(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/** Every file below `root`, relative to it with forward slashes, sorted. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Parses HTML with htmlparser2: several times faster than cheerio's default parse5, and enough for our own markup.
 * Each element keeps its place in the source (startIndex, endIndex), so a step can add to the page's text without a second parse.
 */
export function parseHtml(html: string): CheerioAPI {
  return load(html, { xml: { xmlMode: false, decodeEntities: true, withStartIndices: true, withEndIndices: true } });
}

/** Reads and parses each HTML page of `files` in turn. */
export async function* builtPages(root: string, files: readonly string[]): AsyncGenerator<BuiltPage> {
  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const html = await readFile(join(root, file), 'utf8');
    yield { file, path: fileToSitePath(file), html, $: parseHtml(html) };
  }
}
