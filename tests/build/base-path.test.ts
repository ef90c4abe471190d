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

  it('names its sitemap in robots.txt; the sitemap lists the guide’s pages under the site and the base, not search or review', () => {
    assert.match(read('robots.txt'), new RegExp(`^Sitemap: ${siteUrl}/guide/sitemap-index\\.xml$`, 'm'));
    const urls = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    assert.ok(urls.includes(`${siteUrl}/guide/skills/apis/`));
    assert.ok(urls.includes(`${siteUrl}/guide/glossary/cors/`));
    assert.ok(urls.every((url) => url.startsWith(`${siteUrl}/guide/`)), 'a URL outside the site');
    assert.deepEqual(urls.filter((url) => /\/guide\/(search|review|404)\//.test(url)), []);
  });

  it('shares articles with Open Graph and Twitter tags: absolute URL and preview image', () => {
    const html = read('skills/apis/index.html');
    assert.match(html, /<meta property="og:type" content="article">/);
    assert.match(html, /<meta property="og:title" content="APIs: how back ends talk to the world">/);
    assert.match(html, /<meta property="og:description" content="[^"]{40,}">/);
    assert.match(html, new RegExp(`<meta property="og:url" content="${siteUrl}/guide/skills/apis/">`));
    assert.match(html, new RegExp(`<meta property="og:image" content="${siteUrl}/guide/og/skills/apis\\.png">`));
    assert.match(html, /<meta name="twitter:card" content="summary_large_image">/);
    assert.ok(existsSync(join(outDir, 'og/skills/apis.png')));
    assert.match(read('index.html'), new RegExp(`<meta property="og:image" content="${siteUrl}/guide/og/site\\.png">`));
    const data = /"@type":"Article"[^]*?"url":"([^"]+)"/.exec(html);
    assert.equal(data?.[1], `${siteUrl}/guide/skills/apis/`, 'Article data with an absolute URL');
  });

  it('writes a valid RSS 2.0 feed of every article, linked from every page, with absolute links', () => {
    const feed = read('feed.xml');
    assert.match(feed, /^<\?xml version="1\.0" encoding="UTF-8"\?><rss version="2\.0"/);
    const channel = /<channel>([\s\S]*)<\/channel>/.exec(feed)![1]!;
    for (const element of ['title', 'link', 'description']) assert.match(channel, new RegExp(`<${element}>[^<]+</${element}>`), `channel has no ${element}`);
    const items = [...channel.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((match) => match[1]!);
    const links = items.map((item) => /<link>([^<]+)<\/link>/.exec(item)?.[1] ?? '');
    const guids = items.map((item) => /<guid[^>]*>([^<]+)<\/guid>/.exec(item)?.[1] ?? '');
    const articles = pages().filter((page) => /^(roles|skills|tools|front-end-vs-back-end|careers)\/[^/]+\/index\.html$/.test(page));
    for (const page of articles) assert.ok(links.includes(`${siteUrl}/guide/${page.replace(/index\.html$/, '')}`), `the feed leaves out ${page}`);
    for (const item of items) {
      assert.match(item, /<title>[^<]+<\/title>/);
      assert.match(item, /<description>[^<]+<\/description>/);
      // RFC 822 dates, as RSS 2.0 requires.
      assert.match(item, /<pubDate>(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT<\/pubDate>/);
    }
    assert.ok(links.every((link) => link.startsWith(`${siteUrl}/guide/`)), 'a relative or foreign link');
    assert.equal(new Set(guids).size, guids.length, 'two items share a guid');
    assert.match(read('skills/apis/index.html'), /<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/guide\/feed\.xml">/);
  });

  it('describes the guide in llms.txt with every article as Markdown, each written beside its page with its address', () => {
    const llms = read('llms.txt');
    assert.match(llms, /^# Backend Guide\n\n> /);
    const links = [...llms.matchAll(/\]\((https:[^)]+\/index\.md)\)/g)].map((match) => match[1]!);
    const articles = pages().filter((page) => /^(roles|skills|tools|front-end-vs-back-end|careers)\/[^/]+\/index\.html$/.test(page));
    assert.equal(links.length, articles.length);
    for (const link of links) assert.ok(existsSync(join(outDir, link.slice(`${siteUrl}/guide/`.length))), `${link} was not written`);
    const markdown = read('skills/apis/index.md');
    assert.match(markdown, new RegExp(`^# APIs: how back ends talk to the world\n\n> .+\n\nSource: ${siteUrl}/guide/skills/apis/ \\(Backend Guide, updated \\d{4}-\\d{2}-\\d{2}\\)\n`));
    assert.match(markdown, new RegExp(`\\[API\\]\\(${siteUrl}/guide/glossary/api/\\)`), 'links inside the guide become absolute');
    assert.match(markdown, /\n\| Method \| Meaning \|/, 'tables stay tables');
    assert.match(markdown, /\n```http\n/, 'code keeps its language');
    assert.match(read('skills/apis/index.html'), /<link rel="alternate" type="text\/markdown" href="\/guide\/skills\/apis\/index\.md"/);
  });
});
