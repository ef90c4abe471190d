/**
 * Turns one built page into its offline copy: relative links to .html files,
 * no module scripts (browsers refuse them from disk), the offline search
 * script, and a note saying this is the offline edition, when it was built,
 * and where the same page lives online.
 */
import { load } from 'cheerio';
import { offlineHref, rootPrefix } from '../lib/offline-links.ts';

export interface PageContext {
  /** The page's file relative to the site root, e.g. "skills/apis/index.html". */
  file: string;
  /** The published site's root URL, ending in "/". */
  onlineRoot: string;
  /** Shown in the note, e.g. "November 21, 2026". */
  builtOn: string;
  /** ISO date for <time datetime>. */
  builtIso: string;
}

/** The page's public URL path, e.g. "/skills/apis/" for skills/apis/index.html. */
export function sitePath(file: string): string {
  return `/${file}`.replace(/index\.html$/, '');
}

const NOTE_STYLE = `.offline-note{background:var(--bg-soft);border-bottom:1px solid var(--border);font-size:.9rem;padding:.5rem 1rem;text-align:center}`;

export function offlinePage(html: string, { file, onlineRoot, builtOn, builtIso }: PageContext): string {
  const $ = load(html);
  const online = new URL(sitePath(file).replace(/^\//, ''), onlineRoot).href;

  // Module scripts (search launcher, prefetch, highlight) cannot load from disk; offline search replaces them.
  $('script[type="module"][src]').remove();
  $('link[rel="canonical"]').remove();

  $('[href], [src]').each((_, element) => {
    const node = $(element);
    for (const attribute of ['href', 'src'] as const) {
      const value = node.attr(attribute);
      if (value === undefined) continue;
      // The zip does not contain itself: the download link goes to the online page.
      if (/\.zip(?:[?#]|$)/.test(value)) node.attr(attribute, new URL('download/', onlineRoot).href);
      else node.attr(attribute, offlineHref(value, file));
    }
  });

  $('[data-download-offer]').replaceWith(
    `<p>You are reading the offline edition. The latest download is on the <a href="${new URL('download/', onlineRoot).href}">online download page</a>.</p>`,
  );
  $('html').attr('data-edition', 'offline');
  $('head').append(`<style>${NOTE_STYLE}</style>`);
  const note = `<p class="offline-note" role="note">Offline edition, built <time datetime="${builtIso}">${builtOn}</time>. <a href="${online}">This page online</a></p>`;
  const skip = $('.skip-link').first();
  if (skip.length > 0) skip.after(note);
  else $('body').prepend(note);
  $('body').append(`<script src="${rootPrefix(file)}offline/search.js"></script>`);
  return $.html();
}
