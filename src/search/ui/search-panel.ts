/**
 * The search form, section filters, live result count and result list. The
 * same panel serves the dialog on every page and the /search/ page; it knows
 * nothing of where its index comes from (see types.ts).
 */
import { el } from './dom.ts';
import { adoptSearchStyles } from './styles.ts';
import type { SearchBackend, SearchHit, SearchLocation } from '../core/types.ts';

export interface PanelOptions {
  backend: SearchBackend;
  /** Section titles in site order; "Glossary" included. */
  sections: string[];
  /** The A-Z index, offered when nothing matches. */
  indexUrl: string;
  /** Called with the query and section whenever they change (the page syncs its URL). */
  onChange?: (query: string, section: string | undefined) => void;
}

export interface SearchPanel {
  element: HTMLElement;
  input: HTMLInputElement;
  run(query: string, section?: string): Promise<void>;
}

/** Long pastes are searched by their start; the box keeps what was typed. */
const MAX_QUERY = 200;
let panelCount = 0;

/**
 * Excerpts arrive as HTML with <mark> around matches. Only text and <mark>
 * survive: the string is parsed in an inert document and rebuilt, so nothing
 * from the index or the query can inject markup or run.
 */
export function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  return [...parsed.childNodes].map((node) =>
    node.nodeName === 'MARK' ? el('mark', {}, node.textContent ?? '') : document.createTextNode(node.textContent ?? ''),
  );
}

function locationItem(location: SearchLocation): HTMLLIElement {
  return el('li', {}, el('a', { href: location.url }, location.title), el('p', { className: 'search-excerpt' }, ...excerptNodes(location.excerpt)));
}

/** The longest definition an answer card shows before it stops at a sentence. */
const ANSWER_LENGTH = 320;

/** The definition, cut at the last full sentence that fits. */
export function shortDefinition(text: string): string {
  if (text.length <= ANSWER_LENGTH) return text;
  const cut = text.slice(0, ANSWER_LENGTH);
  const end = cut.lastIndexOf('. ');
  return end > 80 ? cut.slice(0, end + 1) : `${cut.replace(/\s+\S*$/, '')}…`;
}

/** A glossary term the query names: its definition, with a link to the entry. */
function answerItem(hit: SearchHit): HTMLLIElement {
  return el(
    'li',
    { className: 'search-hit search-answer' },
    el('p', { className: 'search-answer-label' }, 'Definition'),
    el('a', { href: hit.url, className: 'search-hit-title' }, hit.title),
    el('p', { className: 'search-answer-text' }, shortDefinition(hit.term?.definition ?? '')),
    el('a', { href: hit.url, className: 'search-answer-more', ariaLabel: `Full entry: ${hit.title}` }, 'Full entry'),
  );
}

function hitItem(hit: SearchHit): HTMLLIElement {
  const item = el(
    'li',
    { className: 'search-hit' },
    el('a', { href: hit.url, className: 'search-hit-title' }, hit.title),
    el('span', { className: 'search-hit-section' }, hit.section),
    el('p', { className: 'search-excerpt' }, ...excerptNodes(hit.excerpt)),
  );
  if (hit.subResults.length > 0) {
    item.append(el('ul', { className: 'search-subs', ariaLabel: `Matching sections of ${hit.title}` }, ...hit.subResults.map(locationItem)));
  }
  return item;
}

