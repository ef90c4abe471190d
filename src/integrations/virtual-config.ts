/**
 * A Vite plugin serving `virtual:backend-guide/config`: the facts the
 * integration worked out once (where content lives, what the build is) for
 * pages and the content config to import. Types: src/env.d.ts.
 */
import type { Plugin } from 'vite';
import type { BuildInfo } from './build-info.ts';

export const VIRTUAL_CONFIG = 'virtual:backend-guide/config';
const RESOLVED = `\0${VIRTUAL_CONFIG}`;

export interface SiteConfig {
  /** The content folder, relative to the project root. */
  contentDir: string;
  buildInfo: BuildInfo;
  /** Which downloadable editions this build writes. */
  editions: { offline: boolean; pdf: boolean };
  /** Where social preview images are cached between builds: a folder in Astro's `cacheDir` (src/social/cache.ts). */
  previewCacheDir: string;
}

export function virtualConfigPlugin(config: SiteConfig): Plugin {
  return {
    name: 'backend-guide:virtual-config',
    resolveId: (id) => (id === VIRTUAL_CONFIG ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? Object.entries(config).map(([key, value]) => `export const ${key} = ${JSON.stringify(value)};`).join('\n') : undefined),
  };
}
