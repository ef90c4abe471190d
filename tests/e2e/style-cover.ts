/**
 * The fewest built pages that together show every styled element the site
 * has. Colour contrast depends on which element sits in which styled
 * container, not on the words, so running axe on this set checks every
 * colour pairing the site can produce, in a time that does not grow with the
 * number of articles (a 1,000-article guide has the same kinds of element).
 */
import { load } from 'cheerio';
import { builtPages } from '../build/dist.ts';

/**
 * Tailwind utilities that place or size an element but never colour it. Left
 * out of signatures, they would make every page with a different margin look
 * like a new style.
 */
const LAYOUT_UTILITY = /^(?:[a-z0-9]+:)*-?(?:m[xytblr]?|p[xytblr]?|gap(?:-[xy])?|space-[xy]|w|h|size|min-[wh]|max-[wh]|inset|top|left|right|bottom|z|order|col|row|grid-cols|grid-rows|basis|grow|shrink|items|justify|content|place-items|self|leading|tracking|list|columns|scroll-m[tblr]?|translate-[xy]|line-clamp)(?:-.+)?$|^(?:[a-z0-9]+:)*(?:grid|flex|inline-flex|inline-grid|block|inline|inline-block|hidden|contents|sticky|relative|absolute|fixed|static|flex-wrap|flex-col|truncate|whitespace-[a-z]+|overflow-[a-z-]+|text-(?:xs|sm|base|lg|xl|\dxl|left|center|right)|text-\[[^\]]*(?:rem|px|em)\]|font-[a-z]+|rounded(?:-.+)?|shrink-0|grow|list-decimal|list-disc|tabular-nums|underline-offset-\d+|decoration-\d+|\[[^\]]+\])$/;

/** "tag.class.class" for an element, classes sorted; Shiki's per-token classes (a unit test proves their palette) and layout utilities are left out. */
function describe(tag: string, classes: string | undefined): string {
  const kept = (classes ?? '').split(/\s+/).filter((name) => name && !/^[ld][0-9a-f]{6}$/.test(name) && !LAYOUT_UTILITY.test(name)).sort();
  return [tag, ...kept].join('.');
}

/**
 * Every "container > element" pairing on a page where the element holds text
 * of its own (contrast is a property of text), with the states that change
 * colours (current, pressed, disabled, open).
 */
export function styleSignature(html: string): Set<string> {
  const $ = load(html);
  const found = new Set<string>();
  $('body *').each((_, element) => {
    if (element.type !== 'tag' || ['script', 'style', 'template'].includes(element.name)) return;
    const ownText = element.children.some((child) => child.type === 'text' && child.data.trim() !== '');
    if (!ownText && !['input', 'select', 'button', 'textarea'].includes(element.name)) return;
    const parent = element.parent && element.parent.type === 'tag' ? element.parent : undefined;
    const state = ['aria-current', 'aria-pressed', 'disabled', 'open'].filter((name) => element.attribs[name] !== undefined).join(',');
    found.add(`${parent ? describe(parent.name, parent.attribs.class) : 'root'} > ${describe(element.name, element.attribs.class)}${state ? `[${state}]` : ''}`);
  });
  return found;
}

/** Greedy set cover over the pages' signatures: the page adding the most unseen pairings first, until none is left. */
export function pagesCoveringEveryStyle(urls: readonly string[]): string[] {
  const byPath = new Map(builtPages().map((page) => [page.path, page.html]));
  const remaining = new Map<string, Set<string>>();
  for (const url of urls) {
    const html = byPath.get(new URL(url, 'http://x').pathname);
    if (html !== undefined) remaining.set(url, styleSignature(html));
  }
  const chosen: string[] = [];
  const covered = new Set<string>();
  for (;;) {
    let best: string | undefined;
    let bestGain = 0;
    for (const [url, signature] of remaining) {
      let gain = 0;
      for (const pairing of signature) if (!covered.has(pairing)) gain += 1;
      if (gain > bestGain) [best, bestGain] = [url, gain];
    }
    if (!best) return chosen;
    chosen.push(best);
    for (const pairing of remaining.get(best)!) covered.add(pairing);
    remaining.delete(best);
  }
}
