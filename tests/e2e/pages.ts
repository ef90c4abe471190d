/** The pages browser tests visit: every public URL, plus a missing one for the 404 page. */
export { publicUrls } from '../urls.ts';

/** A URL that does not exist, so the server answers with the 404 page. */
export const missingUrl = '/this-page-does-not-exist/';

/** An article with tabs, code, a table and many headings. */
export const richArticle = '/careers/hiring-a-back-end-developer/';
