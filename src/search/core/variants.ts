/**
 * Ways learners spell the same thing. A query is rewritten to one spelling
 * before either index sees it, so "frontend", "front end" and "front-end"
 * find the same pages. Compounds become two words: both indexes split a
 * hyphenated word into its parts, so "front end" matches the guide's
 * "front-end" (the adjective) and "front end" (the noun) alike. The one list
 * of them.
 */
const VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/\bfront[\s-]?ends?\b/giu, 'front end'],
  [/\bback[\s-]?ends?\b/giu, 'back end'],
  [/\bfull[\s-]?stack\b/giu, 'full stack'],
  [/\bnode[\s.-]?js\b/giu, 'node.js'],
  [/\bpostgres(?:ql)?\b/giu, 'postgresql'],
  [/\bmicro[\s-]services?\b/giu, 'microservices'],
  [/\bweb[\s-]sockets?\b/giu, 'websocket'],
  [/\bdev[\s-]?ops\b/giu, 'devops'],
];

/** The query with every known variant spelled as the guide spells it. */
export function canonicalQuery(query: string): string {
  return VARIANTS.reduce((text, [pattern, spelling]) => text.replace(pattern, spelling), query);
}
