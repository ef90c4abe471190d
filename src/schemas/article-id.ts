import { z } from 'astro/zod';

/** A reference to an article by its id, `<section>/<slug>` (its URL without slashes). */
export const articleId = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be an article id like "skills/apis"');
