/** The pages browser tests visit: every public URL, plus a missing one for the 404 page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const publicUrls: string[] = readFileSync(join(import.meta.dirname, '..', 'urls.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

/** A URL that does not exist, so the server answers with the 404 page. */
export const missingUrl = '/this-page-does-not-exist/';

/** An article with tabs, code, a table and many headings. */
export const richArticle = '/careers/hiring-a-back-end-developer/';
