/**
 * An article or glossary page of the built site, as the book holds it: the
 * title, lede, text and sources of an article; the name, definition and
 * "Explained in" link of a term. Controls that need a browser (copy buttons,
 * heading tools, "Mark as done", the contents) are left out; tab panels,
 * which read one after another without JavaScript, stay as they are.
 * Links go through links.ts. The result is XHTML (serialized as XML), with
 * inline SVG in its own namespace.
 */
import { load, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { bookHref, type BookLinks } from './links.ts';

export interface Chapter {
  id: string;
  title: string;
  /** The XHTML of the chapter's body. */
  body: string;
  /** Whether it holds inline SVG (the package must say so). */
  svg: boolean;
}

export interface TermEntry {
  id: string;
  title: string;
  /** The definition and its "Explained in" note, as XHTML. */
  body: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** What the book leaves out: browser controls, and parts of the page about the site rather than the text. */
const DROPPED = ['script', 'style', 'template', 'button', 'input', '.heading-tools', '.no-print', '.needs-js', '.visually-hidden', 'bg-mark-done'];
/** Attributes that only matter in the browser. */
const DROPPED_ATTRIBUTES = /^(data-|tabindex$|aria-controls$|aria-describedby$|style$)/;

/** `html` as a fragment the book can change without touching the site's own parse. */
function fragment(html: string): CheerioAPI {
  return load(html, { xml: { xmlMode: false, decodeEntities: true } }, false);
}

/** Readies a fragment for the book: drops controls, renames custom elements, rewrites links, namespaces SVG. */
function clean($: CheerioAPI, links: BookLinks): CheerioAPI {
  $(DROPPED.join(',')).remove();
  $('*').each((_, node) => {
    const element = node as Element;
    // Custom elements (tabs, checklists) read as plain blocks in a book.
    if (element.name.includes('-')) element.name = 'div';
    // Diagrams and charts colour their shapes with style attributes (theme variables the book's stylesheet defines), so SVG keeps them.
    const inSvg = element.name === 'svg' || $(element).parents('svg').length > 0;
    for (const name of Object.keys(element.attribs)) {
      if (DROPPED_ATTRIBUTES.test(name) && !(inSvg && name === 'style')) delete element.attribs[name];
    }
  });
  // Icons and key swatches are sized by the site's stylesheet; the book gives them a size of their own, text-high, or they fill the page.
  $('svg[aria-hidden="true"]:not([width])').each((_, node) => {
    const element = node as Element;
    const [, , width, height] = (element.attribs.viewBox ?? '0 0 1 1').split(/\s+/).map(Number);
    element.attribs.height = '1em';
    element.attribs.width = `${Number(((width ?? 1) / (height || 1)).toFixed(3))}em`;
  });
  // aria-labelledby may name ids the book dropped (the heading tools' labels); keep only those still there.
  $('[aria-labelledby]').each((_, node) => {
    const element = node as Element;
    const kept = element.attribs['aria-labelledby']!.split(/\s+/).filter((id) => $(`[id="${id}"]`).length > 0);
    if (kept.length > 0) element.attribs['aria-labelledby'] = kept.join(' ');
    else delete element.attribs['aria-labelledby'];
  });
  $('a[href]').each((_, node) => {
    const element = node as Element;
    const href = bookHref(element.attribs.href!, links);
    if (href === undefined) $(element).replaceWith($(element).contents());
    else element.attribs.href = href;
    delete element.attribs.rel;
    delete element.attribs.download;
  });
  $('svg').attr('xmlns', SVG_NS);
  return $;
}

/** The chapter of an article page, or undefined when the page is not an article. */
export function articleChapter(page: CheerioAPI, id: string, links: BookLinks): Chapter | undefined {
  const body = page('.article-body').first();
  if (body.length === 0) return undefined;
  const title = page('h1.page-title').first().text().replace(/\s+/g, ' ').trim();
  const lede = page('p.lede').first();
  const parts = [`<h1 id="title">${page('<div/>').text(title).html()}</h1>`, lede.length > 0 ? `<p class="lede">${lede.html()}</p>` : ''];
  for (const child of body.children().toArray()) parts.push(page.html(child));
  const $ = clean(fragment(parts.join('')), links);
  return { id, title, body: $.xml(), svg: $('svg').length > 0 };
}

/** The glossary entry of a term page, or undefined when the page is not one. */
export function termEntry(page: CheerioAPI, links: BookLinks): TermEntry | undefined {
  const entry = page('[data-glossary-entry]').first();
  if (entry.length === 0) return undefined;
  const id = entry.attr('data-glossary-entry')!;
  const title = entry.find('[data-pagefind-meta="title"]').first().text().trim();
  const definition = entry.find('[data-pagefind-meta="description"]').first();
  const explained = definition.nextAll('p').filter((_, node) => page(node).text().startsWith('Explained in')).first();
  const $ = clean(fragment(`<div>${definition.html() ?? ''}</div>${explained.length > 0 ? `<p class="explained">${explained.html()}</p>` : ''}`), links);
  return { id, title, body: $.xml() };
}
