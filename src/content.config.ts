import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { contentDir } from 'virtual:backend-guide/config';
import { checkSourceFiles } from './data/rules/source-files.ts';
import { articleSchema } from './schemas/article.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { pathStageSchema } from './schemas/path-stage.ts';
import { salaryFigureSchema } from './schemas/salary.ts';
import { sectionSchema } from './schemas/section.ts';

/** Astro's glob loader, after the checks on the files themselves (encoding, clashing names, impossible dates). */
function checkedGlob(base: string, pattern: string, extension: string): Loader {
  const inner = glob({ base, pattern });
  return {
    name: 'checked-glob',
    load: async (context) => {
      const problems = checkSourceFiles(base, extension);
      if (problems.length > 0) throw new Error(`Content problems:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
      return inner.load(context);
    },
  };
}

/** Articles: `content/articles/<section>/<slug>.mdx`; the id `<section>/<slug>` is the URL. */
const articles = defineCollection({
  loader: checkedGlob(`${contentDir}/articles`, '**/*.mdx', '.mdx'),
  schema: articleSchema,
});

/** Glossary terms: `content/glossary/<id>.mdx`, one term a file. */
const glossary = defineCollection({
  loader: checkedGlob(`${contentDir}/glossary`, '*.mdx', '.mdx'),
  schema: glossarySchema,
});

/** The five sections, in one small YAML file. */
const sections = defineCollection({
  loader: file(`${contentDir}/sections.yaml`),
  schema: sectionSchema,
});

/** The learning path's stages, in one YAML file. */
const pathStages = defineCollection({
  loader: file(`${contentDir}/path.yaml`),
  schema: pathStageSchema,
});

/** Reported pay figures: the one place the numbers on the salary pages live. */
const salary = defineCollection({
  loader: file(`${contentDir}/data/salary.yaml`),
  schema: salaryFigureSchema,
});

export const collections = { articles, glossary, sections, pathStages, salary };
