/**
 * The Content Security Policy. The site's scripts are files ('self'), but a
 * few things must be inline: the theme script (it runs before the first paint
 * so a dark page never flashes white), the speculation rules, the stylesheets
 * Astro inlines into each page, and the style attributes diagrams colour their
 * shapes with. Each is allowed by its SHA-256 hash, computed from the built
 * pages, so nothing else inline runs: no 'unsafe-inline', no 'unsafe-eval'.
 * Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval' and nothing
 * more. Each page carries its own policy as a <meta> tag (hosts that cannot
 * send headers, such as GitHub Pages, still enforce it); the header for hosts
 * that can (deploy/, dist/_headers) is the union of every page's hashes.
 */
import type { CheerioAPI } from 'cheerio';
import { createHash } from 'node:crypto';
import type { Element } from 'domhandler';

/** The inline code a page needs, as CSP hash sources. */
export interface InlineHashes {
  scripts: Set<string>;
  styles: Set<string>;
  styleAttributes: Set<string>;
}

export const emptyHashes = (): InlineHashes => ({ scripts: new Set(), styles: new Set(), styleAttributes: new Set() });

/** `'sha256-…'` of `text` as the browser hashes it (the UTF-8 bytes between the tags, or of the attribute's value). */
export const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Script types a browser runs (data blocks such as JSON-LD never run, so no policy covers them). */
const RUNNABLE_SCRIPT = /^(|module|text\/javascript|application\/javascript|speculationrules)$/i;

/** Every inline script, stylesheet and style attribute of a parsed page, hashed. */
export function inlineHashes($: CheerioAPI, into: InlineHashes = emptyHashes()): InlineHashes {
  $('script:not([src])').each((_, node) => {
    const element = node as Element;
    if (RUNNABLE_SCRIPT.test((element.attribs.type ?? '').trim())) into.scripts.add(hashSource($(element).text()));
  });
  $('style').each((_, node) => void into.styles.add(hashSource($(node).text())));
  $('[style]').each((_, node) => void into.styleAttributes.add(hashSource((node as Element).attribs.style!)));
  return into;
}

/** Adds every hash of `from` to `into`. */
export function mergeHashes(into: InlineHashes, from: InlineHashes): InlineHashes {
  for (const kind of ['scripts', 'styles', 'styleAttributes'] as const) for (const hash of from[kind]) into[kind].add(hash);
  return into;
}

const sorted = (hashes: Set<string>) => [...hashes].sort();

/**
 * The policy. `delivery` is where it travels: frame-ancestors works only in a
 * header (browsers ignore it in <meta>, with a console error), so the meta
 * policy leaves it out.
 */
export function contentSecurityPolicy(hashes: InlineHashes, delivery: 'meta' | 'header'): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...sorted(hashes.scripts)],
    ['style-src', "'self'", ...sorted(hashes.styles)],
    // 'unsafe-hashes' lets exactly these attribute values apply, nothing else inline.
    ...(hashes.styleAttributes.size > 0 ? [['style-src-attr', "'unsafe-hashes'", ...sorted(hashes.styleAttributes)] as [string, ...string[]]] : []),
    ['img-src', "'self'", 'data:'],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ...(delivery === 'header' ? [['frame-ancestors', "'none'"] as [string, ...string[]]] : []),
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/**
 * `html` with the page's policy as the first element after <meta charset>,
 * before anything it governs. Inserted at the position the one parse of the
 * page recorded (src/integrations/built-site.ts), not found by a pattern.
 */
export function withPolicyMeta(html: string, $: CheerioAPI, policy: string): string {
  const charset = $('head > meta[charset]').get(0) as Element | undefined;
  if (!charset || charset.endIndex == null) throw new Error('a page has no <meta charset> in its <head> to put the Content Security Policy after');
  const at = charset.endIndex + 1;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  return html.slice(0, at) + meta + html.slice(at);
}
