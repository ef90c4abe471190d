import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LinkState } from 'linkinator';
import { describeBrokenLink, sitePath, sourceOfPage } from '../../src/lib/link-check.ts';

describe('link check messages', () => {
  it('maps a page to the source an author edits', () => {
    assert.equal(sourceOfPage('/roles/what-is-back-end-development/', 'content'), 'content/articles/roles/what-is-back-end-development.mdx');
    assert.equal(sourceOfPage('/glossary/', 'content'), 'content/glossary/*.mdx');
    assert.equal(sourceOfPage('/a-z/', 'content'), 'src/pages (page /a-z/)');
    assert.equal(sourceOfPage('/', 'fixtures/bad'), 'src/pages (page /)');
  });

  it('turns linkinator results back into site paths', () => {
    assert.equal(sitePath('dist/roles/', 'dist'), '/roles/');
    assert.equal(sitePath('dist', 'dist'), '/');
    assert.equal(sitePath('http://127.0.0.1:4000/glossary/#api', 'dist'), '/glossary/#api');
    assert.equal(sitePath('https://example.org/x', 'dist'), 'https://example.org/x');
  });

  it('says which file links where, and why it fails', () => {
    const missingPage = describeBrokenLink({ url: 'dist/nope/', parent: 'dist/roles/a/', status: 404, state: LinkState.BROKEN }, 'dist', 'content');
    assert.equal(missingPage, 'content/articles/roles/a.mdx: link to /nope/ does not resolve (HTTP 404; on /roles/a/)');
    const missingAnchor = describeBrokenLink({ url: 'dist/glossary/#nope', parent: 'dist/roles/a/', status: 200, state: LinkState.BROKEN }, 'dist', 'content');
    assert.match(missingAnchor, /link to \/glossary\/#nope does not resolve \(the page has no element with id="nope"/);
  });
});
