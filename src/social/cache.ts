/**
 * A disk cache for preview images. Rendering one costs tens of milliseconds
 * (about 90 ms here), over a minute at a thousand articles, and titles rarely
 * change: an image whose inputs and renderer are unchanged is read back
 * instead of rendered again. Plain Node, no Astro import.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { site } from '../site.ts';
import { previewRenderer, renderPreview, renderSitePreview, type PreviewContent } from './preview-image.ts';

/**
 * The cache file for `inputs` (everything the image shows) made by `renderer`
 * (what draws it: a version string that changes with the look or the tools).
 */
export function cacheFile(dir: string, renderer: string, inputs: unknown): string {
  const key = createHash('sha256').update(JSON.stringify([renderer, inputs])).digest('hex').slice(0, 32);
  return join(dir, `${key}.png`);
}

/** The cached image for these inputs, or a fresh one from `render`, stored for next time. */
export async function cachedImage(dir: string, renderer: string, inputs: unknown, render: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const file = cacheFile(dir, renderer, inputs);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  const image = await render();
  await mkdir(dir, { recursive: true });
  // Written under a temporary name and renamed, so a build stopped mid-write leaves no half image to reuse.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, image);
  await rename(partial, file);
  return image;
}

/** An article's preview, from the cache when its title, section and the renderer are unchanged. */
export async function cachedPreview(dir: string, content: PreviewContent): Promise<Uint8Array> {
  return cachedImage(dir, await previewRenderer(), { kind: 'article', site: site.name, ...content }, () => renderPreview(content));
}

/** The site-wide preview, from the cache when the site's name, tagline and the renderer are unchanged. */
export async function cachedSitePreview(dir: string): Promise<Uint8Array> {
  return cachedImage(dir, await previewRenderer(), { kind: 'site', site: site.name, tagline: site.tagline }, renderSitePreview);
}
