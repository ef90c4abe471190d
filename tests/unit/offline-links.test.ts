import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { offlineHref, rootPrefix } from '../../src/offline/links.ts';

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
