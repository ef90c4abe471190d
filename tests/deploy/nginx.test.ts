/**
 * The nginx recipe serving the real build: Debian's nginx runs as this user
 * on a free loopback port with deploy/nginx/backend-guide.conf (its listen
 * and root pointed here), and the snippets `node deploy/nginx/site-rules.ts`
 * writes from dist/_headers and dist/_redirects, laid out as in /etc/nginx/.
 * Then a smoke suite: clean URLs, redirects, the 404 page, caching, gzip,
 * security headers, search in Chromium under the CSP, and the offline zip.
 * Needs `npm run build` first, nginx (NGINX_PATH) and Chromium (CHROMIUM_PATH).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import yaml from 'js-yaml';
import { chromium } from 'playwright-core';
import { parseHeaders, parseRedirects } from '../../deploy/host-rules.ts';

const projectDir = join(import.meta.dirname, '..', '..');
const distDir = join(projectDir, 'dist');
const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const article = '/skills/apis/';
const missingPage = '/this-page-does-not-exist/';

let work = '';
let nginx: ChildProcess | undefined;
let origin = '';

/** A raw response: no redirect followed, no body decompressed. */
interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${origin}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const distFile = (path: string) => readFileSync(join(distDir, path));
const everyPageHeaders = () => parseHeaders(readFileSync(join(distDir, '_headers'), 'utf8'), 'dist/_headers').find((rule) => rule.path === '/*')!.headers;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The shipped server block with only its listen and root changed, so what is
 * tested is what a team installs. Fails loudly if the conf stops having them.
 */
function localServerConf(conf: string, port: number): string {
  const listens = conf.match(/^[ \t]*listen\s[^;]*;\n/gm) ?? [];
  const roots = conf.match(/^[ \t]*root\s[^;]*;$/gm) ?? [];
  if (listens.length === 0 || roots.length !== 1) throw new Error('deploy/nginx/backend-guide.conf needs its listen lines and one root line, which this test points at a local port and dist/.');
  let local = conf.replace(listens[0]!, `    listen 127.0.0.1:${port};\n`);
  for (const other of listens.slice(1)) local = local.replace(other, '');
  return local.replace(roots[0]!, `    root "${distDir}";`);
}

/** The mime.types nginx was built to read, next to its own nginx.conf. */
function mimeTypesFile(): string {
  // nginx -V prints its build options on stderr.
  const { stdout, stderr } = spawnSync(nginxPath, ['-V'], { encoding: 'utf8' });
  const version = `${stdout}${stderr}`;
  const confPath = /--conf-path=(\S+)/.exec(version)?.[1] ?? '/etc/nginx/nginx.conf';
  const file = join(dirname(confPath), 'mime.types');
  if (!existsSync(file)) throw new Error(`No ${file}: nginx's mime.types is needed so files get their content types.`);
  return file;
}

