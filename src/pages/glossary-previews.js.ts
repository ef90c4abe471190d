/**
 * Every glossary definition as a classic script, for glossary previews and
 * review cards: loaded the first time a reader opens a preview (so no page
 * carries the definitions), and, being a script rather than JSON, it loads
 * from disk in the offline edition too.
 */
import type { APIRoute } from 'astro';
import { getGlossaryEntries } from '../data/content.ts';
import { classicScript } from '../lib/classic-script.ts';
import { PREVIEWS_CALLBACK, type PreviewData } from '../learning/preview-data.ts';

export const GET: APIRoute = async () => {
  const data: PreviewData = Object.fromEntries((await getGlossaryEntries()).map((entry) => [entry.id, [entry.term, entry.definition]]));
  // "<" escaped, so no definition can end a script element it is pasted into.
  return new Response(classicScript(PREVIEWS_CALLBACK, data), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
