/**
 * schema.org data beyond the FAQ (src/lib/structured-data.ts), checked the
 * way a validator would: the types and properties search engines require,
 * dates in ISO form that match the page, and every URL leading to a page (or
 * image) the build wrote. (The build under test has no SITE_URL, so URLs are
 * root-relative; tests/build/base-path.test.ts checks them absolute.)
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { builtPages, distDir } from './dist.ts';

const pages = builtPages();
const paths = new Set(pages.map((page) => page.path));
const blocks = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!) as Record<string, any>);
const graph = (html: string) => blocks(html).flatMap((block) => (block['@graph'] as Record<string, any>[] | undefined) ?? [block]);
const isArticle = (path: string) => /^\/(roles|skills|tools|front-end-vs-back-end|careers)\/[^/]+\/$/.test(path);
const leadsSomewhere = (url: string) => paths.has(url.split('#')[0]!) || existsSync(join(distDir, url));
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

describe('structured data', () => {
  const articles = pages.filter((page) => isArticle(page.path));

  it('every article is an Article with its headline, dates, section, image, author and publisher', () => {
    assert.ok(articles.length >= 40);
    for (const { path, html } of articles) {
      const data = graph(html).find((node) => node['@type'] === 'Article');
      assert.ok(data, `${path}: no Article`);
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!.replace(/<[^>]+>/g, '').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').trim();
      assert.equal(data.headline, h1, `${path}: headline`);
      assert.equal(data.url, path);
      assert.match(data.datePublished, isoDay);
      assert.match(data.dateModified, isoDay);
      assert.ok(data.dateModified >= data.datePublished, `${path}: modified before published`);
      assert.equal(data.datePublished, /<meta property="article:published_time" content="([^"]+)"/.exec(html)?.[1], `${path}: datePublished differs from the page's`);
      assert.ok(typeof data.articleSection === 'string' && data.articleSection.length > 0);
      assert.equal(data.author['@type'], 'Organization');
      assert.equal(data.publisher.name, 'Backend Guide');
      assert.ok(leadsSomewhere(data.image), `${path}: image ${data.image} was not built`);
    }
  });

  it('every article has a breadcrumb trail, numbered from 1, whose every step is a page', () => {
    for (const { path, html } of articles) {
      const trail = graph(html).find((node) => node['@type'] === 'BreadcrumbList');
      assert.ok(trail, `${path}: no BreadcrumbList`);
      const items = trail.itemListElement as Record<string, any>[];
      assert.deepEqual(items.map((item) => item.position), items.map((_, index) => index + 1));
      assert.ok(items.every((item) => item['@type'] === 'ListItem' && typeof item.name === 'string' && leadsSomewhere(item.item)), `${path}: a step leads nowhere`);
      assert.equal(items.at(-1)!.item, path);
      assert.equal(items[0]!.item, '/');
    }
  });

  it('the glossary is a DefinedTermSet naming every term page, and each term page is a DefinedTerm in it', () => {
    const [set] = graph(pages.find((page) => page.path === '/glossary/')!.html);
    assert.equal(set!['@type'], 'DefinedTermSet');
    const termPages = pages.filter((page) => /^\/glossary\/[^/]+\/$/.test(page.path));
    assert.deepEqual((set!.hasDefinedTerm as { url: string }[]).map((term) => term.url).sort(), termPages.map((page) => page.path).sort());
    for (const { path, html } of termPages) {
      const term = graph(html).find((node) => node['@type'] === 'DefinedTerm');
      assert.ok(term && term.url === path && term.inDefinedTermSet === set!['@id'], `${path}: no DefinedTerm in the glossary's set`);
      assert.ok(typeof term.description === 'string' && term.description.length > 20, `${path}: no definition`);
      assert.ok(graph(html).some((node) => node['@type'] === 'BreadcrumbList'), `${path}: no breadcrumb trail`);
    }
  });
});
