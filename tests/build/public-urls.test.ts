/**
 * Every public URL stays reachable. tests/urls.txt lists them all; a page that
 * disappears or moves must leave a redirect (Astro `redirects`), and a new page
 * must be added to the list, so the list stays the record of what we publish.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { publicUrls } from '../urls.ts';
import { builtPages, redirectTarget } from './dist.ts';


const pages = builtPages().filter((page) => page.path !== '/404.html');
const realPages = new Set(pages.filter((page) => !redirectTarget(page.html)).map((page) => page.path));
const redirects = new Map(pages.flatMap((page) => {
  const target = redirectTarget(page.html);
  return target ? [[page.path, target] as const] : [];
}));

describe('public URLs', () => {
  it('lists each URL once', () => {
    assert.deepEqual(publicUrls.filter((url, index) => publicUrls.indexOf(url) !== index), []);
  });

  it('serves every listed URL, as a page or a redirect to a page', () => {
    const missing = publicUrls.filter((url) => !realPages.has(url) && !realPages.has(redirects.get(url) ?? ''));
    assert.deepEqual(missing, [], 'these URLs no longer lead to a page: add a redirect in astro.config.mjs');
  });

  it('lists every page the site builds', () => {
    const unlisted = [...realPages].filter((url) => !publicUrls.includes(url));
    assert.deepEqual(unlisted, [], 'new pages: add them to tests/urls.txt');
  });
});
