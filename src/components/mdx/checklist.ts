/**
 * Remembers which task-list boxes (src/markdown/task-list.ts) a reader ticked
 * on this page, in localStorage. Ticks are kept by each item's text, so a
 * milestone added to the article later does not shift them onto the wrong
 * lines. Without storage the boxes still tick, for this visit.
 */
const boxes = [...document.querySelectorAll<HTMLInputElement>('.prose li > label > input[type="checkbox"]')];
const key = `bg-checklist:${location.pathname}`;
const textOf = (box: HTMLInputElement) => (box.parentElement?.textContent ?? '').replace(/\s+/g, ' ').trim();

function load(): Set<string> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
  } catch {
    return new Set();
  }
}

const ticked = load();
for (const box of boxes) {
  const text = textOf(box);
  box.checked = ticked.has(text);
  box.addEventListener('change', () => {
    if (box.checked) ticked.add(text);
    else ticked.delete(text);
    try {
      localStorage.setItem(key, JSON.stringify([...ticked]));
    } catch {
      /* Storage can be blocked; the ticks then last for this visit. */
    }
  });
}

export {};
