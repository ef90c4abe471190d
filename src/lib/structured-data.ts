/**
 * schema.org structured data, as strings safe to place inside a
 * `<script type="application/ld+json">` element.
 */

/** One question and its answer as plain text. */
export interface FaqEntry {
  question: string;
  answer: string;
}

/** "<" escaped so no text can close the script element early. */
const jsonForScript = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');

/** FAQPage JSON-LD for an FAQ article's questions. */
export function faqJsonLd(entries: readonly FaqEntry[]): string {
  return jsonForScript({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  });
}
