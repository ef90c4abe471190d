/**
 * The print document the PDF is rendered from: one HTML page holding a title
 * page, a table of contents, every chapter of the book (src/epub/) on pages of
 * its own, and the glossary. Chapters reuse the ids they have on the site,
 * prefixed with their chapter (`skills-apis--what-an-api-is`) since many
 * repeat across chapters ("key-takeaways"); links between chapters are
 * rewritten to match.
 */
import type { BookContents } from '../epub/edition.ts';
import { escape, styleSheet } from '../epub/package.ts';

/** `skills-apis.xhtml` → `skills-apis`. */
const stem = (file: string) => file.replace(/\.xhtml$/, '');

/** A chapter's XHTML with its ids and links made unique in the one document. */
export function scopeIds(body: string, chapter: string): string {
  return body
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${chapter}--${id}"`)
    .replace(/\b(aria-labelledby|aria-describedby)="([^"]+)"/g, (_, name: string, ids: string) => `${name}="${ids.split(/\s+/).map((id) => `${chapter}--${id}`).join(' ')}"`)
    .replace(/\bhref="([^"#:]*\.xhtml)?(#[^"]*)?"/g, (whole, file: string | undefined, fragment: string | undefined) => {
      if (!file && !fragment) return whole;
      const target = file ? stem(file) : chapter;
      return `href="#${target}--${fragment ? fragment.slice(1) : 'title'}"`;
    });
}

/** A CSS string literal that is safe inside <style> ("<" escaped, so no "</style>"). */
export const cssString = (text: string) =>
  `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/</g, '\\3c ').replace(/[\n\r]/g, ' ')}"`;

const MARGIN_TEXT = 'font: 8pt system-ui, sans-serif; color: #555;';

/**
 * Running titles: each chapter is a named page whose top margin shows the
 * chapter's title (Chromium draws @page margin boxes since version 131; it has
 * no string-set, so one rule per chapter). The title page shows none.
 */
export function runningTitles(chapters: { page: string; title: string }[]): string {
  return chapters.map(({ page, title }) => `@page ${page} { @top-right { content: ${cssString(title)}; ${MARGIN_TEXT} } }\n.${page} { page: ${page}; }`).join('\n');
}

const PRINT_CSS = `
@page { size: A4; margin: 20mm 18mm 22mm;
  @top-left { content: "Backend Guide"; ${MARGIN_TEXT} }
  @bottom-right { content: counter(page) " / " counter(pages); ${MARGIN_TEXT} } }
@page title-page { @top-left { content: none; } @bottom-right { content: none; } }
.title-page { page: title-page; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 10.5pt; color: #111; }
.chapter, .glossary, .contents { break-before: page; }
/* Chromium drops the space where a heading wraps from its bookmark ("back-enddevelopment"): sizes that keep most titles on one line. */
h1 { break-after: avoid; font-size: 17pt; line-height: 1.2; }
h2 { font-size: 13pt; }
h3 { font-size: 11.5pt; }
h2, h3 { break-after: avoid; break-inside: avoid; }
p, li { orphans: 3; widows: 3; }
pre { break-inside: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
table { table-layout: fixed; width: 100%; }
td, th { overflow-wrap: anywhere; }
/* Rows and drawings stay whole; a long table, FAQ answer or a figure's caption may cross pages, so no page is left half empty before it. */
tr, figure > svg { break-inside: avoid; }
thead { display: table-header-group; }
details > summary { font-weight: 600; list-style: none; }
/* Short enough that a drawing fits the lower half of a page, instead of leaving it empty. */
figure svg { max-height: 100mm; }
a { color: #1e1b7b; }
/* Addresses of other sites, where a reader on paper needs them. */
.chapter a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: #444; overflow-wrap: anywhere; }
.title-page { height: 240mm; display: flex; flex-direction: column; justify-content: center; }
.title-page h1 { font-size: 34pt; margin: 0; }
.title-page p { font-size: 13pt; }
.contents ol { list-style: none; padding-left: 0; }
.contents ol ol { padding-left: 1.2em; }
`;

/** The whole print document. */
export function printDocument({ meta, parts, terms, codeClasses }: BookContents): string {
  const version = `Version ${meta.version}${meta.commit ? ` (commit ${meta.commit})` : ''}, built ${meta.builtAt.slice(0, 10)}`;
  const titlePage = `<section class="title-page"><h1>Backend Guide</h1><p>What back-end development is, and how to get there.</p><p>${escape(version)}.</p>${meta.onlineRoot ? `<p>Read it online, always current: ${escape(meta.onlineRoot)}</p>` : ''}</section>`;
  const contents = `<nav class="contents page-contents" aria-labelledby="contents-title"><h1 id="contents-title">Contents</h1><ol>${parts
    .map(
      (part, index) =>
        `<li><strong>${index + 1}. ${escape(part.title)}</strong><ol>${part.chapters
          .map((chapter) => `<li><a href="#${chapter.id.replace('/', '-')}--title">${escape(chapter.title)}</a></li>`)
          .join('')}</ol></li>`,
    )
    .join('')}<li><strong><a href="#glossary--title">Glossary</a></strong></li></ol></nav>`;
  const ordered = parts.flatMap((part) => part.chapters).map((chapter) => ({ ...chapter, stem: chapter.id.replace('/', '-') }));
  const chapters = ordered.map((chapter) => `<article class="chapter page-${chapter.stem}">${scopeIds(chapter.body, chapter.stem)}</article>`).join('\n');
  const titles = runningTitles([
    { page: 'page-contents', title: 'Contents' },
    ...ordered.map((chapter) => ({ page: `page-${chapter.stem}`, title: chapter.title })),
    { page: 'page-glossary', title: 'Glossary' },
  ]);
  const glossary = `<section class="glossary page-glossary"><h1 id="glossary--title">Glossary</h1><dl>${terms
    .map((term) => `<dt id="glossary--${escape(term.id)}">${escape(term.title)}</dt><dd>${scopeIds(term.body, 'glossary')}</dd>`)
    .join('')}</dl></section>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(meta.title)}</title><style>${styleSheet(codeClasses)}${PRINT_CSS}${titles}</style></head><body>${titlePage}${contents}${chapters}${glossary}</body></html>`;
}
