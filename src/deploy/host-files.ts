/**
 * What a static host needs besides the pages, written into the output folder
 * in the format Netlify and Cloudflare Pages read (`_headers`, `_redirects`);
 * deploy/nginx/ turns the same two files into nginx rules, so every way of
 * serving the site sends the same headers and redirects.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withBase } from '../lib/urls.ts';
import { fileAliases, movedPages } from './redirects.ts';

/** Headers for every response besides the policy: no MIME sniffing, no framing, no referrer leaking paths, no powerful features. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

/** Vite names every file under _astro/ by its content's hash, so a browser may keep it for a year. */
export const IMMUTABLE_ASSETS = { path: '/_astro/*', cacheControl: 'public, max-age=31536000, immutable' } as const;

export function headersFile(policy: string, base: string): string {
  const lines = [`# Written by the build (src/deploy/host-files.ts). Netlify and Cloudflare Pages read it; deploy/nginx/ turns it into nginx rules.`];
  lines.push(withBase('/*', base), `  Content-Security-Policy: ${policy}`, ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`));
  lines.push(withBase(IMMUTABLE_ASSETS.path, base), `  Cache-Control: ${IMMUTABLE_ASSETS.cacheControl}`);
  return `${lines.join('\n')}\n`;
}

export function redirectsFile(base: string): string {
  const rules = Object.entries({ ...movedPages, ...fileAliases }).map(([from, to]) => `${withBase(from, base)} ${withBase(to, base)} 301`);
  return `# Written by the build (src/deploy/redirects.ts holds the list).\n${rules.join('\n')}\n`;
}

export async function writeHostFiles(outDir: string, policy: string, base: string): Promise<void> {
  await writeFile(join(outDir, '_headers'), headersFile(policy, base));
  await writeFile(join(outDir, '_redirects'), redirectsFile(base));
}
