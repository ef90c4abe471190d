/**
 * Checks that every internal link, image, script, stylesheet and `#fragment`
 * in the built site resolves, from facts gathered while the pages are parsed
 * (no crawl, no second parse). Also reports pages nothing links to, and links
 * that leave the base path the site is deployed under. Each problem names the
 * source an author edits.
 */
import type { BuiltPage } from './built-site.ts';
import { fileToSitePath } from './built-site.ts';
import { stripBase } from '../lib/urls.ts';

/** Where a link was found. */
interface Reference {
  from: string;
  url: string;
}

/** Turns a page's site path into the source an author must fix. */
export function sourceOfPage(pagePath: string, contentDir: string): string {
  const parts = pagePath.split('/').filter(Boolean);
  if (parts[0] === 'glossary') return parts.length === 1 ? `${contentDir}/glossary/*.mdx` : `${contentDir}/glossary/${parts[1]}.mdx`;
  if (parts.length === 2 && !parts[1]!.includes('.')) return `${contentDir}/articles/${parts[0]}/${parts[1]}.mdx`;
  return `src/pages (page ${pagePath})`;
}

const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/** Collects ids and outgoing links page by page, then reports what does not resolve. */
export class LinkChecker {
  private readonly ids = new Map<string, Set<string>>();
  private readonly references: Reference[] = [];
  private readonly base: string;
  private readonly contentDir: string;

  constructor(base: string, contentDir: string) {
    this.base = base;
    this.contentDir = contentDir;
  }

  /** Records one page's anchors and links. */
  page({ path, $ }: BuiltPage): void {
    const ids = new Set<string>();
    $('[id]').each((_, element) => void ids.add($(element).attr('id')!));
    $('a[name]').each((_, element) => void ids.add($(element).attr('name')!));
    this.ids.set(path, ids);
    $('a[href], link[href], img[src], script[src], source[src], use[href]').each((_, element) => {
      const node = $(element);
      if (node.is('link') && !/\b(stylesheet|icon|preload|modulepreload|alternate|manifest)\b/.test(node.attr('rel') ?? '')) return;
      const url = node.attr('href') ?? node.attr('src') ?? '';
      if (url && !EXTERNAL.test(url)) this.references.push({ from: path, url });
    });
    const refresh = /url=([^"]+)/i.exec($('meta[http-equiv="refresh"]').attr('content') ?? '')?.[1];
    if (refresh && !EXTERNAL.test(refresh)) this.references.push({ from: path, url: refresh });
    $('style').each((_, element) => {
      for (const [, url = ''] of $(element).text().matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
        if (!EXTERNAL.test(url) && !url.startsWith('data:')) this.references.push({ from: path, url });
      }
    });
  }

  /** Problems found, one line each; `files` lists every file in the output (pages and assets). */
  problems(files: readonly string[]): string[] {
    const exists = new Set(files.map(fileToSitePath));
    const reached = new Set<string>();
    const problems: string[] = [];
    for (const { from, url } of this.references) {
      const say = (why: string) => problems.push(`${sourceOfPage(from, this.contentDir)}: link to ${url} does not resolve (${why}; on ${from})`);
      const resolved = new URL(url, `http://site${withBasePath(from, this.base)}`);
      const path = stripBase(decodeURIComponent(resolved.pathname), this.base);
      if (path === undefined) {
        say(`it is outside the base path ${this.base}`);
        continue;
      }
      if (!exists.has(path)) {
        say(exists.has(`${path}/`) ? `the page is ${path}/, with a trailing slash` : 'no such page or file');
        continue;
      }
      if (path !== from) reached.add(path);
      const fragment = resolved.hash ? decodeURIComponent(resolved.hash.slice(1)) : '';
      if (fragment && this.ids.has(path) && !this.ids.get(path)!.has(fragment)) say(`the page has no element with id="${fragment}"`);
    }
    for (const page of this.ids.keys()) {
      if (page !== '/404.html' && !reached.has(page)) problems.push(`${sourceOfPage(page, this.contentDir)}: page ${page} is not linked from any other page`);
    }
    return [...new Set(problems)].sort();
  }
}

/** A site path as served under the base. */
const withBasePath = (path: string, base: string) => `${base}${path.slice(1)}`;
