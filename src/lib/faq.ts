/**
 * Questions and answers of an FAQ article, read from its MDX source: every
 * `## ` heading that ends with a question mark is a question, and the text
 * up to the next heading is its answer. Used for FAQPage structured data.
 */

export interface FaqEntry {
  question: string;
  /** The answer as plain text: links keep their words, markup is dropped. */
  answer: string;
}

/** Markdown and JSX reduced to the words a reader sees. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[\s\S]*?^\1.*$/gm, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/(\*\*|\*|`)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export function extractFaq(body: string): FaqEntry[] {
  const entries: FaqEntry[] = [];
  const blocks = body.split(/^(?=#{2,3}\s)/m);
  for (const block of blocks) {
    const match = /^##\s+(.+\?)\s*$/m.exec(block.split('\n')[0] ?? '');
    if (!match) continue;
    const answer = markdownToText(block.slice(block.indexOf('\n') + 1));
    if (answer) entries.push({ question: markdownToText(match[1]!), answer });
  }
  return entries;
}

/** schema.org FAQPage JSON-LD, safe to place inside a `<script>` element. */
export function faqJsonLd(entries: readonly FaqEntry[]): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  };
  // "<" escaped so no answer can close the script element early.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