async function untilAnswering(errorLog: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (nginx?.exitCode !== null) throw new Error(`nginx exited (${nginx?.exitCode}):\n${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`);
    try {
      await get('/');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`nginx did not answer at ${origin} within 10 s: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

before(async () => {
  if (!existsSync(nginxPath)) throw new Error(`No nginx at ${nginxPath}. Install Debian's (apt-get install -y nginx) or set NGINX_PATH to an nginx binary.`);
  if (!existsSync(join(distDir, '_headers'))) throw new Error('dist/_headers is missing: run `npm run build` first (the build writes the host files the nginx snippets come from).');

  work = mkdtempSync(join(tmpdir(), 'bg-nginx-'));
  for (const folder of ['snippets', 'sites-enabled', 'temp']) mkdirSync(join(work, folder));
  // The command a team runs after each build.
  execFileSync(process.execPath, [join(projectDir, 'deploy/nginx/site-rules.ts'), distDir, join(work, 'snippets')], { stdio: 'pipe' });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  writeFileSync(join(work, 'sites-enabled/backend-guide.conf'), localServerConf(readFileSync(join(projectDir, 'deploy/nginx/backend-guide.conf'), 'utf8'), port));
  // Relative paths: pid, logs and temp files under the prefix (-p), includes beside this file, as in /etc/nginx/.
  writeFileSync(
    join(work, 'nginx.conf'),
    `worker_processes 1;
pid nginx.pid;
error_log error.log warn;
events { worker_connections 256; }
http {
    include ${mimeTypesFile()};
    default_type application/octet-stream;
    access_log access.log;
    client_body_temp_path temp/client_body;
    proxy_temp_path temp/proxy;
    fastcgi_temp_path temp/fastcgi;
    uwsgi_temp_path temp/uwsgi;
    scgi_temp_path temp/scgi;
    include sites-enabled/*.conf;
}
`,
  );
  const errorLog = join(work, 'error.log');
  nginx = spawn(nginxPath, ['-p', `${work}/`, '-e', errorLog, '-c', join(work, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  await untilAnswering(errorLog);
});

after(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx!.once('exit', resolve));
    nginx.kill('SIGTERM');
    await exited;
  }
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('nginx serving dist/ with deploy/nginx/backend-guide.conf', () => {
  it('serves the home page and an article at their slash URLs', async () => {
    for (const [path, file] of [['/', 'index.html'], [article, 'skills/apis/index.html']] as const) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      assert.match(String(response.headers['content-type']), /^text\/html/, path);
      assert.ok(response.body.equals(distFile(file)), `${path} is not dist/${file}`);
    }
    const h1 = /<h1[^>]*>[\s\S]*?<\/h1>/.exec(distFile('skills/apis/index.html').toString())?.[0];
    assert.ok(h1, 'dist/skills/apis/index.html has an <h1>');
    assert.ok((await get(article)).body.toString().includes(h1));
  });

  it('redirects a page URL without its slash to the slash form', async () => {
    const response = await get('/skills/apis');
    assert.equal(response.status, 301);
    assert.equal(response.headers.location, article);
  });

  it('resolves the links from the home page to the sections', async () => {
    const sections = Object.keys(yaml.load(readFileSync(join(projectDir, 'content/sections.yaml'), 'utf8')) as object);
    const home = (await get('/')).body.toString();
    const linked = sections.filter((section) => home.includes(`href="/${section}/"`));
    assert.ok(linked.length > 0, `the home page links none of the sections ${sections.join(', ')}`);
    for (const section of linked) {
      const response = await get(`/${section}/`);
      assert.equal(response.status, 200, `/${section}/`);
      assert.match(response.body.toString(), /<h1/);
    }
  });

  it('answers each redirect in dist/_redirects with its status and Location', async (t) => {
    const redirects = parseRedirects(readFileSync(join(distDir, '_redirects'), 'utf8'), 'dist/_redirects');
    if (redirects.length === 0) return t.skip('dist/_redirects has no rules');
    for (const { from, to, status } of redirects) {
      const response = await get(from);
      assert.equal(response.status, status, from);
      assert.equal(response.headers.location, to, from);
    }
  });

  it('answers an unknown path with the site 404 page and status 404', async () => {
    const response = await get(missingPage);
    assert.equal(response.status, 404);
    assert.match(String(response.headers['content-type']), /^text\/html/);
    assert.ok(response.body.equals(distFile('404.html')), 'the body is not dist/404.html');
  });

  it('does not serve the host files _headers and _redirects', async () => {
    for (const path of ['/_headers', '/_redirects']) {
      const response = await get(path);
      assert.equal(response.status, 404, path);
      // The 404 page itself, not the rules (every page carries its policy in a <meta>, so that string alone proves nothing).
      assert.ok(response.body.equals(distFile('404.html')), `${path} shows something other than the 404 page`);
    }
  });

  it('caches hashed /_astro/ assets for good and has pages revalidated', async () => {
    const home = (await get('/')).body.toString();
    const referenced = /(?:src|href)="(\/_astro\/[^"]+)"/.exec(home)?.[1];
    // The site inlines its CSS; if it ever inlines every script too, any file under dist/_astro/ will do.
    const asset = referenced ?? `/_astro/${readdirSync(join(distDir, '_astro'))[0]}`;
    const assetResponse = await get(asset);
    assert.equal(assetResponse.status, 200, asset);
    assert.equal(assetResponse.headers['cache-control'], 'public, max-age=31536000, immutable', asset);
    for (const path of ['/', article, missingPage]) {
      assert.equal((await get(path)).headers['cache-control'], 'no-cache', path);
    }
  });

  it('gzips HTML for a client that asks, and only then', async () => {
    const compressed = await get(article, { 'Accept-Encoding': 'gzip' });
    assert.equal(compressed.headers['content-encoding'], 'gzip');
    assert.match(String(compressed.headers.vary), /Accept-Encoding/i);
    assert.ok(gunzipSync(compressed.body).equals(distFile('skills/apis/index.html')));
    assert.ok(compressed.body.length < distFile('skills/apis/index.html').length / 2);
    assert.equal((await get(article)).headers['content-encoding'], undefined);
  });

  it('sends the /* headers of dist/_headers, the CSP exactly, on a page, an asset, a redirect and the 404 page', async () => {
    const expected = everyPageHeaders();
    assert.ok(expected.some(({ name }) => name === 'Content-Security-Policy'), 'dist/_headers gives /* no Content-Security-Policy');
    const asset = `/_astro/${readdirSync(join(distDir, '_astro'))[0]}`;
    for (const path of [article, asset, '/skills/apis', missingPage]) {
      const response = await get(path);
      for (const { name, value } of expected) assert.equal(response.headers[name.toLowerCase()], value, `${name} on ${path} (${response.status})`);
    }
  });

  it('runs search in Chromium under the CSP with no violation and no console error', { timeout: 90_000 }, async () => {
    if (!existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath}. Install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`);
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(() => {
        const record = window as unknown as { __violations: string[] };
        record.__violations = [];
        document.addEventListener('securitypolicyviolation', (event) => record.__violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`));
      });
      const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

      await page.goto(`${origin}/search/?q=caching`);
      await page.locator('.search-hit-title').first().waitFor({ timeout: 30_000 });
      assert.ok((await page.locator('.search-hit-title').count()) > 0);
      assert.deepEqual(await violations(), []);
      assert.deepEqual(errors, []);

      // The listener and the policy both work: an inline script the build did not hash is refused and reported.
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true;';
        document.body.append(script);
      });
      await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length > 0, undefined, { timeout: 5_000 });
      assert.equal(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected), undefined);
    } finally {
      await browser.close();
    }
  });

  it('serves the offline edition as a zip', async () => {
    const response = await get('/downloads/backend-guide-offline.zip');
    assert.equal(response.status, 200);
    assert.equal(response.headers['content-type'], 'application/zip');
    assert.equal(response.body.subarray(0, 2).toString('latin1'), 'PK');
  });

  it('serves an article’s Markdown as text/markdown, and llms.txt as text', async () => {
    const markdown = await get('/skills/apis/index.md');
    assert.equal(markdown.status, 200);
    assert.equal(markdown.headers['content-type'], 'text/markdown; charset=utf-8');
    assert.ok(markdown.body.equals(distFile('skills/apis/index.md')));
    assert.ok(markdown.headers['content-security-policy'], 'no security headers on the Markdown');
    const llms = await get('/llms.txt');
    assert.match(String(llms.headers['content-type']), /^text\/plain/);
  });
});
