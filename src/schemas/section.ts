import { z } from 'astro/zod';

/** One section of the guide, as listed in `content/sections.yaml`; its key is the URL segment. */
export const sectionSchema = z.strictObject({
  /** The section's name in navigation and headings. */
  title: z.string().min(1),
  /** What the section answers, for the home page and the section page. */
  description: z.string().min(1).max(160),
  /** Position in navigation, lowest first. */
  order: z.number().int().nonnegative(),
});

/** Section data after validation. */
export type SectionData = z.infer<typeof sectionSchema>;
