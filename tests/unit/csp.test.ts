/** The Content Security Policy: what it hashes, what it allows, and where the page's copy goes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHtml } from '../../src/integrations/built-site.ts';
import { contentSecurityPolicy, hashSource, inlineHashes, withPolicyMeta } from '../../src/security/csp.ts';

const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><script>alert('Hello, world.');</script><script type="speculationrules">{"prefetch":[]}</script><script type="application/ld+json">{"@type":"Article"}</script><script type="module" src="/_astro/a.js"></script><style>p{color:red}</style></head><body><svg><rect style="fill: var(--diagram-fill)"/></svg></body></html>`;

describe('the Content Security Policy', () => {
  it('hashes as browsers do (the CSP specification’s own example)', () => {
    assert.equal(hashSource("alert('Hello, world.');"), "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it('hashes every inline script a browser runs, every stylesheet and style attribute, and no data block or external file', () => {
    const hashes = inlineHashes(parseHtml(page));
    assert.deepEqual([...hashes.scripts].sort(), [hashSource("alert('Hello, world.');"), hashSource('{"prefetch":[]}')].sort());
    assert.deepEqual([...hashes.styles], [hashSource('p{color:red}')]);
    assert.deepEqual([...hashes.styleAttributes], [hashSource('fill: var(--diagram-fill)')]);
  });

  it('allows only self, WebAssembly and the hashes: nothing unsafe-inline, no eval', () => {
    const policy = contentSecurityPolicy(inlineHashes(parseHtml(page)), 'header');
    assert.match(policy, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[^;]+; style-src 'self' 'sha256-[^;]+; style-src-attr 'unsafe-hashes' 'sha256-[^;]+; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'$/);
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
    // frame-ancestors works only as a header; in a <meta> browsers ignore it with an error.
    assert.doesNotMatch(contentSecurityPolicy(inlineHashes(parseHtml(page)), 'meta'), /frame-ancestors/);
  });

  it('goes first in the head, right after the charset, before anything it governs', () => {
    const $ = parseHtml(page);
    const html = withPolicyMeta(page, $, "default-src 'self'");
    assert.ok(html.startsWith(`<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><script>`));
    assert.throws(() => withPolicyMeta('<html><head></head></html>', parseHtml('<html><head></head></html>'), 'x'), /no <meta charset>/);
  });
});
