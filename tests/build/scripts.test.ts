/**
 * No framework runtime, and each small script only on the pages that use it.
 * All scripts are inlined by Astro at this size; the test also follows any
 * external script file so a bundle cannot slip past it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { brotliCompressSync } from 'node:zlib';
import { builtPages, distDir } from './dist.ts';

/** The JavaScript a page runs: inline scripts and the files its script tags load. */
function scriptsOf(html: string): string {
  // JSON-LD is data, not code: it runs nothing and costs no script budget.
  const inline = [...html.matchAll(/<script(?![^>]*\b(?:src=|type="application\/ld\+json"))[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  const external = [...html.matchAll(/<script[^>]*\bsrc="(\/[^"]+)"/g)].map((match) => readFileSync(join(distDir, match[1]!), 'utf8'));
  return [...inline, ...external].join('\n');
}

const pages = builtPages().map((page) => ({ ...page, js: scriptsOf(page.html) }));

/** A behaviour, the markup that needs it, and a string only its script contains. */
const behaviours = [
  { name: 'tabs', usedBy: /<bg-tabs\b/, marker: 'bg-tabs' },
  { name: 'table of contents', usedBy: /<bg-toc\b/, marker: 'bg-toc' },
  { name: 'copy link', usedBy: /class="copy-link"/, marker: 'copy-link' },
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

  it('stay under 3 KB of JavaScript per page, brotli-compressed', () => {
    for (const page of pages) {
      const bytes = brotliCompressSync(page.js).length;
      assert.ok(bytes <= 3 * 1024, `${page.path} ships ${bytes} bytes of compressed JavaScript`);
    }
  });
});
