/** The build's host files (_headers, _redirects) read strictly, and the nginx snippets made from them (deploy/). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseHeaders, parseRedirects } from '../../deploy/host-rules.ts';
import { nginxSnippets, snippetNames } from '../../deploy/nginx/site-rules.ts';

const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; object-src 'none'";
const headersText = `# security headers for every page
/*
  Content-Security-Policy: ${csp}
  X-Content-Type-Options: nosniff

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;
const redirectsText = '# moved pages\n/sitemap.xml /sitemap-index.xml 301\n\n/old/  /new/   308\n/short /skills/apis/\n';

describe('_headers', () => {
  it('reads each path with its headers, values whole (colons and quotes inside), comments and blank lines skipped', () => {
    assert.deepEqual(parseHeaders(headersText), [
      { path: '/*', line: 2, headers: [
        { name: 'Content-Security-Policy', value: csp, line: 3 },
        { name: 'X-Content-Type-Options', value: 'nosniff', line: 4 },
      ] },
      { path: '/_astro/*', line: 6, headers: [{ name: 'Cache-Control', value: 'public, max-age=31536000, immutable', line: 7 }] },
    ]);
  });

  it('names the file and line of each kind of malformed line', () => {
    const cases: [string, RegExp][] = [
      ['  X-Frame-Options: DENY\n', /dist\/_headers:1: a header before any path/],
      ['/*\n  X-Frame-Options DENY\n', /dist\/_headers:2: "X-Frame-Options DENY" is not "Name: value"/],
      ['/*\n  X-Frame-Options:\n', /dist\/_headers:2: X-Frame-Options has no value/],
      ['/*\n  Bad Name: x\n', /dist\/_headers:2: "Bad Name" is not a valid header name/],
      ['/*\n  X-Test: a "quoted" value\n', /dist\/_headers:2: X-Test's value holds/],
      ['/*\n  X-Test: $host\n', /dist\/_headers:2: /],
      ['https://example.com/*\n  X-Test: 1\n', /dist\/_headers:1: "https:\/\/example.com\/\*" is not a path/],
      ['/blog/:slug\n  X-Test: 1\n', /dist\/_headers:1: /],
      ['/*\n  X-A: 1\n/*\n  X-B: 2\n', /dist\/_headers:3: \/\* has rules already/],
      ['/*\n  X-A: 1\n/_astro/*\n', /dist\/_headers:3: \/_astro\/\* has no headers below it/],
    ];
    for (const [text, error] of cases) assert.throws(() => parseHeaders(text, 'dist/_headers'), error, JSON.stringify(text));
  });
});

describe('_redirects', () => {
  it('reads from, to and status a line, 301 when the status is left out', () => {
    assert.deepEqual(parseRedirects(redirectsText), [
      { from: '/sitemap.xml', to: '/sitemap-index.xml', status: 301, line: 2 },
      { from: '/old/', to: '/new/', status: 308, line: 4 },
      { from: '/short', to: '/skills/apis/', status: 301, line: 5 },
    ]);
  });

  it('accepts an empty file and one of comments only', () => {
    assert.deepEqual(parseRedirects(''), []);
    assert.deepEqual(parseRedirects('# nothing has moved yet\n'), []);
  });

  it('names the file and line of each kind of malformed line', () => {
    const cases: [string, RegExp][] = [
      ['/only-one-field\n', /dist\/_redirects:1: expected "from to \[status\]", found 1 field/],
      ['/a /b 301 extra\n', /dist\/_redirects:1: expected .* found 4 field/],
      ['/blog/* /news/:splat 301\n', /dist\/_redirects:1: "\/blog\/\*" is not a plain path/],
      ['/a /b 200\n', /dist\/_redirects:1: status "200" is not a redirect/],
      ['/a /b 301!\n', /dist\/_redirects:1: status "301!"/],
      ['/a b 301\n', /dist\/_redirects:1: "b" is not a path/],
      ['/a /b;evil 301\n', /dist\/_redirects:1: "\/b;evil" is not a path/],
      ['\n/a /b\n/a /c\n', /dist\/_redirects:3: \/a is redirected already on line 2/],
    ];
    for (const [text, error] of cases) assert.throws(() => parseRedirects(text, 'dist/_redirects'), error, JSON.stringify(text));
  });
});

describe('nginx snippets', () => {
  const snippets = nginxSnippets(parseHeaders(headersText), parseRedirects(redirectsText));

  it('adds the /* headers with `always`, so error pages carry them too', () => {
    assert.match(snippets.headers, /#/);
    assert.ok(snippets.headers.endsWith(
      `add_header Content-Security-Policy "${csp}" always;\nadd_header X-Content-Type-Options "nosniff" always;\n`,
    ));
  });

  it('puts the /_astro/* headers in a snippet of their own, for the asset location', () => {
    assert.match(snippets.assetHeaders, /\nadd_header Cache-Control "public, max-age=31536000, immutable" always;\n$/);
    assert.doesNotMatch(snippets.headers, /Cache-Control/);
  });

  it('makes each redirect an exact-match location that keeps the headers', () => {
    assert.ok(snippets.redirects.includes(`location = /sitemap.xml {\n    include snippets/${snippetNames.headers};\n    return 301 /sitemap-index.xml;\n}\n`));
    assert.ok(snippets.redirects.includes('location = /old/ {\n'));
    assert.ok(snippets.redirects.includes('    return 308 /new/;\n'));
    assert.equal(snippets.redirects.match(/^location = /gm)?.length, 3);
  });

  it('gives an empty _redirects a snippet with no locations, and a missing /_astro/* rule a note instead of headers', () => {
    const bare = nginxSnippets(parseHeaders('/*\n  X-Frame-Options: DENY\n'), []);
    assert.doesNotMatch(bare.redirects, /location/);
    assert.doesNotMatch(bare.assetHeaders, /add_header/);
  });

  it('refuses rules it has no place for, naming the line', () => {
    const cases: [string, RegExp][] = [
      ['/guide/*\n  X-A: 1\n/guide/_astro/*\n  Cache-Control: immutable\n', /_headers:1: \/guide\/\*: the site was built under the base path \/guide\//],
      ['/*\n  X-A: 1\n/downloads/*\n  X-B: 2\n', /_headers:3: \/downloads\/\*: the nginx recipe has a place only for/],
      ['/*\n  X-A: 1\n  Cache-Control: no-store\n', /_headers:3: Cache-Control under \/\*/],
      ['/_astro/*\n  Cache-Control: immutable\n', /_headers:1: no \/\* rule/],
    ];
    for (const [text, error] of cases) assert.throws(() => nginxSnippets(parseHeaders(text), []), error, JSON.stringify(text));
  });
});

