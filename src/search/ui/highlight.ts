/**
 * On a page opened from a search result (`?highlight=…`), marks the matched
 * words with Pagefind's highlight script, then brings the first mark into view
 * unless the link already pointed at a heading. Other visits load nothing.
 */
import { pagefindUrl } from '../../lib/urls.ts';

type Highlighter = new (options: { highlightParam: string; addStyles?: boolean }) => unknown;

if (new URLSearchParams(location.search).has('highlight')) {
  void import(/* @vite-ignore */ `${pagefindUrl}pagefind-highlight.js`).then(({ default: PagefindHighlight }: { default: Highlighter }) => {
    new PagefindHighlight({ highlightParam: 'highlight', addStyles: false });
    if (!location.hash) document.querySelector('mark.pagefind-highlight')?.scrollIntoView({ block: 'center' });
  });
}
