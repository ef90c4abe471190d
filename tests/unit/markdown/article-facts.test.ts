/** The facts the pipeline records, from real MDX run through the real processor. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WORDS_PER_MINUTE } from '../../../src/markdown/article-facts.ts';
import { compileMdx } from './processor.ts';

const ending = `
## Key takeaways

- one
- two
- three

## Check your understanding

<details>
<summary>Why **this**?</summary>

Because [see the part](#a-part).

</details>

<details>
<summary>And that?</summary>

No link here.

</details>
`;

describe('article facts', () => {
  it('counts prose words, not code, and reading time from both', async () => {
    const prose = 'word '.repeat(WORDS_PER_MINUTE * 2);
    const code = 'x '.repeat(WORDS_PER_MINUTE);
    const { facts } = await compileMdx(`${prose}\n\n\`\`\`js\n${code}\n\`\`\`\n`);
    assert.equal(facts.words, WORDS_PER_MINUTE * 2);
    assert.equal(facts.minutes, 3);
    assert.equal(facts.hasCode, true);
  });

  it('treats a code block indented in a list as code, like the page does', async () => {
    const { facts } = await compileMdx('- Run this:\n\n  ```bash\n  echo $5 see /nope/\n  ```\n');
    assert.equal(facts.hasCode, true);
    assert.deepEqual(facts.figures, [], 'a dollar sign inside code is not a figure');
    assert.deepEqual(facts.typedPay, []);
    assert.equal(facts.words, 2);
  });

  it('records figures and typed pay in prose, but not in inline code', async () => {
    const { facts } = await compileMdx('It grew 12% and pays $5,000; `$9` is a shell variable.');
    assert.deepEqual(facts.figures, ['12%', '$5,000']);
    assert.deepEqual(facts.typedPay, ['$5,000']);
  });

  it('counts takeaway bullets and reads each self-check answer with its links', async () => {
    const { facts } = await compileMdx(`Intro.\n\n## A part\n\nText.\n${ending}`);
    assert.equal(facts.takeaways, 3);
    assert.deepEqual(facts.selfCheck, [
      { question: 'Why this?', links: ['#a-part'] },
      { question: 'And that?', links: [] },
    ]);
  });

  it('reports missing sections as null, not zero', async () => {
    const { facts } = await compileMdx('Just text.');
    assert.equal(facts.takeaways, null);
    assert.equal(facts.selfCheck, null);
  });

  it('reads FAQ questions (## …?) with their answers as text and links, up to the next ##', async () => {
    const { facts } = await compileMdx(
      '## What is it?\n\nA **thing**, see [APIs](/skills/apis/).\n\n### A sub-part\n\nMore.\n\n## Not a question\n\nText.\n\n## Why?\n\nBecause.\n',
    );
    assert.deepEqual(facts.faq, [
      { question: 'What is it?', answer: 'A thing, see APIs. A sub-part More.', links: ['/skills/apis/'] },
      { question: 'Why?', answer: 'Because.', links: [] },
    ]);
  });

  it('notices tables, task lists, diagrams, tabs, links and pay ids with their lines', async () => {
    const { facts } = await compileMdx(
      'See [a](/x/) and <a href="/y/">b</a>.\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\n- [ ] task\n\n<Figure caption="c">x</Figure>\n\n<Tabs><Tab label="A">a</Tab></Tabs>\n\nPay <Pay id="oews" /> and <Pay />.\n',
    );
    assert.equal(facts.hasTable, true);
    assert.equal(facts.hasTaskList, true);
    assert.equal(facts.hasDiagram, true);
    assert.equal(facts.hasTabs, true);
    assert.deepEqual(facts.links, [
      { href: '/x/', line: 1 },
      { href: '/y/', line: 1 },
    ]);
    assert.deepEqual(facts.payIds, [
      { id: 'oews', line: 13 },
      { id: undefined, line: 13 },
    ]);
  });
});
