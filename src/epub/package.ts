/**
 * The files of an EPUB 3 book around its chapters: the container, the package
 * document (metadata, manifest, spine), the navigation document, a cover and
 * the stylesheet. Small enough to write by hand: each is one template, and
 * EPUBCheck (tests/build/epub.test.ts) holds them to the specification.
 */
import type { Chapter, TermEntry } from './chapter.ts';
import { chapterFile, GLOSSARY_FILE } from './links.ts';

export interface BookMeta {
  title: string;
  /** A stable identifier for the book (the same for every build of it). */
  identifier: string;
  version: string;
  commit?: string;
  /** When the build started (ISO). */
  builtAt: string;
  /** The site online, when the build knows it. */
  onlineRoot?: string;
}

/** A stage of the learning path and the chapters in it. */
export interface BookPart {
  title: string;
  chapters: Chapter[];
}

/** Text made safe for XHTML and XML attributes (the PDF's print document uses it too). */
export const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const xhtml = (title: string, body: string, bodyType = '') => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en">
<head><meta charset="UTF-8"/><title>${escape(title)}</title><link rel="stylesheet" type="text/css" href="style.css"/></head>
<body${bodyType ? ` epub:type="${bodyType}"` : ''}>${body}</body>
</html>
`;

export const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;

export function chapterDocument(chapter: Chapter): string {
  return xhtml(chapter.title, `<section epub:type="chapter" role="doc-chapter" aria-labelledby="title">${chapter.body}</section>`);
}

export function glossaryDocument(terms: readonly TermEntry[]): string {
  const items = terms.map((term) => `<dt id="${escape(term.id)}">${escape(term.title)}</dt><dd>${term.body}</dd>`).join('');
  return xhtml('Glossary', `<section epub:type="glossary" role="doc-glossary" aria-labelledby="title"><h1 id="title">Glossary</h1><dl>${items}</dl></section>`);
}

const versionLine = (meta: BookMeta) => `Version ${meta.version}${meta.commit ? ` (commit ${meta.commit})` : ''}, built ${meta.builtAt.slice(0, 10)}`;

export function coverDocument(meta: BookMeta): string {
  const online = meta.onlineRoot ? `<p>Read it online, always current: <a href="${escape(meta.onlineRoot)}">${escape(meta.onlineRoot)}</a></p>` : '';
  return xhtml(
    meta.title,
    `<section epub:type="cover titlepage" class="cover"><img src="cover.svg" alt="${escape(meta.title)}: what back-end development is, and how to get there"/><p>${escape(versionLine(meta))}.</p>${online}</section>`,
  );
}

export function coverImage(meta: BookMeta): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 900" width="600" height="900">
  <rect width="600" height="900" fill="#3730a3"/>
  <rect x="60" y="120" width="72" height="72" rx="16" fill="#ffffff"/>
  <rect x="78" y="140" width="36" height="9" rx="3" fill="#3730a3"/><rect x="78" y="156" width="36" height="9" rx="3" fill="#3730a3"/><rect x="78" y="172" width="36" height="9" rx="3" fill="#3730a3"/>
  <text x="60" y="300" font-family="sans-serif" font-size="64" font-weight="700" fill="#ffffff">Backend</text>
  <text x="60" y="374" font-family="sans-serif" font-size="64" font-weight="700" fill="#c7d2fe">Guide</text>
  <text x="60" y="460" font-family="sans-serif" font-size="28" fill="#ffffff">What back-end development is,</text>
  <text x="60" y="498" font-family="sans-serif" font-size="28" fill="#ffffff">and how to get there.</text>
  <text x="60" y="820" font-family="sans-serif" font-size="22" fill="#c7d2fe">${escape(versionLine(meta))}</text>
</svg>
`;
}

export function navDocument(parts: readonly BookPart[]): string {
  const stage = (part: BookPart) =>
    `<li><span>${escape(part.title)}</span><ol>${part.chapters.map((chapter) => `<li><a href="${chapterFile(chapter.id)}">${escape(chapter.title)}</a></li>`).join('')}</ol></li>`;
  const toc = `<nav epub:type="toc" id="toc" role="doc-toc" aria-labelledby="toc-title"><h1 id="toc-title">Contents</h1><ol><li><a href="cover.xhtml">Cover</a></li>${parts.map(stage).join('')}<li><a href="${GLOSSARY_FILE}">Glossary</a></li></ol></nav>`;
  const landmarks = `<nav epub:type="landmarks" hidden="hidden"><ol><li><a epub:type="cover" href="cover.xhtml">Cover</a></li><li><a epub:type="bodymatter" href="${chapterFile(parts[0]!.chapters[0]!.id)}">Start reading</a></li><li><a epub:type="glossary" href="${GLOSSARY_FILE}">Glossary</a></li></ol></nav>`;
  return xhtml('Contents', `${toc}${landmarks}`);
}

