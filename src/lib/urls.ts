/**
 * Every internal URL is built here, so a change of scheme is one edit.
 * All page URLs end in a slash (the site builds `<path>/index.html`).
 */

/** The home page. */
export const homeUrl = '/';
/** The glossary page. */
export const glossaryUrl = '/glossary/';
/** The A-Z index of every article and term. */
export const indexUrl = '/a-z/';
/** The offline edition's download page. */
export const downloadUrl = '/download/';
/** The offline edition itself, written by the build (src/integrations/offline-edition.ts). */
export const offlineZipUrl = '/downloads/backend-guide-offline.zip';
/** The search page; `?q=` runs a query on load. */
export const searchUrl = '/search/';

/** A section's page, e.g. `/skills/`. */
export function sectionUrl(section: string): string {
  return `/${section}/`;
}

/** An article's page from its id `<section>/<slug>`, e.g. `/skills/apis/`. */
export function articleUrl(id: string): string {
  return `/${id}/`;
}

/** A glossary term's anchor, e.g. `/glossary/#api`. */
export function termUrl(termId: string): string {
  return `${glossaryUrl}#${termId}`;
}

/** Splits an article id into its section and slug. */
export function splitArticleId(id: string): { section: string; slug: string } {
  const [section = '', slug = ''] = id.split('/');
  return { section, slug };
}
