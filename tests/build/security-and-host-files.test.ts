/**
 * What the build writes for hosts (src/deploy/, src/security/): every page's
 * Content Security Policy, and `_headers` / `_redirects`, from which
 * deploy/nginx/ makes the nginx rules.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileAliases } from '../../src/deploy/redirects.ts';
import { builtPages, distDir } from './dist.ts';

const headers = readFileSync(join(distDir, '_headers'), 'utf8');
const headerPolicy = /^ {2}Content-Security-Policy: (.*)$/m.exec(headers)?.[1] ?? '';
const sources = (policy: string, directive: string) => new RegExp(`(?:^|; )${directive} ([^;]*)`).exec(policy)?.[1]?.split(' ') ?? [];

describe('the Content Security Policy on every page', () => {
  const pages = builtPages();
  it('comes right after the charset, and the header allows everything each page needs', () => {
    const problems: string[] = [];
    for (const { path, html } of pages) {
      const meta = /^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]*)">/i.exec(html);
      if (!meta) {
        problems.push(`${path}: no policy right after <meta charset>`);
        continue;
      }
      const policy = meta[1]!.replace(/&#39;|&apos;/g, "'");
      for (const directive of ['script-src', 'style-src', 'style-src-attr']) {
        const missing = sources(policy, directive).filter((source) => !sources(headerPolicy, directive).includes(source));
        if (missing.length > 0) problems.push(`${path}: ${directive} ${missing.join(' ')} is not in the _headers policy`);
      }
      if (/'unsafe-inline'|'unsafe-eval'/.test(policy)) problems.push(`${path}: unsafe source in ${policy}`);
    }
    assert.deepEqual(problems, []);
    assert.ok(pages.length > 100);
  });
});

describe('files for static hosts', () => {
  it('_headers sends the policy, security headers on every path, and a year of caching for hashed assets', () => {
    assert.match(headerPolicy, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    assert.match(headerPolicy, /; frame-ancestors 'none'$/);
    assert.match(headers, /^\/\*\n {2}Content-Security-Policy: [^\n]+\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: strict-origin-when-cross-origin\n/m);
    assert.match(headers, /^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  });

  it('_redirects sends each alias on with a 301', () => {
    const redirects = readFileSync(join(distDir, '_redirects'), 'utf8');
    for (const [from, to] of Object.entries(fileAliases)) assert.ok(redirects.includes(`\n${from} ${to} 301\n`), `no rule for ${from}`);
  });
});
