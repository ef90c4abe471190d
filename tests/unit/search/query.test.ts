import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { preferTitleMatches, searchWords, titleCoverage, titleMatches } from '../../../src/search/core/query.ts';

describe('search query handling', () => {
  it('drops filler words unless nothing else is left', () => {
    assert.equal(searchWords('what is CORS?'), 'CORS?');
    assert.equal(searchWords('sql vs nosql'), 'sql nosql');
    assert.equal(searchWords('what is'), 'what is');
    assert.equal(searchWords('  '), '');
  });

  it('matches titles by word starts, ignoring hyphens and case', () => {
    assert.ok(titleMatches('back-end dev', 'What is back-end development?'));
    assert.ok(titleMatches('back end dev', 'What is back-end development?'));
    assert.ok(!titleMatches('back end caching', 'What is back-end development?'));
    assert.equal(titleCoverage('back end development', 'What is back-end development?'), 1);
    assert.equal(titleCoverage('back end development', 'Back-end development: frequently asked questions'), 0.5);
  });

  it('puts title matches first, the closest title first, and keeps the rest in order', () => {
    const hits = ['Salary', 'Back-end development: frequently asked questions', 'Working with the team', 'What is back-end development?'].map((title) => ({ title }));
    assert.deepEqual(
      preferTitleMatches('back end development', hits).map((hit) => hit.title),
      ['What is back-end development?', 'Back-end development: frequently asked questions', 'Salary', 'Working with the team'],
    );
  });
});
