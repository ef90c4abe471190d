import { z } from 'astro/zod';
import { articleId } from './article-id.ts';
import { aliases, learnerQuestions } from './search-hints.ts';

/** The difficulty a reader should expect; shown on cards and article pages. */
export const levels = ['beginner', 'intermediate', 'advanced'] as const;

/** A calendar date written as YAML `YYYY-MM-DD`. */
const calendarDate = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' });

/** A reference an article relies on for its facts and figures. */
export const sourceSchema = z.strictObject({
  /** What the source is called, as a reader would recognise it. */
  title: z.string().min(1),
  /** Where the reader can check it; must be an absolute http(s) URL. */
  url: z.url({ protocol: /^https?$/ }),
  /** When we last read it: figures change, so the date travels with them. */
  accessed: calendarDate,
});

/** The frontmatter of one article. The file path (`<section>/<slug>`) is its URL. */
export const articleSchema = z.strictObject({
  /** The page title and h1; phrase it as the question the article answers where natural. */
  title: z.string().min(1).max(70, 'keep titles to 70 characters: longer ones are cut off in browser tabs, search results and link previews'),
  /** One or two sentences for the meta description and cards; search engines cut at about 160. */
  description: z.string().min(1).max(160),
  /** Position within the section, lowest first; unique within a section. */
  order: z.number().int().nonnegative(),
  /** How much the reader should already know. */
  level: z.enum(levels),
  /** When the article was first published; "What's new" lists new articles by it. */
  published: calendarDate,
  /** The last substantive change. */
  updated: calendarDate,
  /**
   * Substantive updates worth telling returning readers about, newest first;
   * "What's new" and the feed list them. Typo fixes do not belong here.
   */
  changes: z
    .array(
      z.strictObject({
        /** When the change was published. */
        date: calendarDate,
        /** One sentence on what changed, for a reader who read the old version. */
        summary: z.string().min(10).max(200),
      }),
    )
    .default([]),
  /** The last time an editor checked the article for accuracy. */
  reviewed: calendarDate.optional(),
  /** Where the article's facts and figures come from. */
  sources: z.array(sourceSchema).default([]),
  /** The questions the article answers, as learners phrase them (for search). */
  questions: learnerQuestions,
  /** Other names the article's subject goes by (for search). */
  aliases,
  /** Other articles worth reading next, as `<section>/<slug>` ids; each must exist. */
  related: z.array(articleId).default([]),
  /**
   * `faq`: the article is a list of questions (`## …?` headings, each answered
   * below it), published as FAQPage structured data for search engines.
   */
  format: z.enum(['article', 'faq']).default('article'),
  /** Drafts are built in development only. */
  draft: z.boolean().default(false),
});

/** Frontmatter after validation. */
export type ArticleData = z.infer<typeof articleSchema>;
/** A reading level. */
export type Level = (typeof levels)[number];
