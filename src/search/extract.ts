/**
 * What search reads from a built page, the same for both indexes: the parts
 * marked `data-pagefind-body`, without `data-pagefind-ignore`d parts, code
 * blocks or scripts; the title and description from `data-pagefind-meta`; the
 * section from `data-pagefind-filter`; and the text under each h2/h3. It reads
 * the parsed page without changing it, so later steps can still rewrite it.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/** [id, title] of a heading inside a page. */
export type ExtractedHeading = [string, string];

export interface ExtractedPage {
  title: string;
  section: string;
  description: string;
  headings: ExtractedHeading[];
  /** Text before the first heading (heading -1) and under each heading. */
  segments: { heading: number; text: string }[];
}

const SKIPPED = new Set(['pre', 'script', 'style', 'template']);
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

const isElement = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/** Text of `node` without ignored parts, code blocks and scripts. */
export function searchableText(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isElement(node)) return '';
  if (SKIPPED.has(node.name) || node.attribs['data-pagefind-ignore'] !== undefined) return '';
  return node.children.map(searchableText).join(' ');
}

/** The page as search sees it, or undefined when it has no `data-pagefind-body`. */
export function extractPage($: CheerioAPI): ExtractedPage | undefined {
  const bodies = $('[data-pagefind-body]').toArray();
  if (bodies.length === 0) return undefined;
  const section = ($('[data-pagefind-body][data-pagefind-filter]').attr('data-pagefind-filter') ?? '').replace(/^section:/, '');
  const title = clean($('[data-pagefind-meta="title"]').first().text());
  const description = clean($('[data-pagefind-meta="description"]').first().text());
  const headings: ExtractedHeading[] = [];
  const segments = [{ heading: -1, text: '' }];
  for (const body of bodies) {
    const walk = (node: AnyNode) => {
      if (!isElement(node)) {
        segments.at(-1)!.text += ` ${searchableText(node)}`;
        return;
      }
      if (SKIPPED.has(node.name) || node.attribs['data-pagefind-ignore'] !== undefined) return;
      // The title and description are fields of their own.
      if (node.attribs['data-pagefind-meta'] === 'title' || node.attribs['data-pagefind-meta'] === 'description') return;
      if ((node.name === 'h2' || node.name === 'h3') && node.attribs.id) {
        headings.push([node.attribs.id, clean(searchableText(node))]);
        segments.push({ heading: headings.length - 1, text: '' });
        return;
      }
      node.children.forEach(walk);
    };
    walk(body);
  }
  return { title, section, description, headings, segments: segments.map((segment) => ({ ...segment, text: clean(segment.text) })) };
}
