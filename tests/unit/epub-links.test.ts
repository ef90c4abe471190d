/** Where a site link points inside the EPUB (src/epub/links.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bookHref, type BookLinks } from '../../src/epub/links.ts';

const links = (over: Partial<BookLinks> = {}): BookLinks => ({
  base: '/',
  onlineRoot: 'https://guide.example.org/',
  articles: new Set(['skills/apis', 'careers/salary']),
  terms: new Set(['api', 'cors']),
  ...over,
});

describe('links in the book', () => {
  it('point an article, with its #section, at its chapter file', () => {
    assert.equal(bookHref('/skills/apis/#http-methods', links()), 'skills-apis.xhtml#http-methods');
    assert.equal(bookHref('/careers/salary/', links()), 'careers-salary.xhtml');
  });

  it('point a glossary term, by its page or its anchor on the glossary, at its entry', () => {
    assert.equal(bookHref('/glossary/cors/', links()), 'glossary.xhtml#cors');
    assert.equal(bookHref('/glossary/#api', links()), 'glossary.xhtml#api');
    assert.equal(bookHref('/glossary/#nothing', links()), 'glossary.xhtml');
  });

  it('send pages the book does not hold online, or drop the link when there is no site address', () => {
    assert.equal(bookHref('/path/', links()), 'https://guide.example.org/path/');
    assert.equal(bookHref('/skills/', links({ onlineRoot: undefined })), undefined);
    assert.equal(bookHref('/tools/not-in-book/', links({ onlineRoot: undefined })), undefined);
  });

  it('keep same-chapter anchors and other sites as they are, and read paths under a base', () => {
    assert.equal(bookHref('#takeaways', links()), '#takeaways');
    assert.equal(bookHref('https://www.rfc-editor.org/rfc/rfc9110', links()), 'https://www.rfc-editor.org/rfc/rfc9110');
    assert.equal(bookHref('/guide/skills/apis/#x', links({ base: '/guide/' })), 'skills-apis.xhtml#x');
    assert.equal(bookHref('/elsewhere/', links({ base: '/guide/' })), undefined);
  });
});
