/** The link check over parsed pages: what resolves, what does not, and which source to blame. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileToSitePath, parseHtml, type BuiltPage } from '../../src/integrations/built-site.ts';
import { LinkChecker, sourceOfPage } from '../../src/integrations/link-check.ts';

const page = (file: string, body: string): BuiltPage => {
  const html = `<!doctype html><html><head><link rel="icon" href="/favicon.svg"></head><body>${body}</body></html>`;
  return { file, path: fileToSitePath(file), html, $: parseHtml(html) };
};

function problems(pages: BuiltPage[], base = '/', extraFiles: string[] = ['favicon.svg']): string[] {
  const checker = new LinkChecker(base, 'content');
  for (const built of pages) checker.page(built);
  return checker.problems([...pages.map((built) => built.file), ...extraFiles]);
}

describe('link check', () => {
  it('maps a page to the source an author edits', () => {
    assert.equal(sourceOfPage('/roles/what-is-back-end-development/', 'content'), 'content/articles/roles/what-is-back-end-development.mdx');
    assert.equal(sourceOfPage('/glossary/', 'content'), 'content/glossary/*.mdx');
    assert.equal(sourceOfPage('/a-z/', 'content'), 'src/pages (page /a-z/)');
    assert.equal(sourceOfPage('/', 'fixtures/bad'), 'src/pages (page /)');
  });

  const home = page('index.html', '<a href="/roles/a/">A</a> <a href="/glossary/#api">API</a>');
  const glossary = page('glossary/index.html', '<dt id="api">API</dt><a href="/">Home</a>');

  it('accepts links, anchors, relative links and assets that resolve', () => {
    const article = page('roles/a/index.html', '<h2 id="x">X</h2><a href="#x">here</a> <a href="../../glossary/#api">rel</a> <img src="/favicon.svg" alt=""> <a href="https://example.com/nope">ext</a>');
    assert.deepEqual(problems([home, glossary, article]), []);
  });

  it('names the file, the target and the reason for a missing page, anchor or asset', () => {
    const article = page('roles/a/index.html', '<a href="/nope/">x</a> <a href="/glossary/#nope">y</a> <img src="/missing.svg" alt=""> <a href="/glossary">z</a>');
    assert.deepEqual(problems([home, glossary, article]), [
      'content/articles/roles/a.mdx: link to /glossary does not resolve (the page is /glossary/, with a trailing slash; on /roles/a/)',
      'content/articles/roles/a.mdx: link to /glossary/#nope does not resolve (the page has no element with id="nope"; on /roles/a/)',
      'content/articles/roles/a.mdx: link to /missing.svg does not resolve (no such page or file; on /roles/a/)',
      'content/articles/roles/a.mdx: link to /nope/ does not resolve (no such page or file; on /roles/a/)',
    ]);
  });

  it('reports pages no other page links to', () => {
    const orphan = page('roles/b/index.html', '<a href="/">Home</a>');
    assert.deepEqual(problems([home, glossary, page('roles/a/index.html', ''), orphan]), ['content/articles/roles/b.mdx: page /roles/b/ is not linked from any other page']);
  });

  it('under a base path, resolves links that carry it and reports links that leave it', () => {
    const based = (file: string, body: string) => page(file, body.replaceAll('href="/', 'href="/guide/'));
    const pages = [
      based('index.html', '<a href="/roles/a/">A</a> <a href="/glossary/#api">API</a>'),
      based('glossary/index.html', '<dt id="api">API</dt><a href="/">Home</a>'),
      page('roles/a/index.html', '<a href="/glossary/">outside</a> <a href="/guide/">home</a>'),
    ];
    assert.deepEqual(problems(pages, '/guide/', []), [
      'content/articles/roles/a.mdx: link to /glossary/ does not resolve (it is outside the base path /guide/; on /roles/a/)',
      'src/pages (page /): link to /favicon.svg does not resolve (it is outside the base path /guide/; on /)',
      'content/glossary/*.mdx: link to /favicon.svg does not resolve (it is outside the base path /guide/; on /glossary/)',
      'content/articles/roles/a.mdx: link to /favicon.svg does not resolve (it is outside the base path /guide/; on /roles/a/)',
    ].sort());
  });
});