export function createSearchPanel({ backend, sections, indexUrl, onChange }: PanelOptions): SearchPanel {
  adoptSearchStyles();
  const id = `search-${++panelCount}`;
  const input = el('input', {
    type: 'search',
    id: `${id}-input`,
    name: 'q',
    autocomplete: 'off',
    spellcheck: false,
    placeholder: 'Try “caching” or “what is CORS”',
    enterKeyHint: 'search',
  });
  input.setAttribute('aria-controls', `${id}-results`);
  const form = el(
    'form',
    { className: 'search-form', role: 'search', action: '' },
    el('label', { htmlFor: input.id, className: 'visually-hidden' }, 'Search articles and the glossary'),
    input,
    el('button', { type: 'submit', className: 'search-submit' }, 'Search'),
  );
  const all = 'All';
  const chips = [all, ...sections].map((title) =>
    el('button', { type: 'button', className: 'search-chip', value: title === all ? '' : title }, el('span', {}, title), el('span', { className: 'search-chip-count' })),
  );
  const filters = el('div', { className: 'search-filters', role: 'group', ariaLabel: 'Show results from' }, ...chips);
  const status = el('p', { className: 'search-status', role: 'status' });
  // Outside the live region: a control inside it would be read out on every change.
  const suggestion = el('p', { className: 'search-suggestion', hidden: true });
  const results = el('ol', { className: 'search-results', id: `${id}-results`, ariaLabel: 'Results' });
  const moreButton = el('button', { type: 'button', className: 'search-more', hidden: true }, 'Show more results');
  const hint = el('p', { className: 'search-keys', ariaHidden: 'true' }, '↑ ↓ move · Enter opens · Esc closes');
  const element = el('div', { className: 'search-panel' }, form, filters, status, suggestion, results, moreButton, hint);

  let section: string | undefined;
  let latest = 0;
  let shown = 0;
  let loadMore: (() => Promise<SearchHit[]>) | undefined;
  let total = 0;
  const setSection = (value: string | undefined) => {
    section = value || undefined;
    for (const chip of chips) chip.setAttribute('aria-pressed', String((chip.value || undefined) === section));
  };
  setSection(undefined);

  const say = (...parts: (Node | string)[]) => status.replaceChildren(...parts);

  async function run(query: string, nextSection = section): Promise<void> {
    setSection(nextSection);
    const words = query.trim().slice(0, MAX_QUERY);
    const ticket = ++latest;
    onChange?.(query, section);
    moreButton.hidden = true;
    suggestion.hidden = true;
    if (!words) {
      results.replaceChildren();
      for (const chip of chips) chip.lastElementChild!.textContent = '';
      say('');
      return;
    }
    element.setAttribute('aria-busy', 'true');
    // The first search loads the index; say so at once rather than show an empty panel.
    const slow = setTimeout(() => {
      if (ticket === latest) say('Searching…');
    }, 150);
    try {
      const outcome = await backend.search(words, section);
      if (ticket !== latest) return; // a newer query is already on its way
      results.replaceChildren(...outcome.hits.map((hit) => (hit === outcome.answer ? answerItem(hit) : hitItem(hit))));
      shown = outcome.hits.length;
      total = outcome.total;
      loadMore = outcome.more;
      moreButton.hidden = shown >= total;
      for (const chip of chips) {
        const count = chip.value ? outcome.perSection[chip.value] ?? 0 : Object.values(outcome.perSection).reduce((a, b) => a + b, 0);
        chip.lastElementChild!.textContent = ` ${count}`;
      }
      const where = section ? ` in ${section}` : '';
      if (outcome.suggestion) {
        const better = outcome.suggestion;
        const button = el('button', { type: 'button', className: 'search-suggest-button' }, better);
        button.addEventListener('click', () => {
          input.value = better;
          void run(better);
          input.focus();
        });
        suggestion.replaceChildren('Did you mean ', button, '?');
        suggestion.hidden = false;
      }
      if (outcome.corrected) {
        const { from, to } = outcome.corrected;
        const best = shown < outcome.total ? `, showing the best ${shown}` : '';
        say(`No results for “${from}”${where}. ${outcome.total} ${outcome.total === 1 ? 'result' : 'results'} for “${to}”${best}.`);
      } else if (outcome.total === 0) {
        say(`No results for “${words}”${where}. Try fewer or other words, or browse the `, el('a', { href: indexUrl }, 'A-Z index'), '.');
      } else {
        const best = shown < outcome.total ? `, showing the best ${shown}` : '';
        say(`${outcome.total} ${outcome.total === 1 ? 'result' : 'results'} for “${words}”${where}${best}.`);
      }
    } catch (error) {
      if (ticket !== latest) return;
      console.warn('Search failed:', error);
      say('Search is not available right now. Browse the ', el('a', { href: indexUrl }, 'A-Z index'), ' instead.');
    } finally {
      clearTimeout(slow);
      if (ticket === latest) element.removeAttribute('aria-busy');
    }
  }

  input.addEventListener('input', () => void run(input.value));
  moreButton.addEventListener('click', async () => {
    const ticket = latest;
    const extra = (await loadMore?.()) ?? [];
    if (ticket !== latest) return;
    const firstNew = extra.length > 0 ? hitItem(extra[0]!) : undefined;
    results.append(...(firstNew ? [firstNew] : []), ...extra.slice(1).map(hitItem));
    shown += extra.length;
    moreButton.hidden = shown >= total || extra.length === 0;
    // Keep the reader's place: focus moves to the first new result.
    firstNew?.querySelector('a')?.focus();
  });
  for (const chip of chips) chip.addEventListener('click', () => void run(input.value, chip.value || undefined));

  // Enter in the box (or the Search button) opens the first result; the form never reloads the page.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = results.querySelector('a');
    if (first) first.click();
    else void run(input.value);
  });

  // Arrow keys move between the box and every result link.
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [input, ...results.querySelectorAll('a')];
    const at = stops.indexOf(document.activeElement as HTMLInputElement);
    if (at === -1) return;
    const next = stops[Math.min(stops.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (next && next !== stops[at]) {
      event.preventDefault();
      next.focus();
    }
  });

  return { element, input, run };
}
