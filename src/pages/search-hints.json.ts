/**
 * Every page's search hints (src/search/hints.ts), read by the post-build
 * search step and then removed from the output: no reader downloads it.
 */
import type { APIRoute } from 'astro';
import { getArticles, getGlossaryEntries } from '../data/content.ts';
import { articleUrl, stripBase } from '../lib/urls.ts';
import type { PageHints, SearchHints } from '../search/hints.ts';
import type { LearnerQuestion } from '../schemas/search-hints.ts';

const toHints = (aliases: string[], questions: LearnerQuestion[]): PageHints => ({
  aliases,
  questions: questions.map((question) => (typeof question === 'string' ? { text: question } : { text: question.question, section: question.section })),
});

export const GET: APIRoute = async () => {
  const hints: SearchHints = {};
  for (const article of await getArticles()) hints[stripBase(articleUrl(article.id))!] = toHints(article.data.aliases, article.data.questions);
  for (const entry of await getGlossaryEntries()) hints[stripBase(entry.href)!] = toHints(entry.aliases, entry.entry.data.questions);
  return new Response(JSON.stringify(hints), { headers: { 'Content-Type': 'application/json' } });
};
