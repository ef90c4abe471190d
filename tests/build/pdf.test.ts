/**
 * The PDF edition (src/pdf/), rendered by the Chromium the browser tests use:
 * A4, tagged, with a bookmark outline, every article on pages of its own, and
 * links between articles as named destinations (`skills-apis--what-an-api-is`).
 * Without Chromium the build skips it, and then the Download page must not
 * offer it.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { countPages } from '../../src/pdf/edition.ts';
import { runningTitles, scopeIds } from '../../src/pdf/document.ts';
import { distDir } from './dist.ts';

const pdfFile = join(distDir, 'downloads', 'backend-guide.pdf');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const downloadPage = readFileSync(join(distDir, 'download', 'index.html'), 'utf8');

describe('the PDF edition', () => {
  it('is made when Chromium is there, and offered only then', () => {
    assert.equal(existsSync(pdfFile), existsSync(chromium), `Chromium ${existsSync(chromium) ? 'is' : 'is not'} at ${chromium}`);
    if (existsSync(pdfFile)) assert.match(downloadPage, /href="\/downloads\/backend-guide\.pdf"[\s\S]*<span data-pdf-size>[\d.]+ [KM]B, \d+ pages<\/span>/);
    else assert.doesNotMatch(downloadPage, /backend-guide\.pdf|data-pdf-offer/);
  });

  const pdf = existsSync(pdfFile) ? readFileSync(pdfFile).toString('latin1') : undefined;
  const skip = pdf ? false : 'no PDF in this build (no Chromium)';

  it('is A4 and tagged for assistive technology', { skip }, () => {
    assert.match(pdf!, /\/MediaBox \[0 0 594\.9\d* 841\.9\d*\]/);
    assert.match(pdf!, /\/MarkInfo <<\/Type \/MarkInfo\s*\/Marked true>>/);
    assert.match(pdf!, /\/StructTreeRoot \d+ 0 R/);
  });

  it('has a bookmark outline naming every article, and a page of its own for each', { skip }, () => {
    assert.match(pdf!, /\/Outlines \d+ 0 R/);
    const book = unzipSync(readFileSync(join(distDir, 'downloads', 'backend-guide.epub')));
    const titles = new Set([...pdf!.matchAll(/\/Title \(((?:[^()\\]|\\.)*)\)/g)].map((match) => match[1]!.replace(/\s+/g, '')));
    const chapters = Object.keys(book).filter((name) => /^EPUB\/(roles|skills|tools|front-end-vs-back-end|careers)-.*\.xhtml$/.test(name));
    for (const name of chapters) {
      const title = /<h1 id="title">([^<]*)<\/h1>/.exec(strFromU8(book[name]!))![1]!.replace(/&#x2019;/g, '’');
      // Titles in plain ASCII appear as literal strings; others are UTF-16 and are checked by the page count below.
      // Chromium drops the space where a long title wraps, so spaces are not compared.
      const squeezed = (text: string) => text.replace(/\s+/g, '');
      if (/^[\x20-\x7e]+$/.test(title)) assert.ok(titles.has(squeezed(title.replace(/[()\\]/g, (c) => `\\${c}`))), `no bookmark for ${title}`);
    }
    // Title page, contents, one page at least per article, the glossary.
    assert.ok(countPages(Buffer.from(pdf!, 'latin1')) >= chapters.length + 3);
  });

  it('links one article to another at a named destination', { skip }, () => {
    assert.match(pdf!, /\/Dest \/skills-apis--title/);
    assert.match(pdf!, /\/Dest \/[a-z-]+--[a-z0-9-]+/);
  });
});

describe('ids in the print document', () => {
  it('are scoped to their chapter, and links follow them', () => {
    const body = '<h2 id="key-takeaways">Takeaways</h2><a href="#key-takeaways">up</a><a href="skills-apis.xhtml#http-methods">m</a><a href="glossary.xhtml#cors">c</a><a href="careers-salary.xhtml">s</a><a href="https://example.org/#x">e</a><svg aria-labelledby="t d"><title id="t">T</title></svg>';
    assert.equal(
      scopeIds(body, 'roles-responsibilities'),
      '<h2 id="roles-responsibilities--key-takeaways">Takeaways</h2><a href="#roles-responsibilities--key-takeaways">up</a><a href="#skills-apis--http-methods">m</a><a href="#glossary--cors">c</a><a href="#careers-salary--title">s</a><a href="https://example.org/#x">e</a><svg aria-labelledby="roles-responsibilities--t roles-responsibilities--d"><title id="roles-responsibilities--t">T</title></svg>',
    );
  });
});

describe('running titles in the print document', () => {
  it('name each chapter in its pages’ top margin, escaped as a CSS string', () => {
    const css = runningTitles([{ page: 'page-skills-apis', title: 'APIs: "REST" \\ </style>' }]);
    assert.equal(
      css,
      '@page page-skills-apis { @top-right { content: "APIs: \\"REST\\" \\\\ \\3c /style>"; font: 8pt system-ui, sans-serif; color: #555; } }\n.page-skills-apis { page: page-skills-apis; }',
    );
    assert.doesNotMatch(css, /<\/style/);
  });
});
