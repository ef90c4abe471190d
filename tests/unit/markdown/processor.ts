/**
 * The site's real Markdown pipeline, for tests: the plugins the integration
 * installs (src/markdown/index.ts), run by Sätteri exactly as Astro runs them.
 * Markdown renders to HTML through Astro's own Sätteri processor; MDX compiles
 * through Sätteri's MDX compiler, which is what Astro's MDX renderer calls.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import type { ArticleFacts } from '../../../src/markdown/article-facts.ts';
import { markdownPlugins } from '../../../src/markdown/index.ts';

/** A made-up path, so error messages have a file to name. */
export const TEST_FILE = '/content/articles/skills/example.mdx';

/** Renders Markdown to HTML through the site's plugins (base `/` unless given). */
export async function renderMarkdown(markdown: string, base = '/'): Promise<string> {
  const processor = await createSatteriMarkdownProcessor({ ...markdownPlugins({ base }), syntaxHighlight: false });
  return (await processor.render(markdown, { fileURL: pathToFileURL(TEST_FILE) } as never)).code;
}

/** Compiles MDX through the site's plugins; returns the compiled JavaScript and the facts the pipeline recorded. */
export async function compileMdx(mdx: string, base = '/'): Promise<{ code: string; facts: ArticleFacts }> {
  const astro = { frontmatter: {} as Record<string, unknown>, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const result = await mdxToJs(mdx, { ...markdownPlugins({ base }), fileURL: pathToFileURL(TEST_FILE), data: { astro } });
  return { code: result.code, facts: astro.frontmatter.facts as ArticleFacts };
}
