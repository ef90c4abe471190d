/**
 * Turns one built page into its offline copy: relative links to .html files,
 * no module scripts or prefetch rules (browsers refuse modules from disk, and
 * there is nothing to prefetch), the one classic script that does their work
 * (offline/site.js), and a note saying
 * this is the offline edition, when it was built and, when the build knows
 * the site's address, where the same page lives online.
 */
import type { CheerioAPI } from 'cheerio';
import { stripBase } from '../lib/urls.ts';
import { fileToSitePath } from '../integrations/built-site.ts';
import { offlineHref, rootPrefix } from './links.ts';

export interface PageContext {
  /** The page's file relative to the site root, e.g. "skills/apis/index.html". */
  file: string;
  /** The base path the online site is served under, e.g. "/" or "/guide/". */
  base: string;
  /** The published site's root URL ending in "/" (site + base), when the build knows it. */
  onlineRoot?: string;
  /** Shown in the note, e.g. "November 21, 2026". */
  builtOn: string;
  /** ISO date for <time datetime>. */
  builtIso: string;
}

const NOTE_STYLE = `.offline-note{background:var(--color-surface);border-bottom:1px solid var(--color-line);font-size:.9rem;padding:.5rem 1rem;text-align:center}`;

/** Rewrites the parsed page in place for reading from disk and returns its markup. */
export function offlinePage($: CheerioAPI, { file, base, onlineRoot, builtOn, builtIso }: PageContext): string {
  const online = onlineRoot ? new URL(fileToSitePath(file).slice(1), onlineRoot).href : undefined;
  const onlineDownload = onlineRoot ? new URL('download/', onlineRoot).href : undefined;

  // The copy carries no Content Security Policy (src/security/csp.ts adds it to the served file, not to this parse):
  // a file:// page has no origin for 'self' to name, so browsers would refuse the edition's own scripts, and it
  // requests nothing beyond its folder anyway (tests/e2e/offline.spec.ts watches every request).
  // The Markdown alternates and the feed are online files, and Copy as Markdown fetches one (file:// refuses fetch).
  $('script[type="module"][src], script[type="speculationrules"], link[rel="canonical"], link[rel="alternate"], bg-copy-markdown').remove();

  $('[href], [src]').each((_, element) => {
    const node = $(element);
    for (const attribute of ['href', 'src'] as const) {
      const value = node.attr(attribute);
      if (value === undefined) continue;
      // Root-relative URLs carry the base; on disk the folder is the root.
      const sitePath = value.startsWith('/') && !value.startsWith('//') ? stripBase(value, base) : value;
      if (sitePath === undefined) continue;
      // The zip does not contain itself: its links go to the online download page, or nowhere.
      if (/\.zip(?:[?#]|$)/.test(sitePath)) {
        if (onlineDownload) node.attr(attribute, onlineDownload);
        else node.removeAttr(attribute);
      } else {
        node.attr(attribute, offlineHref(sitePath, file));
      }
    }
  });

  // One sentence in place of all the offers (the zip, the EPUB, the PDF): the files are not inside the zip.
  const offers = $('[data-download-offer]');
  offers.first().replaceWith(
    onlineDownload
      ? `<p>You are reading the offline edition. The latest downloads are on the <a href="${onlineDownload}">online download page</a>.</p>`
      : '<p>You are reading the offline edition. Ask whoever gave it to you for the latest copy.</p>',
  );
  offers.slice(1).remove();
  $('html').attr('data-edition', 'offline');
  $('head').append(`<style>${NOTE_STYLE}</style>`);
  const onlineLink = online ? ` <a href="${online}">This page online</a>` : '';
  const note = `<p class="offline-note" role="note">Offline edition, built <time datetime="${builtIso}">${builtOn}</time>.${onlineLink}</p>`;
  const skip = $('.skip-link').first();
  if (skip.length > 0) skip.after(note);
  else $('body').prepend(note);
  $('body').append(`<script src="${rootPrefix(file)}offline/site.js"></script>`);
  return $.html();
}
