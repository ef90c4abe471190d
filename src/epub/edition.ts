/**
 * The EPUB edition: every article in the order of the learning path, then
 * the glossary, with a navigation document, a cover and metadata, written to
 * dist/downloads/backend-guide.epub. Built from the pages the post-build pass
 * hands over (the same pages readers get online), before any later step
 * rewrites them; the path's order comes from the built /path/ page.
 */
import type { CheerioAPI } from 'cheerio';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileToSitePath, type BuiltPage } from '../integrations/built-site.ts';
import type { BuildInfo } from '../integrations/build-info.ts';
import { editionPaths } from '../lib/urls.ts';
import { articleChapter, termEntry, type Chapter, type TermEntry } from './chapter.ts';
import { chapterFile, GLOSSARY_FILE, type BookLinks } from './links.ts';
import { CONTAINER, chapterDocument, coverDocument, coverImage, glossaryDocument, navDocument, packageDocument, styleSheet, type BookMeta, type BookPart } from './package.ts';

export interface EpubEditionOptions {
  outDir: string;
  base: string;
  onlineRoot: string | undefined;
  buildInfo: BuildInfo;
}

/** The book's contents in reading order, for other editions made from the same chapters (the PDF). */
export interface BookContents {
  meta: BookMeta;
  parts: BookPart[];
  terms: TermEntry[];
  codeClasses: ReadonlySet<string>;
}

export interface EpubEdition {
  page(page: BuiltPage): void;
  /** Writes the book; returns its size in bytes, its chapter count and its contents. */
  finish(): Promise<{ bytes: number; chapters: number; contents: BookContents }>;
}

/** An article page's id (`skills/apis`) from its site path, or undefined for other pages. */
const articleIdOf = (path: string) => /^\/((?!glossary\/|a-z\/)[^/]+\/[^/]+)\/$/.exec(path)?.[1];

/** The path's stages, from the built /path/ page: each stage's title and its article ids in order. */
function pathStages($: CheerioAPI): { title: string; ids: string[] }[] {
  return $('section[aria-labelledby]')
    .toArray()
    .flatMap((section) => {
      const title = $(section).find('h2').first().text().replace(/^Stage \d+:\s*/, '').trim();
      const list = $(section).find('[data-progress-of]').first().attr('data-progress-of');
      return title && list ? [{ title, ids: JSON.parse(list) as string[] }] : [];
    });
}

/** The article and term ids the book will hold, from the list of built files, so links resolve as each page arrives. */
function bookContents(files: readonly string[]): { articles: Set<string>; terms: Set<string> } {
  const articles = new Set<string>();
  const terms = new Set<string>();
  for (const file of files) {
    const term = /^glossary\/([^/]+)\/index\.html$/.exec(file)?.[1];
    if (term) terms.add(term);
    const id = articleIdOf(fileToSitePath(file));
    if (id) articles.add(id);
  }
  return { articles, terms };
}

export function epubEdition({ outDir, base, onlineRoot, buildInfo }: EpubEditionOptions, files: readonly string[]): EpubEdition {
  const links: BookLinks = { base, onlineRoot, ...bookContents(files) };
  // Each page becomes its chapter or entry at once (small strings), so no parsed page is kept.
  const chapters = new Map<string, Chapter>();
  const terms: TermEntry[] = [];
  const codeClasses = new Set<string>();
  let stages: { title: string; ids: string[] }[] = [];
  return {
    page({ path, $ }) {
      if (path === '/path/') {
        stages = pathStages($);
        return;
      }
      const term = termEntry($, links);
      if (term) {
        terms.push(term);
        return;
      }
      const id = articleIdOf(path);
      const chapter = id ? articleChapter($, id, links) : undefined;
      if (!chapter) return;
      chapters.set(chapter.id, chapter);
      for (const [name] of chapter.body.matchAll(/\b[ld][0-9a-f]{6}\b/g)) codeClasses.add(name);
    },
    async finish() {
      if (stages.length === 0) throw new Error('EPUB edition: the built /path/ page lists no stages, so the book has no reading order');
      terms.sort((a, b) => a.title.localeCompare(b.title, 'en'));
      const placed = new Set<string>();
      const parts: BookPart[] = stages.map(({ title, ids }) => ({
        title,
        chapters: ids.map((id) => {
          const chapter = chapters.get(id);
          if (!chapter) throw new Error(`EPUB edition: the path lists ${id}, but no built article page has that id`);
          placed.add(id);
          return chapter;
        }),
      }));
      // Articles not on the path follow it, by id, so the book still holds every article.
      const rest = [...chapters.values()].filter((chapter) => !placed.has(chapter.id)).sort((a, b) => a.id.localeCompare(b.id));
      if (rest.length > 0) parts.push({ title: 'More articles', chapters: rest });
      const ordered = parts.flatMap((part) => part.chapters);
      const meta: BookMeta = {
        title: 'Backend Guide',
        // The same for every build, so a reader's library sees new builds as new versions of one book.
        identifier: 'urn:uuid:6f1d2a4e-5b8c-4e71-9a3d-2c1e0b7d4f6a',
        version: buildInfo.version,
        commit: buildInfo.commit,
        builtAt: buildInfo.builtAt,
        onlineRoot,
      };
      const book: Zippable = {
        // The mimetype comes first and is stored uncompressed, so readers can recognise the file (EPUB OCF).
        mimetype: [strToU8('application/epub+zip'), { level: 0 }],
        'META-INF/container.xml': strToU8(CONTAINER),
        'EPUB/package.opf': strToU8(packageDocument(meta, ordered)),
        'EPUB/nav.xhtml': strToU8(navDocument(parts)),
        'EPUB/cover.xhtml': strToU8(coverDocument(meta)),
        'EPUB/cover.svg': strToU8(coverImage(meta)),
        'EPUB/style.css': strToU8(styleSheet(codeClasses)),
        [`EPUB/${GLOSSARY_FILE}`]: strToU8(glossaryDocument(terms)),
      };
      for (const chapter of ordered) book[`EPUB/${chapterFile(chapter.id)}`] = strToU8(chapterDocument(chapter));
      const bytes = zipSync(book, { level: 9, mtime: new Date(buildInfo.builtAt) });
      const file = join(outDir, editionPaths.epub.slice(1));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, bytes);
      return { bytes: bytes.length, chapters: ordered.length, contents: { meta, parts, terms, codeClasses } };
    },
  };
}
