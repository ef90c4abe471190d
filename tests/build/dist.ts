/** Helpers for tests that read the built site in dist/ (run `npm run build` first). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The built site. */
export const distDir = join(import.meta.dirname, '..', '..', 'dist');

/** One built HTML page: its site path (`/roles/`), file and text. */
export interface BuiltPage {
  path: string;
  file: string;
  html: string;
}

/** Every HTML page in dist/, sorted by path. Fails clearly when there is no build. */
export function builtPages(): BuiltPage[] {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('dist/ has no build: run `npm run build` first.');
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => {
      const file = join(distDir, name);
      const path = `/${relative(distDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
      return { path, file, html: readFileSync(file, 'utf8') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The target of a redirect page Astro generated, or undefined for a real page. */
export function redirectTarget(html: string): string | undefined {
  return /<meta http-equiv="refresh" content="\d+;url=([^"]+)"/i.exec(html)?.[1];
}
