/** The glue between ts-fsrs and stored progress: queue, ratings, and round trips through storage. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Rating } from 'ts-fsrs';
import { parseProgress } from '../../../src/learning/progress.ts';
import { formatInterval, NEW_CARDS_PER_SESSION, nextIntervals, rate, reviewQueue, toCard, toStored } from '../../../src/learning/scheduling.ts';

const now = new Date('2026-12-02T10:00:00Z');

describe('review scheduling', () => {
  it('rates a new card and stores a card that passes the progress check', () => {
    const stored = rate(undefined, Rating.Good, now);
    assert.equal(stored.reps, 1);
    assert.equal(stored.last_review, now.toISOString(), 'the review itself is remembered');
    assert.ok(Date.parse(stored.due) > now.getTime());
    assert.ok(parseProgress({ version: 1, done: {}, cards: { cors: stored } }), 'a rated card must be storable');
    assert.deepEqual(toStored(toCard(stored)), stored);
  });

  it('brings a card back sooner after "Again" than after "Easy"', () => {
    const again = rate(undefined, Rating.Again, now);
    const easy = rate(undefined, Rating.Easy, now);
    assert.ok(Date.parse(again.due) < Date.parse(easy.due));
    const intervals = nextIntervals(undefined, now);
    assert.ok(intervals[Rating.Again] < intervals[Rating.Hard] && intervals[Rating.Good] <= intervals[Rating.Easy]);
  });

  it('spaces a well-known card further each time', () => {
    const first = rate(undefined, Rating.Good, now);
    const second = rate(first, Rating.Good, new Date(first.due));
    assert.ok(Date.parse(second.due) - Date.parse(first.due) > Date.parse(first.due) - now.getTime());
  });

  it('queues due cards, soonest first, then a session of new ones, and leaves cards not yet due', () => {
    const soon = rate(undefined, Rating.Again, new Date('2026-12-01T09:00:00Z'));
    const later = rate(undefined, Rating.Again, new Date('2026-12-01T10:00:00Z'));
    const future = rate(undefined, Rating.Easy, now);
    const ids = ['a', 'b', 'c', ...Array.from({ length: 20 }, (_, i) => `new-${i}`)];
    const queue = reviewQueue(ids, { a: later, b: soon, c: future }, now);
    assert.deepEqual(queue.slice(0, 2), ['b', 'a']);
    assert.ok(!queue.includes('c'));
    assert.equal(queue.length, 2 + NEW_CARDS_PER_SESSION);
  });

  it('says how far off a review is in words a button can hold', () => {
    assert.equal(formatInterval(new Date(now.getTime() + 10 * 60000), now), 'in 10 min');
    assert.equal(formatInterval(new Date(now.getTime() + 3 * 86400000), now), 'in 3 days');
    assert.equal(formatInterval(new Date(now.getTime() + 86400000), now), 'in 1 day');
  });
});
