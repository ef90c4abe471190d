/**
 * The glue between ts-fsrs, which schedules reviews, and the stored
 * progress: converting cards to and from what localStorage keeps, picking the
 * next card, and rating it. Pure, so it is tested in Node.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { StoredCard } from './progress.ts';

/** The four answers a reader gives, in the order the buttons show them. */
export const ratings = [
  { label: 'Again', rating: Rating.Again },
  { label: 'Hard', rating: Rating.Hard },
  { label: 'Good', rating: Rating.Good },
  { label: 'Easy', rating: Rating.Easy },
] as const satisfies readonly { label: string; rating: Grade }[];

/** New cards a reader meets in one sitting, so a first visit is not 140 cards long. */
export const NEW_CARDS_PER_SESSION = 10;

const scheduler = fsrs({ enable_fuzz: false });

export function toCard(stored: StoredCard): Card {
  return { ...stored, due: new Date(stored.due), last_review: stored.last_review ? new Date(stored.last_review) : undefined };
}

export function toStored(card: Card): StoredCard {
  const { due, last_review, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state } = card;
  return {
    due: due.toISOString(),
    stability,
    difficulty,
    elapsed_days,
    scheduled_days,
    learning_steps,
    reps,
    lapses,
    state: state as StoredCard['state'],
    ...(last_review ? { last_review: last_review.toISOString() } : {}),
  };
}

/** The cards to review now: those due, soonest first, then up to a session's worth never seen, in the order given. */
export function reviewQueue(termIds: readonly string[], cards: Readonly<Record<string, StoredCard>>, now: Date): string[] {
  const due = termIds.filter((id) => cards[id] && Date.parse(cards[id].due) <= now.getTime()).sort((a, b) => Date.parse(cards[a]!.due) - Date.parse(cards[b]!.due));
  const fresh = termIds.filter((id) => !cards[id]).slice(0, NEW_CARDS_PER_SESSION);
  return [...due, ...fresh];
}

/** The card after the reader's answer. */
export function rate(stored: StoredCard | undefined, rating: Grade, now: Date): StoredCard {
  const card = stored ? toCard(stored) : createEmptyCard(now);
  return toStored(scheduler.next(card, now, rating).card);
}

/** When the card would come back for each answer, for the buttons' hints ("in 10 min", "in 3 days"). */
export function nextIntervals(stored: StoredCard | undefined, now: Date): Record<Grade, Date> {
  const card = stored ? toCard(stored) : createEmptyCard(now);
  const preview = scheduler.repeat(card, now);
  return Object.fromEntries(ratings.map(({ rating }) => [rating, preview[rating].card.due])) as Record<Grade, Date>;
}

/** "in 10 minutes", "in 3 days": how far `due` is from `now`, rounded for a button. */
export function formatInterval(due: Date, now: Date): string {
  const minutes = Math.max(1, Math.round((due.getTime() - now.getTime()) / 60000));
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in ${hours} h`;
  const days = Math.round(hours / 24);
  if (days < 31) return `in ${days} ${days === 1 ? 'day' : 'days'}`;
  const months = Math.round(days / 30);
  return `in ${months} ${months === 1 ? 'month' : 'months'}`;
}
