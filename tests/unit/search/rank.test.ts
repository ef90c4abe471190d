/**
 * The offline engine's ranking rules, each pinned by a test that fails if the
 * rule is removed: every word must match, prefixes (3+ letters)
 * match at a discount, rarer terms weigh more, and the section filter applies
 * after per-section counts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rank, type Posting, type RankInput } from '../../../src/search/core/rank.ts';
import { tokenize } from '../../../src/search/core/tokenize.ts';

interface Doc {
  title: string;
  section: string;
  text: string;
}

/** A tiny index over `docs`, built the way the offline index weighs words (title x10, text x1). */
function search(docs: Doc[], query: string, section?: string) {
  const postings = new Map<string, Posting[]>();
  docs.forEach((doc, id) => {
    const tf = new Map<string, number>();
    for (const term of tokenize(doc.title)) tf.set(term, (tf.get(term) ?? 0) + 10);
    for (const term of tokenize(doc.text)) tf.set(term, (tf.get(term) ?? 0) + 1);
    for (const [term, count] of tf) postings.set(term, [...(postings.get(term) ?? []), [id, count, []]]);
  });
  const input: RankInput = {
    stems: [...new Set(tokenize(query))],
    docs: docs.map((doc) => ({ section: doc.section, words: tokenize(`${doc.title} ${doc.text}`).length })),
    termsFor: () => Object.fromEntries(postings),
    section,
  };
  const { matches, perSection } = rank(input);
  return { titles: matches.map((match) => docs[match.doc]!.title), perSection };
}

const filler = 'words that pad the page about servers and code '.repeat(5);

describe('offline ranking', () => {
  it('keeps only pages that contain every word of the query', () => {
    const docs = [
      { title: 'Caching', section: 'Skills', text: `redis cache ${filler}` },
      { title: 'Queues', section: 'Skills', text: `redis queue ${filler}` },
    ];
    assert.deepEqual(search(docs, 'redis queue').titles, ['Queues']);
  });

  it('matches prefixes of three letters or more, below whole words', () => {
    const docs = [
      { title: 'One', section: 'Skills', text: `kubernetes ${filler}` },
      { title: 'Two', section: 'Skills', text: `kub and a few more words ${filler}` },
    ];
    assert.deepEqual(search(docs, 'kub').titles, ['Two', 'One'], 'the whole word "kub" beats the prefix match in a shorter page');
    assert.deepEqual(search(docs, 'ku').titles, [], 'two letters are too short to match a prefix');
  });

  it('weighs rare terms above common ones', () => {
    const docs = [
      { title: 'A', section: 'Skills', text: `latency common common common ${filler}` },
      { title: 'B', section: 'Skills', text: `latency latency common ${filler}` },
      { title: 'C', section: 'Skills', text: `common ${filler}` },
      { title: 'D', section: 'Skills', text: `common ${filler}` },
    ];
    // "latency" is in two pages, "common" in all four: more of the rare word beats more of the common one.
    assert.deepEqual(search(docs, 'latency common').titles, ['B', 'A']);
  });

  it('filters by section after counting matches in every section', () => {
    const docs = [
      { title: 'Cache', section: 'Glossary', text: 'Stored copies.' },
      { title: 'Caching', section: 'Skills', text: `cache ${filler}` },
      { title: 'CDN', section: 'Tools', text: `cache ${filler}` },
    ];
    const { titles, perSection } = search(docs, 'cache', 'Skills');
    assert.deepEqual(titles, ['Caching']);
    assert.deepEqual(perSection, { Glossary: 1, Skills: 1, Tools: 1 });
  });

  it('returns nothing for a query with no words', () => {
    assert.deepEqual(search([{ title: 'A', section: 'S', text: 'a' }], '').titles, []);
  });
});
