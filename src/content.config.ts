import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { readingPathSchema } from './schemas/reading-path.ts';
import { salaryFigureSchema } from './schemas/salary.ts';
import { sectionSchema } from './schemas/section.ts';
import { contentDir } from './lib/content-dir.ts';

/** Articles: `content/articles/<section>/<slug>.mdx`; the id `<section>/<slug>` is the URL. */
const articles = defineCollection({
  loader: glob({ base: `${contentDir}/articles`, pattern: '**/*.mdx' }),
  schema: articleSchema,
});

/** Glossary terms: `content/glossary/<id>.mdx`, one term a file. */
const glossary = defineCollection({
  loader: glob({ base: `${contentDir}/glossary`, pattern: '*.mdx' }),
  schema: glossarySchema,
});

/** The five sections, in one small YAML file. */
const sections = defineCollection({
  loader: file(`${contentDir}/sections.yaml`),
  schema: sectionSchema,
});

/** Reading paths offered on the home page, e.g. "Start here". */
const readingPaths = defineCollection({
  loader: file(`${contentDir}/reading-paths.yaml`),
  schema: readingPathSchema,
});

/** Reported pay figures: the one place the numbers on the salary pages live. */
const salary = defineCollection({
  loader: file(`${contentDir}/data/salary.yaml`),
  schema: salaryFigureSchema,
});

export const collections = { articles, glossary, sections, readingPaths, salary };
