/**
 * Social preview images: `/og/<section>/<slug>.png` for each article and
 * `/og/site.png` for every other page (src/lib/urls.ts `previewImageUrl`).
 * Pages only name them in meta tags; no page loads them. Unchanged images
 * come from a cache under Astro's cache folder (src/social/cache.ts).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { previewCacheDir } from 'virtual:backend-guide/config';
import { getArticlePreviews } from '../../data/content.ts';
import { previewImagePath, previewImagesPath } from '../../lib/urls.ts';
import { cachedPreview, cachedSitePreview } from '../../social/cache.ts';

/** The route parameter for an image's site path: `/og/skills/apis.png` → `skills/apis`. */
const slugOf = (path: string) => path.slice(previewImagesPath.length, -'.png'.length);

export const getStaticPaths = (async () => [
  { params: { slug: slugOf(previewImagePath()) }, props: { preview: undefined } },
  ...(await getArticlePreviews()).map((preview) => ({ params: { slug: slugOf(previewImagePath(preview.id)) }, props: { preview } })),
]) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { preview } }) => {
  const png = preview ? await cachedPreview(previewCacheDir, { title: preview.title, section: preview.section }) : await cachedSitePreview(previewCacheDir);
  // The bytes are a plain ArrayBuffer's (a file read or resvg's output); TypeScript's Response type cannot tell.
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
