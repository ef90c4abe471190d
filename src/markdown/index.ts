/**
 * The Markdown pipeline's plugins, in the order they must run. Astro's MDX
 * renderer runs Shiki before these hast plugins and its own heading-id pass
 * after them, so the id pass runs here first: the heading tools need ids.
 */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { HastPluginList, MdastPluginList } from 'satteri';
import { articleFactsPlugin } from './article-facts.ts';
import { baseLinksPlugin } from './base-links.ts';
import { headingToolsPlugin } from './heading-tools.ts';
import { safeHtmlPlugin } from './safe-html.ts';
import { tableRegionPlugin } from './table-region.ts';
import { taskListPlugin } from './task-list.ts';

export interface MarkdownOptions {
  /** The site's base path, ending in "/"; root-relative links in articles get it, and glossary anchors become term pages. */
  base: string;
}

/** The mdast and hast plugins every article and glossary entry goes through. */
export function markdownPlugins({ base }: MarkdownOptions): { mdastPlugins: MdastPluginList; hastPlugins: HastPluginList } {
  return {
    mdastPlugins: [safeHtmlPlugin(), articleFactsPlugin()],
    hastPlugins: [
      satteriHeadingIdsPlugin(),
      headingToolsPlugin(),
      taskListPlugin(),
      tableRegionPlugin(),
      baseLinksPlugin(base),
    ],
  };
}
