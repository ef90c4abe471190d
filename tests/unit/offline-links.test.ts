import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { load } from 'cheerio';
import { offlineHref, rootPrefix } from '../../src/offline/links.ts';
import { offlinePage } from '../../src/offline/page.ts';

describe('offline link rewriting', () => {
  it('turns site paths into relative paths to index.html at every depth', () => {
    assert.equal(offlineHref('/skills/apis/', 'index.html'), 'skills/apis/index.html');
    assert.equal(offlineHref('/skills/apis/', 'skills/index.html'), 'apis/index.html');
    assert.equal(offlineHref('/skills/apis/', 'skills/apis/index.html'), 'index.html');
    assert.equal(offlineHref('/tools/web-servers/', 'skills/apis/index.html'), '../../tools/web-servers/index.html');
    assert.equal(offlineHref('/', 'skills/apis/index.html'), '../../index.html');
    assert.equal(offlineHref('/a-z/', '404.html'), 'a-z/index.html');
    assert.equal(offlineHref('/skills/apis', 'index.html'), 'skills/apis/index.html');
  });

  it('keeps anchors and query strings', () => {
    assert.equal(offlineHref('/glossary/#cors', 'skills/apis/index.html'), '../../glossary/index.html#cors');
    assert.equal(offlineHref('#rest', 'skills/apis/index.html'), '#rest');
    assert.equal(offlineHref('/search/?q=a+b&section=Skills', 'tools/index.html'), '../search/index.html?q=a+b&section=Skills');
    assert.equal(offlineHref('?q=x#top', 'search/index.html'), 'index.html?q=x#top');
  });

  it('resolves relative links and leaves files with an extension as files', () => {
    assert.equal(offlineHref('../web-servers/', 'tools/frameworks/index.html'), '../web-servers/index.html');
    assert.equal(offlineHref('/favicon.svg', 'skills/apis/index.html'), '../../favicon.svg');
    assert.equal(offlineHref('/_astro/diagram.svg', 'index.html'), '_astro/diagram.svg');
  });

  it('leaves external links and other schemes untouched', () => {
    for (const href of ['https://developer.mozilla.org/en-US/docs/Web/HTTP', 'http://example.com/a/', '//cdn.example/x.js', 'mailto:team@example.com', 'data:image/svg+xml,<svg/>', '']) {
      assert.equal(offlineHref(href, 'skills/apis/index.html'), href);
    }
  });

  it('gives the way back to the root', () => {
    assert.equal(rootPrefix('index.html'), './');
    assert.equal(rootPrefix('skills/index.html'), '../');
    assert.equal(rootPrefix('skills/apis/index.html'), '../../');
  });
});

describe('an offline page', () => {
  const built = '<!doctype html><html><head><link rel="canonical" href="https://guide.example/skills/apis/"><script type="module" src="/_astro/a.js"></script><script type="speculationrules">{}</script></head><body><a class="skip-link" href="#main">Skip</a><a href="/glossary/cors/">CORS</a><a href="/downloads/backend-guide-offline.zip">zip</a><div data-download-offer>Download</div><section data-download-offer>The PDF</section></body></html>';
  const context = { file: 'skills/apis/index.html', base: '/', builtOn: 'December 2, 2026', builtIso: '2026-12-02' };

  it('says it is offline and, when the build knows the address, links the same page online', () => {
    const html = offlinePage(load(built), { ...context, onlineRoot: 'https://guide.example/' });
    assert.match(html, /<p class="offline-note" role="note">Offline edition, built <time datetime="2026-12-02">December 2, 2026<\/time>\. <a href="https:\/\/guide\.example\/skills\/apis\/">This page online<\/a><\/p>/);
    assert.match(html, /href="https:\/\/guide\.example\/download\/">zip/);
    // One sentence in place of every offer (zip, EPUB, PDF), none of which is inside the zip.
    assert.equal(html.match(/online download page/g)?.length, 1);
    assert.doesNotMatch(html, /The PDF/);
  });

  it('invents no address when the build has none: no online link, and the zip link goes nowhere', () => {
    const html = offlinePage(load(built), context);
    assert.match(html, /Offline edition, built <time datetime="2026-12-02">December 2, 2026<\/time>\.<\/p>/);
    assert.doesNotMatch(html, /https?:\/\/(?!guide\.example)/);
    assert.match(html, /<a>zip<\/a>/);
    assert.match(html, /Ask whoever gave it to you/);
  });

  it('drops module scripts, prefetch rules and the canonical link, and adds the one classic script', () => {
    const html = offlinePage(load(built), context);
    assert.doesNotMatch(html, /type="module"|speculationrules|rel="canonical"/);
    assert.match(html, /<script src="\.\.\/\.\.\/offline\/site\.js"><\/script>/);
    assert.match(html, /href="\.\.\/\.\.\/glossary\/cors\/index\.html"/);
  });
});
