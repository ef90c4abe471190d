import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToText } from '../../src/lib/html-text.ts';

describe('htmlToText', () => {
  it('drops tags, decodes entities and collapses space', () => {
    assert.equal(htmlToText('<code>GET</code> &amp; <em>POST</em>\n  &lt;tags&gt; &#x27;quoted&#39;'), "GET & POST <tags> 'quoted'");
  });
});
