/** The hast plugins' markup and errors, from real Markdown and MDX run through the real processor. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileMdx, renderMarkdown, TEST_FILE } from './processor.ts';

describe('heading tools', () => {
  it('wraps h2 and h3 with a permalink and a copy button named through aria-labelledby', async () => {
    const html = await renderMarkdown('## Caching, in short\n\n### How it works\n');
    assert.match(html, /<div class="heading heading-2"><h2 id="caching-in-short">Caching, in short<\/h2><span class="heading-tools no-print" data-pagefind-ignore="">/);
    assert.match(html, /<a class="heading-anchor" href="#caching-in-short" aria-labelledby="permalink-label caching-in-short"><span aria-hidden="true">#<\/span><\/a>/);
    assert.match(html, /<button type="button" class="copy-link needs-js" data-target="caching-in-short" aria-labelledby="copy-link-label caching-in-short"><\/button>/);
    assert.match(html, /<div class="heading heading-3"><h3 id="how-it-works">/);
  });

  it('leaves h1 and h4 alone', async () => {
    const html = await renderMarkdown('# Title\n\n#### Small\n');
    assert.doesNotMatch(html, /heading-tools/);
  });

  it('fails on a heading with no usable id, naming the file, the line and the heading', async () => {
    await assert.rejects(compileMdx('Text.\n\n## 🚀🔥\n'), (error: Error) => {
      assert.match(error.message, new RegExp(`${TEST_FILE}:3: the heading "🚀🔥" gives no usable id`));
      return true;
    });
  });
});

describe('task lists', () => {
  it('puts each task checkbox and its text in one label, enabled', async () => {
    const html = await renderMarkdown('- [ ] Wrote a **join**\n- [x] Done\n- plain item\n');
    assert.match(html, /<li class="task-list-item"><label><input type="checkbox"> Wrote a <strong>join<\/strong><\/label><\/li>/);
    assert.match(html, /<label><input type="checkbox" checked> Done<\/label>/);
    assert.doesNotMatch(html, /disabled/);
    assert.match(html, /<li>plain item<\/li>/);
  });

  it('labels loose task items inside their first paragraph', async () => {
    const html = await renderMarkdown('- [ ] First\n\n  More text.\n\n- [ ] Second\n');
    assert.match(html, /<p><label><input type="checkbox"> First<\/label><\/p>/);
  });
});

describe('table regions', () => {
  it('wraps tables in a focusable region labelled with the column names', async () => {
    const html = await renderMarkdown('| Aspect | Front end | Back **end** |\n| --- | --- | --- |\n| a | b | c |\n');
    assert.match(html, /<section class="table-wrap" aria-label="Table: Aspect, Front end, Back end" tabindex="0"><table>/);
  });
});

describe('base path links', () => {
  it('adds the base to root-relative links and images in Markdown and in JSX', async () => {
    const html = await renderMarkdown('[APIs](/skills/apis/#rest) and [MDN](https://developer.mozilla.org/) and [here](#x) and ![d](/img/a.svg)', '/guide/');
    assert.match(html, /href="\/guide\/skills\/apis\/#rest"/);
    assert.match(html, /href="https:\/\/developer\.mozilla\.org\/"/);
    assert.match(html, /href="#x"/);
    assert.match(html, /src="\/guide\/img\/a\.svg"/);
    const { code } = await compileMdx('<a href="/skills/apis/">APIs</a>', '/guide/');
    assert.match(code, /"\/guide\/skills\/apis\/"/);
  });

  it('changes nothing with the default base', async () => {
    const html = await renderMarkdown('[APIs](/skills/apis/)');
    assert.match(html, /href="\/skills\/apis\/"/);
  });
});

describe('script-like MDX', () => {
  for (const [name, mdx, problem] of [
    ['a raw <script>', 'Text.\n\n<script>alert(1)</script>\n', /:3: <script> is not allowed in articles/],
    ['an inline event handler', 'Text.\n\n<img src="/favicon.svg" alt="" onload="x()" />\n', /:3: the event handler onload= on <img> is not allowed/],
    ['onerror in inline JSX', 'A <span onerror="x()">b</span>.\n', /:1: the event handler onerror= on <span>/],
    ['a javascript: link in JSX', '<a href="javascript:alert(1)">x</a>\n', /a javascript: URL in href= on <a>/],
    ['a javascript: Markdown link', '[x](javascript:alert(1))\n', /a javascript: link is not allowed/],
  ] as const) {
    it(`fails on ${name}, naming the file and line`, async () => {
      await assert.rejects(compileMdx(mdx), (error: Error) => {
        assert.ok(error.message.includes(TEST_FILE), error.message);
        assert.match(error.message, problem);
        return true;
      });
    });
  }

  it('allows the components and HTML articles use', async () => {
    await compileMdx('<details>\n<summary>Q</summary>\n\nA.\n\n</details>\n\n<Callout type="tip">Hi</Callout>\n');
  });
});
