/**
 * The EPUB edition (src/epub/): EPUBCheck, the reference validator, finds no
 * error or warning in it (Debian's `epubcheck` package, which .ci/run
 * installs); it holds every article of the learning path in the path's order
 * and the whole glossary; links between articles, to glossary terms and to
 * #sections point inside the book; code is coloured for light and dark
 * reading; and the Download page offers it with its size.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, openSync, readFileSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { load } from 'cheerio';
import { strFromU8, unzipSync } from 'fflate';
import { distDir } from './dist.ts';

const epubFile = join(distDir, 'downloads', 'backend-guide.epub');
const EPUBCHECK = process.env.EPUBCHECK_PATH ?? '/usr/bin/epubcheck';

/** Debian installs EPUBCheck either as a launcher script or as the runnable jar itself. */
function runEpubcheck(file: string): { status: number | null; output: string } {
  if (!existsSync(EPUBCHECK)) throw new Error(`No EPUBCheck at ${EPUBCHECK}: install it (apt-get install -y epubcheck) or set EPUBCHECK_PATH.`);
  const head = Buffer.alloc(2);
  const fd = openSync(EPUBCHECK, 'r');
  readSync(fd, head, 0, 2, 0);
  closeSync(fd);
  const [command, args] = head.toString('latin1') === 'PK' ? ['java', ['-jar', EPUBCHECK, file]] : [EPUBCHECK, [file]];
  const run = spawnSync(command, args, { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const book = unzipSync(readFileSync(epubFile));
const text = (name: string) => strFromU8(book[name] ?? assert.fail(`the book has no ${name}`));
const xml = (name: string) => load(text(name), { xml: true });

describe('the EPUB edition', () => {
  it('passes EPUBCheck with no errors and no warnings', () => {
    const { status, output } = runEpubcheck(epubFile);
    assert.match(output, /Messages: 0 fatals \/ 0 errors \/ 0 warnings/, output);
    assert.equal(status, 0, output);
  });

  it('starts with an uncompressed mimetype, as readers expect', () => {
    const bytes = readFileSync(epubFile);
    assert.equal(bytes.subarray(30, 38).toString('latin1'), 'mimetype');
    assert.equal(bytes.readUInt16LE(8), 0, 'the mimetype entry is compressed');
    assert.equal(bytes.subarray(38, 58).toString('latin1'), 'application/epub+zip');
  });

  it('holds every article of the learning path in its order, then the glossary with every term', () => {
    const path = load(readFileSync(join(distDir, 'path', 'index.html'), 'utf8'));
    const pathIds = JSON.parse(path('[data-progress-of]').first().attr('data-progress-of')!) as string[];
    const opf = xml('EPUB/package.opf');
    const manifest = new Map(opf('manifest item').toArray().map((item) => [opf(item).attr('id')!, opf(item).attr('href')!]));
    const spine = opf('spine itemref').toArray().map((ref) => manifest.get(opf(ref).attr('idref')!)!);
    const chapters = spine.filter((href) => !['cover.xhtml', 'nav.xhtml', 'glossary.xhtml'].includes(href));
    assert.deepEqual(chapters.slice(0, pathIds.length), pathIds.map((id) => `${id.replace('/', '-')}.xhtml`));
    assert.equal(spine.at(-1), 'glossary.xhtml');
    const terms = readFileSync(join(distDir, 'glossary', 'index.html'), 'utf8').match(/<dt id="/g)!.length;
    assert.equal(xml('EPUB/glossary.xhtml')('dt').length, terms);
  });

  it('keeps links inside the book: to another article\'s section and to a glossary term', () => {
    const apis = xml('EPUB/skills-apis.xhtml');
    const hrefs = apis('a[href]').toArray().map((link) => apis(link).attr('href')!);
    const internal = hrefs.filter((href) => !/^(https?:|mailto:)/.test(href));
    assert.ok(internal.some((href) => href.startsWith('glossary.xhtml#')), 'no link to a glossary term');
    assert.ok(internal.some((href) => /^[a-z-]+\.xhtml#[a-z0-9-]+$/.test(href) && !href.startsWith('glossary')), 'no link to another article\'s section');
    for (const href of internal) {
      const [file, fragment] = href.split('#');
      const target = file ? xml(`EPUB/${file}`) : apis;
      if (fragment) assert.equal(target(`[id="${fragment}"]`).length, 1, `${href} does not resolve`);
    }
    assert.ok(!hrefs.some((href) => href.startsWith('/')), 'a site path was left in the book');
  });

  it('names itself: title, language, date, version and commit', () => {
    const opf = text('EPUB/package.opf');
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    assert.match(opf, /<dc:title>Backend Guide<\/dc:title>/);
    assert.match(opf, /<dc:language>en<\/dc:language>/);
    assert.match(opf, /<meta property="dcterms:modified">\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/meta>/);
    assert.ok(opf.includes(`Version ${version}`), 'no version in the metadata');
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    assert.ok(opf.includes(`commit ${commit}`), `no commit ${commit} in the metadata`);
  });

  it('colours code for light and for dark reading modes, and draws diagrams as SVG', () => {
    const css = text('EPUB/style.css');
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)');
    assert.match(light!, /\.l[0-9a-f]{6}\{color:#[0-9a-f]{6}\}/);
    assert.match(dark!, /\.d[0-9a-f]{6}\{color:#[0-9a-f]{6}\}/);
    const withDiagram = Object.keys(book).find((name) => name.endsWith('.xhtml') && text(name).includes('<svg'));
    assert.ok(withDiagram, 'no chapter holds a diagram');
    assert.match(text(withDiagram), /<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('keeps the colours of diagrams and charts, and sizes icons to the text', () => {
    const chapters = Object.keys(book).filter((name) => name.endsWith('.xhtml'));
    const salary = text('EPUB/careers-salary.xhtml');
    // Without its style attributes every bar of the pay chart, and every diagram shape, would draw solid black.
    assert.match(salary, /<rect[^>]*style="fill: var\(--diagram-fill\)/);
    assert.match(text('EPUB/style.css'), /--color-ink:#[0-9a-f]{6}/);
    let icons = 0;
    for (const name of chapters) {
      for (const [svg] of text(name).matchAll(/<svg[^>]*aria-hidden="true"[^>]*>/g)) {
        icons += 1;
        assert.match(svg, /height="1em"/, `${name}: ${svg} has no size, so it fills the page`);
        assert.match(svg, /width="[\d.]+em"/, `${name}: ${svg} has no width`);
      }
    }
    assert.ok(icons > 0, 'no icons to check');
  });

  it('is offered on the Download page with its size', () => {
    const page = readFileSync(join(distDir, 'download', 'index.html'), 'utf8');
    assert.match(page, /href="\/downloads\/backend-guide\.epub"/);
    assert.match(page, /<span data-epub-size>\d+ KB<\/span>|<span data-epub-size>[\d.]+ MB<\/span>/);
  });
});
