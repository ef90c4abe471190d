/** The least an orderable entry needs: an id and a position. */
export interface Ordered {
  id: string;
  order: number;
}

/** Sorts by `order`, then by id so that the result never depends on file-system order. */
export function byOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/**
 * Sorts articles for reading: by their section's position in `sectionOrder`,
 * then by `order` within the section, then by id.
 */
export function bySectionThenOrder<T extends Ordered>(
  items: readonly T[],
  sectionOf: (item: T) => string,
  sectionOrder: readonly string[],
): T[] {
  const rank = (item: T) => {
    const index = sectionOrder.indexOf(sectionOf(item));
    return index === -1 ? sectionOrder.length : index;
  };
  return [...items].sort((a, b) => rank(a) - rank(b) || a.order - b.order || a.id.localeCompare(b.id));
}

/** The entries before and after `id` in an already ordered list. */
export function neighbours<T extends { id: string }>(
  items: readonly T[],
  id: string,
): { previous?: T; next?: T } {
  const index = items.findIndex((item) => item.id === id);
  if (index === -1) return {};
  return { previous: items[index - 1], next: items[index + 1] };
}

/** Sorts names the way an index reader expects: case- and accent-insensitive, English collation. */
export function alphabetical<T>(items: readonly T[], name: (item: T) => string): T[] {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return [...items].sort((a, b) => collator.compare(name(a), name(b)));
}

/** The index letter a name files under: A-Z, or "#" for names starting with a digit or symbol. */
export function indexLetter(name: string): string {
  const first = name.normalize('NFD').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}
