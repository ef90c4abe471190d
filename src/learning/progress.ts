/**
 * What the reader has done, kept in their own browser and nowhere else:
 * articles marked as done and their glossary review cards. One versioned
 * localStorage key; every read is validated, and anything corrupt, foreign
 * or oversized is set aside rather than trusted, so a bad value can never
 * break a page. Pure functions first (tested in Node), then the browser glue.
 */

/** The one key the progress lives under; the suffix is the format's version. */
export const PROGRESS_KEY = 'bg-progress-v1';
/** Larger than any real progress (a thousand articles and cards is about 250 KB). */
export const MAX_PROGRESS_BYTES = 512 * 1024;
const MAX_ENTRIES = 5000;

/** A review card's schedule, as ts-fsrs keeps it, with dates as ISO strings. */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  state: 0 | 1 | 2 | 3;
  last_review?: string;
}

export interface Progress {
  version: 1;
  /** Article id (`skills/apis`) → when it was marked done. */
  done: Record<string, string>;
  /** Glossary term id (`cors`) → its review schedule. */
  cards: Record<string, StoredCard>;
}

export const emptyProgress = (): Progress => ({ version: 1, done: {}, cards: {} });

const ARTICLE_ID = /^[a-z0-9-]+\/[a-z0-9-]+$/;
const TERM_ID = /^[a-z0-9][a-z0-9-]*$/;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isDate = (value: unknown): value is string => typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
const isCount = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function validCard(value: unknown): value is StoredCard {
  if (!isObject(value)) return false;
  const allowed = new Set(['due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state', 'last_review']);
  if (Object.keys(value).some((key) => !allowed.has(key))) return false;
  return (
    isDate(value.due) &&
    ['stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses'].every((key) => isCount(value[key])) &&
    [0, 1, 2, 3].includes(value.state as number) &&
    (value.last_review === undefined || isDate(value.last_review))
  );
}

/**
 * The progress in `value`, or undefined when it is not progress this site
 * wrote: wrong version, unknown fields, malformed ids, dates or cards, or
 * more entries than any guide has. An exported file's `app` and `exportedAt`
 * fields are accepted.
 */
export function parseProgress(value: unknown): Progress | undefined {
  if (!isObject(value) || value.version !== 1) return undefined;
  const { version: _version, done, cards, app, exportedAt, ...rest } = value;
  if (Object.keys(rest).length > 0) return undefined;
  if (app !== undefined && app !== 'backend-guide') return undefined;
  if (exportedAt !== undefined && !isDate(exportedAt)) return undefined;
  if (!isObject(done) || !isObject(cards)) return undefined;
  const doneEntries = Object.entries(done);
  const cardEntries = Object.entries(cards);
  if (doneEntries.length > MAX_ENTRIES || cardEntries.length > MAX_ENTRIES) return undefined;
  if (!doneEntries.every(([id, when]) => ARTICLE_ID.test(id) && isDate(when))) return undefined;
  if (!cardEntries.every(([id, card]) => TERM_ID.test(id) && validCard(card))) return undefined;
  return { version: 1, done: done as Progress['done'], cards: cards as Progress['cards'] };
}

/** Progress from stored text: none stored is empty; anything unusable is reported as discarded. */
export function readProgressText(text: string | null): { progress: Progress; discarded: boolean } {
  if (text === null) return { progress: emptyProgress(), discarded: false };
  if (text.length > MAX_PROGRESS_BYTES) return { progress: emptyProgress(), discarded: true };
  try {
    const progress = parseProgress(JSON.parse(text));
    return progress ? { progress, discarded: false } : { progress: emptyProgress(), discarded: true };
  } catch {
    return { progress: emptyProgress(), discarded: true };
  }
}

/** The file "Export progress" downloads. */
export function exportProgress(progress: Progress, now = new Date()): string {
  return `${JSON.stringify({ app: 'backend-guide', exportedAt: now.toISOString(), ...progress }, null, 2)}\n`;
}

/** Marks or unmarks an article, returning new progress. */
export function withDone(progress: Progress, articleId: string, done: boolean, now = new Date()): Progress {
  const next = { ...progress, done: { ...progress.done } };
  if (done) next.done[articleId] = now.toISOString();
  else delete next.done[articleId];
  return next;
}

/* Browser glue: one event tells every widget on the page that progress changed. */

export const PROGRESS_EVENT = 'bg-progress';

/** The stored progress; unreadable storage (private modes, file:// in some browsers) counts as empty. */
export function loadProgress(): { progress: Progress; discarded: boolean } {
  try {
    return readProgressText(localStorage.getItem(PROGRESS_KEY));
  } catch {
    return { progress: emptyProgress(), discarded: false };
  }
}

/** Stores progress and tells the page; false when the browser refuses to store it. */
export function saveProgress(progress: Progress): boolean {
  let saved = true;
  try {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    saved = false;
  }
  document.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: progress }));
  return saved;
}

/** Calls `listener` with the progress now, whenever this page changes it, and when another tab does. */
export function watchProgress(listener: (progress: Progress) => void): void {
  listener(loadProgress().progress);
  document.addEventListener(PROGRESS_EVENT, (event) => listener((event as CustomEvent<Progress>).detail));
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY || event.key === null) listener(loadProgress().progress);
  });
}

/** Asks the browser, once, to keep this site's storage when it clears space (Safari may still clear it after seven idle days). */
export function askToPersist(): void {
  void navigator.storage?.persist?.().catch(() => undefined);
}
