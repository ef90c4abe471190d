import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../src/lib/reading-time.ts';

describe('reading time', () => {
  it('counts prose words and ignores imports, JSX tags and link targets', () => {
    const mdx = [
      "import Diagram from '../../diagrams/x.svg';",
      '',
      'A [server](/glossary/#server) answers requests.',
      '',
      '<Callout type="note">',
      'Two words',
      '</Callout>',
    ].join('\n');
    assert.equal(countWords(mdx), 6);
  });

  it('does not count Markdown punctuation as words', () => {
    assert.equal(countWords('## Heading\n\n- one\n- two\n\n| a | b |\n| --- | --- |'), 5);
  });

  it('rounds to whole minutes and never says zero', () => {
    assert.equal(readingMinutes(''), 1);
    assert.equal(readingMinutes('word '.repeat(WORDS_PER_MINUTE * 3)), 3);
    assert.equal(readingMinutes('word '.repeat(Math.round(WORDS_PER_MINUTE * 2.6))), 3);
  });
});
