/**
 * Deploying under a sub-path: `astro build --base /guide/` with SITE_URL set
 * must give a site whose every internal link, asset, favicon, search bundle
 * and offline edition resolves under /guide/. The build's own link check
 * fails on any link that leaves the base or does not resolve; this test
 * builds the real content that way and checks what the check cannot see
 * (script bundles, prefetch rules, canonical links, the offline copy).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { unzipSync, strFromU8 } from 'fflate';

const root = join(import.meta.dirname, '..', '..');
const work = join(root, 'node_modules/.cache/bg-base-path');
const outDir = join(work, 'dist');
const siteUrl = 'https://guide.example.org';
let output = '';
let code: number | null = null;

before(async () => {
  await rm(work, { recursive: true, force: true });
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--base', '/guide/'], {
    cwd: root,
    // BG_PDF=0: the PDF needs no base path, and rendering it again would only cost the suite time.
    env: { ...process.env, SITE_URL: siteUrl, BG_OUT_DIR: outDir, BG_CACHE_DIR: join(work, 'cache'), BG_PDF: '0', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  code = await new Promise((resolve) => child.on('close', resolve));
});
after(() => rm(work, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
const pages = () => readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'));

describe('a build under the base path /guide/', () => {
  it('succeeds, so every internal link and #anchor resolved under /guide/', () => {
    assert.equal(code, 0, output.slice(-3000));
    assert.match(output, /every internal link and #fragment resolves/);
  });

  it('writes only root-relative URLs that carry the base', () => {
    for (const page of pages()) {
      for (const [, url] of read(page).matchAll(/\s(?:href|src)="(\/[^"]*)"/g)) {
        assert.ok(url!.startsWith('/guide/'), `${page} links ${url}`);
      }
    }
  });

  it('gives the favicon, prefetch rules and canonical links the base and the site', () => {
    const html = read('skills/apis/index.html');
    assert.match(html, /<link rel="icon" href="\/guide\/favicon\.svg"/);
    assert.match(html, /"href_matches":"\/guide\/\*"/);
    assert.match(html, new RegExp(`<link rel="canonical" href="${siteUrl}/guide/skills/apis/"`));
  });

  it('loads Pagefind and its highlight script from /guide/pagefind/', async () => {
    assert.ok(existsSync(join(outDir, 'pagefind/pagefind.js')));
    assert.ok(existsSync(join(outDir, 'pagefind/pagefind-highlight.js')));
    const scripts = readdirSync(join(outDir, '_astro')).filter((name) => name.endsWith('.js'));
    // One module names /pagefind/, and only through the base (src/lib/urls.ts); every loader imports it from there.
    const naming = scripts.filter((name) => read(`_astro/${name}`).includes('/pagefind/'));
    assert.equal(naming.length, 1, `scripts naming /pagefind/: ${naming.join(', ')}`);
    const urls = (await import(pathToFileURL(join(outDir, '_astro', naming[0]!)).href)) as Record<string, unknown>;
    assert.ok(Object.values(urls).includes('/guide/pagefind/'), `the module exports ${JSON.stringify(urls)}`);
  });

  it('links the offline edition under the base, and its pages link each other relatively and each page online', () => {
    assert.match(read('download/index.html'), /href="\/guide\/downloads\/backend-guide-offline\.zip"/);
    const zip = unzipSync(readFileSync(join(outDir, 'downloads/backend-guide-offline.zip')));
    const page = strFromU8(zip['backend-guide/skills/apis/index.html']!);
    assert.doesNotMatch(page, /\s(?:href|src)="\/(?!\/)/, 'an offline page keeps a root-relative link');
    assert.match(page, /href="\.\.\/\.\.\/glossary\/[a-z0-9-]+\/index\.html"/);
    assert.match(page, new RegExp(`href="${siteUrl}/guide/skills/apis/">This page online`));
  });
});
