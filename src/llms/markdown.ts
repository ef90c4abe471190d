/**
 * Each article as Markdown, for readers who hand the guide to AI tools or
 * keep notes in Markdown: the page's text as the reader sees it (components
 * rendered: tables, tab panels, callouts), converted by Turndown from the
 * built page in the one post-build parse, and written beside the page as
 * `index.md` (linked from the page as its text/markdown alternate). Links
 * inside the guide become absolute when the build knows its address.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuiltPage } from '../integrations/built-site.ts';
import { absoluteUrls, withBase } from '../lib/urls.ts';
import { site } from '../site.ts';
import TurndownService from 'turndown';
import { gfm } from '@joplin/turndown-plugin-gfm';

/** Turndown set up for the guide's markup: ATX headings, fenced code with its language, GitHub tables. */
function converter(): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  service.use(gfm);
  // Shiki's blocks name their language on <pre data-language>, and each line is a span.
  service.addRule('highlighted-code', {
    filter: (node) => node.nodeName === 'PRE',
    replacement: (_, node) => {
      const element = node as HTMLElement;
      const language = element.getAttribute('data-language');
      const code = (element.textContent ?? '').replace(/\n$/, '');
      const fence = code.includes('```') ? '~~~' : '```';
      return `\n\n${fence}${language && language !== 'text' && language !== 'plaintext' ? language : ''}\n${code}\n${fence}\n\n`;
    },
  });
  // Pictures of words (diagrams) keep their text alternative.
  service.addRule('figures', {
    filter: (node) => node.nodeName === 'svg' || node.nodeName === 'SVG',
    replacement: (_, node) => {
      // Turndown hands over a DOM node (its own parser's), not one of cheerio's.
      const title = (node as HTMLElement).querySelector('title')?.textContent ?? '';
      return title ? `[Diagram: ${title}]` : '';
    },
  });
  return service;
}

let service: TurndownService | undefined;

export interface MarkdownArticle {
  title: string;
  description: string;
  /** The page's address: absolute with SITE_URL, else its site path. */
  source: string;
  updated?: string;
  siteName: string;
}

/** Parts of the page that are controls or about the site, not the article's text. */
const NOT_TEXT = ['script', 'style', 'button', '.heading-tools', '.no-print', '.needs-js', '.visually-hidden', 'bg-mark-done', '[aria-hidden="true"]'];

/**
 * The article of a built page as Markdown, or undefined when the page is not
 * an article. `link` turns an internal href into the form the Markdown uses.
 */
export function articleMarkdown($: CheerioAPI, meta: Omit<MarkdownArticle, 'title' | 'description'>, link: (href: string) => string): string | undefined {
  const prose = $('.article-body .prose').first();
  if (prose.length === 0) return undefined;
  const title = $('h1.page-title').first().text().replace(/\s+/g, ' ').trim();
  const description = $('p.lede').first().text().trim();
  // A copy, so the page itself (which later steps still read) is untouched.
  const body = $('<div></div>').append(prose.clone().contents());
  body.find(NOT_TEXT.join(',')).remove();
  body.find('a[href]').each((_, node) => {
    const element = node as Element;
    element.attribs.href = link(element.attribs.href!);
  });
  service ??= converter();
  const text = service.turndown(body.html() ?? '');
  const header = [`# ${title}`, '', `> ${description}`, '', `Source: ${meta.source} (${meta.siteName}${meta.updated ? `, updated ${meta.updated}` : ''})`];
  return `${header.join('\n')}\n\n${text.trim()}\n`;
}

/** The post-build step: writes each article page's Markdown beside it (`index.md`). */
export function markdownStep({ outDir, base, onlineRoot }: { outDir: string; base: string; onlineRoot?: string }) {
  const address = absoluteUrls(onlineRoot);
  return {
    async page({ file, path, $ }: BuiltPage): Promise<void> {
      const pageUrl = withBase(path, base);
      const link = (href: string) => (href.startsWith('#') ? address(`${pageUrl}${href}`) : href.startsWith('/') && !href.startsWith('//') ? address(href) : href);
      const updated = $('meta[property="article:modified_time"]').attr('content');
      const markdown = articleMarkdown($, { source: address(pageUrl), updated, siteName: site.name }, link);
      if (markdown) await writeFile(join(outDir, file.replace(/index\.html$/, 'index.md')), markdown);
    },
  };
}
