/**
 * What's new (src/components/changes/): new and substantively updated
 * articles by date, newest first, in pages that stay light however large the
 * guide grows. (The feed of the same entries needs SITE_URL, so
 * tests/build/base-path.test.ts checks it.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtPages } from './dist.ts';

const pages = builtPages();
const whatsNew = pages.filter((page) => /^\/whats-new\/(page\/\d+\/)?$/.test(page.path)).sort((a, b) => a.path.length - b.path.length || a.path.localeCompare(b.path, 'en', { numeric: true }));
const entries = whatsNew.flatMap(({ html }) => [...html.matchAll(/<h2 id="day-(\d{4}-\d{2}-\d{2})"[\s\S]*?<\/ul>/g)].flatMap((day) => [...day[0].matchAll(/>(New|Updated)<\/span>\s*<a href="([^"]+)"/g)].map((entry) => ({ day: day[1]!, kind: entry[1]!, href: entry[2]! }))));
const articles = pages.filter((page) => /^\/(roles|skills|tools|front-end-vs-back-end|careers)\/[^/]+\/$/.test(page.path));

describe('What’s new', () => {
  it('lists every article as new once, on the day it was published', () => {
    const added = entries.filter((entry) => entry.kind === 'New');
    assert.deepEqual(added.map((entry) => entry.href).sort(), articles.map((page) => page.path).sort());
    for (const entry of added) {
      const published = /<meta property="article:published_time" content="([^"]+)"/.exec(pages.find((page) => page.path === entry.href)!.html)![1];
      assert.equal(entry.day, published, `${entry.href} listed on ${entry.day}, published ${published}`);
    }
  });

  it('lists updates with a link to the note on the article that says what changed', () => {
    const updates = entries.filter((entry) => entry.kind === 'Updated');
    assert.ok(updates.length > 0, 'no updates listed');
    for (const { href } of updates) {
      const [path, anchor] = href.split('#');
      assert.match(anchor!, /^changed-\d{4}-\d{2}-\d{2}$/);
      assert.match(pages.find((page) => page.path === path)!.html, new RegExp(`<li id="${anchor}">`), `${href} has no note on the article`);
    }
  });

  it('runs newest first across its pages, at most 25 entries a page, each page linking the others', () => {
    const days = entries.map((entry) => entry.day);
    assert.deepEqual(days, [...days].sort().reverse());
    assert.ok(whatsNew.length >= 2, 'one page: the paging is not exercised');
    for (const { path, html } of whatsNew) {
      assert.ok((html.match(/>(New|Updated)<\/span>/g) ?? []).length <= 25, `${path} lists more than 25`);
      for (const other of whatsNew) assert.ok(html.includes(`href="${other.path}"`), `${path} does not link ${other.path}`);
    }
  });

  it('is linked from every page’s footer', () => {
    assert.deepEqual(pages.filter((page) => !page.html.includes('href="/whats-new/"')).map((page) => page.path), []);
  });
});
