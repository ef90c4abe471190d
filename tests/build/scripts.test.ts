/**
 * No framework runtime, and each small script only on the pages that use it.
 * The test follows script files and their static imports, so a bundle cannot
 * slip past it; search's code loads on demand and is measured by bench:search.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { brotliCompressSync } from 'node:zlib';
import { reviewUrl, searchUrl } from '../../src/lib/urls.ts';
import { builtPages, distDir } from './dist.ts';

/**
 * The JavaScript a page runs before the reader does anything: inline scripts,
 * the files its script tags load, and every module those import statically.
 * Dynamic import() chunks (search) load on demand and are not counted.
 */
function scriptsOf(html: string): string {
  const inline = [...html.matchAll(/<script(?![^>]*\b(?:src=|type="(?:application\/ld\+json|speculationrules)"))[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  const seen = new Set<string>();
  const files: string[] = [];
  const follow = (code: string, from: string) => {
    for (const [, specifier] of code.matchAll(/\bimport\s*(?:[\w{},*\s$]+from\s*)?["']((?:\.{1,2})?\/[^"']+\.js)["']/g)) {
      const path = new URL(specifier!, `http://x${from}`).pathname;
      if (seen.has(path)) continue;
      seen.add(path);
      const text = readFileSync(join(distDir, path), 'utf8');
      files.push(text);
      follow(text, path);
    }
  };
  for (const code of inline) follow(code, '/');
  for (const [, src] of html.matchAll(/<script[^>]*\bsrc="(\/[^"]+)"/g)) follow(`import "${src}"`, '/');
  return [...inline, ...files].join('\n');
}

const pages = builtPages().map((page) => ({ ...page, js: scriptsOf(page.html) }));

/** A behaviour, the markup that needs it, and a string only its script contains. */
const behaviours = [
  { name: 'tabs', usedBy: /<bg-tabs\b/, marker: 'bg-tabs' },
  { name: 'table of contents', usedBy: /<bg-toc\b/, marker: 'bg-toc' },
  { name: 'copy link', usedBy: /class="copy-link[" ]/, marker: 'copy-link' },
  { name: 'copy code', usedBy: /<pre\b/, marker: 'code-copy' },
  { name: 'checklist', usedBy: /<input type="checkbox"/, marker: 'bg-checklist' },
  { name: 'theme switch', usedBy: /<bg-theme-switch\b/, marker: 'bg-theme-switch' },
];

describe('scripts', () => {
  it('ship no UI framework runtime or hydrated islands', () => {
    for (const page of pages) {
      assert.doesNotMatch(page.html, /<astro-island\b/, `${page.path} hydrates an island`);
      assert.doesNotMatch(page.js, /\b(react|preact|vue|svelte|solid-js)\b/i, `${page.path} ships a framework`);
    }
  });

  for (const { name, usedBy, marker } of behaviours) {
    it(`load the ${name} script exactly on the pages that use it`, () => {
      const users = pages.filter((page) => usedBy.test(page.html));
      for (const page of pages) {
        assert.equal(page.js.includes(marker), users.includes(page), `${page.path}: ${name} script ${users.includes(page) ? 'missing' : 'loaded but unused'}`);
      }
    });
  }

  it('stay under 5 KB of JavaScript per page before the reader opens search, brotli-compressed', () => {
    for (const page of pages.filter(({ path }) => path !== searchUrl && path !== reviewUrl)) {
      const bytes = brotliCompressSync(page.js).length;
      assert.ok(bytes <= 5 * 1024, `${page.path} ships ${bytes} bytes of compressed JavaScript`);
    }
  });

  it('keep the review page, whose purpose is the spaced-repetition scheduler (ts-fsrs), under 11 KB', () => {
    const page = pages.find(({ path }) => path === reviewUrl);
    assert.ok(page, `${reviewUrl} was not built`);
    const bytes = brotliCompressSync(page.js).length;
    assert.ok(bytes <= 11 * 1024, `${reviewUrl} ships ${bytes} bytes of compressed JavaScript`);
  });

  // The search page runs search at once: the panel, Pagefind's adapter, and what both editions add to an index (answers,
  // hints first, variants: src/search/core/refine.ts) load with it. 6 KB before issue 15's search work; suggestions stay lazy.
  it('keep the search page, where search runs at once, under 9 KB (Pagefind itself aside)', () => {
    const page = pages.find(({ path }) => path === searchUrl);
    assert.ok(page, `${searchUrl} was not built`);
    const bytes = brotliCompressSync(page.js).length;
    assert.ok(bytes <= 9 * 1024, `${searchUrl} ships ${bytes} bytes of compressed JavaScript`);
  });
});
