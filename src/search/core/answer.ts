/**
 * A query that names a glossary term ("cors", "what is a JWT", "define
 * idempotency key") gets the term's definition first, as an answer card. A
 * term is named when the query, without its question words, is the term or
 * one of its other names.
 */
import type { SearchHit } from './types.ts';

const QUESTION = /^(?:what(?:'s| is| are| does)?|whats|define|definition of|meaning of|explain|who is)\s+/u;
const ARTICLE = /^(?:an?|the)\s+/u;
const ENDING = /\s+(?:mean|means|stand for|stands for)$/u;

/** A name reduced to what matters for comparing it: lower case, words only, no question words or plural "s". */
export function nameKey(text: string): string {
  let key = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/gu, "'")
    .replace(/[?!.,;:()"“”]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  key = key.replace(QUESTION, '').replace(ARTICLE, '').replace(ENDING, '');
  key = key.replace(/[^\p{L}\p{N}]+/gu, '');
  return key.length > 3 ? key.replace(/s$/u, '') : key;
}

/** The glossary hit the query names, if one of `hits` is a term whose name or other name it is. */
export function answerFor(query: string, hits: readonly SearchHit[]): SearchHit | undefined {
  const asked = nameKey(query);
  if (!asked) return undefined;
  return hits.find((hit) => hit.term && [hit.title, ...hit.term.aliases].some((name) => nameKey(name) === asked));
}