describe('site-rules.ts, the command', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [join(import.meta.dirname, '../../deploy/nginx/site-rules.ts'), ...args], { encoding: 'utf8' });

  it('writes the three snippets into a folder, and nothing when a rule is malformed', () => {
    const folder = mkdtempSync(join(tmpdir(), 'bg-site-rules-'));
    try {
      writeFileSync(join(folder, '_headers'), headersText);
      writeFileSync(join(folder, '_redirects'), redirectsText);
      const written = run(folder, folder);
      assert.equal(written.status, 0, written.stderr);
      assert.match(readFileSync(join(folder, snippetNames.headers), 'utf8'), /Content-Security-Policy/);
      assert.match(readFileSync(join(folder, snippetNames.redirects), 'utf8'), /location = \/short/);

      writeFileSync(join(folder, '_redirects'), '/fine /ok\n/broken\n');
      rmSync(join(folder, snippetNames.headers));
      const refused = run(folder, folder);
      assert.equal(refused.status, 1);
      assert.match(refused.stderr, /_redirects:2: expected "from to \[status\]"/);
      assert.throws(() => readFileSync(join(folder, snippetNames.headers)), /ENOENT/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('says to build first when dist/ has no _headers', () => {
    const folder = mkdtempSync(join(tmpdir(), 'bg-site-rules-'));
    try {
      const missing = run(folder);
      assert.equal(missing.status, 1);
      assert.match(missing.stderr, /_headers is missing: run `npm run build` first/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
