/** Stored progress is checked on every read: only what this site wrote is trusted. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyProgress, exportProgress, MAX_PROGRESS_BYTES, parseProgress, readProgressText, withDone, type Progress } from '../../../src/learning/progress.ts';

const card = { due: '2026-12-05T10:00:00.000Z', stability: 3.1, difficulty: 5.2, elapsed_days: 0, scheduled_days: 3, learning_steps: 0, reps: 1, lapses: 0, state: 2 };
const valid: Progress = { version: 1, done: { 'skills/apis': '2026-12-02T09:00:00.000Z' }, cards: { cors: card as Progress['cards'][string] } };

describe('progress storage', () => {
  it('reads back what it wrote, and an export of it', () => {
    assert.deepEqual(readProgressText(JSON.stringify(valid)), { progress: valid, discarded: false });
    assert.deepEqual(parseProgress(JSON.parse(exportProgress(valid, new Date('2026-12-02T10:00:00Z')))), valid);
  });

  it('starts empty when nothing is stored, without calling that a discard', () => {
    assert.deepEqual(readProgressText(null), { progress: emptyProgress(), discarded: false });
  });

  const corrupt: [string, string][] = [
    ['text that is not JSON', '{"version":1,"done":'],
    ['another version', JSON.stringify({ ...valid, version: 2 })],
    ['a foreign object', JSON.stringify({ theme: 'dark' })],
    ['an unknown field', JSON.stringify({ ...valid, tracking: 'id-123' })],
    ['another app', JSON.stringify({ ...valid, app: 'someone-else' })],
    ['a malformed article id', JSON.stringify({ ...valid, done: { '../etc/passwd': '2026-12-02T09:00:00.000Z' } })],
    ['a date that is not a date', JSON.stringify({ ...valid, done: { 'skills/apis': 'yesterday' } })],
    ['a card with a negative count', JSON.stringify({ ...valid, cards: { cors: { ...card, reps: -1 } } })],
    ['a card with an unknown state', JSON.stringify({ ...valid, cards: { cors: { ...card, state: 7 } } })],
    ['a card with extra fields', JSON.stringify({ ...valid, cards: { cors: { ...card, html: '<img src=x onerror=alert(1)>' } } })],
    ['an array', JSON.stringify([valid])],
    ['more than any guide has', JSON.stringify({ ...valid, done: Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`a/b${i}`, '2026-12-02T09:00:00.000Z'])) })],
    ['too many bytes, even of valid progress', `${JSON.stringify(valid)}${' '.repeat(MAX_PROGRESS_BYTES)}`],
  ];
  for (const [what, text] of corrupt) {
    it(`discards ${what}`, () => {
      assert.deepEqual(readProgressText(text), { progress: emptyProgress(), discarded: true });
    });
  }

  it('marks and unmarks an article without changing the old progress', () => {
    const marked = withDone(emptyProgress(), 'roles/responsibilities', true, new Date('2026-12-02T10:00:00Z'));
    assert.deepEqual(marked.done, { 'roles/responsibilities': '2026-12-02T10:00:00.000Z' });
    assert.deepEqual(withDone(marked, 'roles/responsibilities', false).done, {});
    assert.deepEqual(emptyProgress().done, {});
  });
});
