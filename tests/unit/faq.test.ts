import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFaq, faqJsonLd, markdownToText } from '../../src/lib/faq.ts';

describe('FAQ extraction', () => {
  const body = [
    'Intro paragraph.',
    '',
    '## What is an API?',
    '',
    'An **API** is a [contract](/skills/apis/) between programs, e.g. `GET /users`.',
    '',
    'Second paragraph with user_id intact.',
    '',
    '## Key takeaways',
    '',
    '- Not a question.',
    '',
    '### Is this a sub-question?',
    '',
    'Sub-headings are not FAQ entries.',
    '',
    '## Do I need a degree?',
    '',
    '<Callout type="note">',
    '',
    'It depends &amp; varies.',
    '',
    '</Callout>',
  ].join('\n');

  it('takes every h2 that ends with a question mark, with the text up to the next heading', () => {
    assert.deepEqual(extractFaq(body), [
      { question: 'What is an API?', answer: 'An API is a contract between programs, e.g. GET /users. Second paragraph with user_id intact.' },
      { question: 'Do I need a degree?', answer: 'It depends & varies.' },
    ]);
  });

  it('reduces markdown to the words a reader sees', () => {
    assert.equal(markdownToText('See *this* and [that](/x/) ![img](/a.svg)\n\n```js\ncode();\n```\nend'), 'See this and that img end');
  });

  it('builds FAQPage JSON-LD that cannot close its script element', () => {
    const json = faqJsonLd([{ question: 'Why </script>?', answer: 'Because <b>.' }]);
    assert.ok(!json.includes('<'));
    assert.deepEqual(JSON.parse(json), {
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: 'Why </script>?', acceptedAnswer: { '@type': 'Answer', text: 'Because <b>.' } }],
    });
  });
});
