/**
 * Where the content lives, relative to the project root. Tests point it at
 * fixture folders (BG_CONTENT_DIR) to prove that bad content fails the build
 * without touching the real articles.
 */
export const contentDir: string = process.env.BG_CONTENT_DIR ?? 'content';