export function packageDocument(meta: BookMeta, chapters: readonly Chapter[]): string {
  const modified = `${meta.builtAt.slice(0, 19)}Z`;
  const items = chapters
    .map((chapter, index) => `<item id="c${index + 1}" href="${chapterFile(chapter.id)}" media-type="application/xhtml+xml"${chapter.svg ? ' properties="svg"' : ''}/>`)
    .join('\n    ');
  const spine = chapters.map((_, index) => `<itemref idref="c${index + 1}"/>`).join('\n    ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="en">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="book-id">${escape(meta.identifier)}</dc:identifier>
    <dc:title>${escape(meta.title)}</dc:title>
    <dc:language>en</dc:language>
    <dc:creator>Backend Guide contributors</dc:creator>
    <dc:date>${meta.builtAt.slice(0, 10)}</dc:date>
    <dc:description>${escape(`What back-end development is and how to get there: every article in the order of the learning path, and the glossary. ${versionLine(meta)}.`)}</dc:description>
    ${meta.onlineRoot ? `<dc:source>${escape(meta.onlineRoot)}</dc:source>` : ''}
    <meta property="dcterms:modified">${modified}</meta>
    <meta name="cover" content="cover-image"/>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>
    <item id="cover-image" href="cover.svg" media-type="image/svg+xml" properties="cover-image"/>
    <item id="style" href="style.css" media-type="text/css"/>
    <item id="glossary" href="${GLOSSARY_FILE}" media-type="application/xhtml+xml"/>
    ${items}
  </manifest>
  <spine>
    <itemref idref="cover" linear="yes"/>
    <itemref idref="nav" linear="yes"/>
    ${spine}
    <itemref idref="glossary"/>
  </spine>
</package>
`;
}

/**
 * The book's stylesheet: readable defaults that leave fonts and margins to the
 * reader's e-reader, and code colours for light and dark reading modes (the
 * site's code-colour classes: `l<hex>` light, `d<hex>` dark).
 */
export function styleSheet(codeClasses: ReadonlySet<string>): string {
  const light: string[] = [];
  const dark: string[] = [];
  for (const name of [...codeClasses].sort()) {
    if (name.startsWith('l')) light.push(`.${name}{color:#${name.slice(1)}}`);
    else dark.push(`.${name}{color:#${name.slice(1)}}`);
  }
  return `body{line-height:1.5}
h1{font-size:1.6em;line-height:1.2}
h2{font-size:1.3em;margin-top:1.6em}
h3{font-size:1.1em}
.lede{font-size:1.1em}
pre{white-space:pre-wrap;word-wrap:break-word;font-size:0.85em;padding:0.6em;border:1px solid #8888}
code{font-family:monospace}
table{border-collapse:collapse;width:100%;font-size:0.9em}
th,td{border:1px solid #8888;padding:0.25em 0.4em;text-align:left;vertical-align:top}
figure{margin:1em 0}
figure svg{max-width:100%;height:auto}
.tab-label{margin-top:1em}
dt{font-weight:bold;margin-top:1em}
.cover{text-align:center}
.cover img{max-width:100%;max-height:80vh}
/* Diagrams draw with these variables, as on the site. */
:root{--diagram-fill:#eef0ff;--diagram-accent:#3730a3;--diagram-muted:#5b6472;--color-ink:#171b22;--color-muted:#4a5262;--color-line:#d6dae1;--color-bg:#ffffff}
svg[aria-hidden="true"]{vertical-align:-0.15em}
.pay-ranges-key{list-style:none;padding-left:0}
${light.join('\n')}
@media (prefers-color-scheme: dark){
:root{--diagram-fill:#1d2233;--diagram-accent:#a5b4fc;--diagram-muted:#97a1ad;--color-ink:#e6e9ef;--color-muted:#a7afbd;--color-line:#343a47;--color-bg:#0e1117}
${dark.join('\n')}
}
`;
}
