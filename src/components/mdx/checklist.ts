/**
 * Remembers which task-list boxes (ListItem.astro) a reader ticked on this
 * page, in localStorage; without it the boxes still tick, for this visit.
 */
const boxes = [...document.querySelectorAll<HTMLInputElement>('.prose li > label > input[type="checkbox"]')];
const key = `bg-checklist:${location.pathname}`;

function load(): Set<number> {
  try {
    return new Set(JSON.parse(localStorage.getItem(key) ?? '[]') as number[]);
  } catch {
    return new Set();
  }
}

const ticked = load();
boxes.forEach((box, index) => {
  box.checked = ticked.has(index);
  box.addEventListener('change', () => {
    if (box.checked) ticked.add(index);
    else ticked.delete(index);
    try {
      localStorage.setItem(key, JSON.stringify([...ticked]));
    } catch {
      /* Storage can be blocked; the ticks then last for this visit. */
    }
  });
});
