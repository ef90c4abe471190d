/**
 * Search, at build time: each built page is read once (extract.ts) and fed
 * to what needs it: Pagefind's index for the online site (with the page's
 * hints woven in, pagefind/with-hints.ts), the offline edition's own index,
 * the hint index both editions share (hint-index.ts), and the vocabulary for
 * suggestions.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuiltPage } from '../integrations/built-site.ts';
import { searchHintsPath, searchVocabularyPath } from '../lib/urls.ts';
import { extractPage } from './extract.ts';
import type { SearchHints } from './hints.ts';
import { OfflineIndexBuilder, offlineIndexScripts } from './offline/index-builder.ts';
import { pagefindIndex, type PagefindIndex } from './pagefind/index-step.ts';
import { HintIndexBuilder } from './hint-index.ts';
import { VocabularyBuilder } from './vocabulary.ts';

export interface SearchStepOptions {
  outDir: string;
  base: string;
  /** Build Pagefind's index for the online site. */
  online: boolean;
  /** Every page's hints (hints.ts, takeHints). */
  hints: SearchHints;
}

export interface SearchStep {
  page(page: BuiltPage): Promise<void>;
  /** Writes the online index and vocabulary; returns counts and the offline edition's index scripts (name → text). */
  finish(): Promise<{ pages: number; terms: number; offlineScripts: Record<string, string> }>;
}

export async function searchStep({ outDir, base, online, hints }: SearchStepOptions): Promise<SearchStep> {
  const pagefind: PagefindIndex | undefined = online ? await pagefindIndex(outDir, base) : undefined;
  const offline = new OfflineIndexBuilder();
  const vocabulary = new VocabularyBuilder();
  const hintIndex = new HintIndexBuilder();
  let pages = 0;
  let terms = 0;
  return {
    async page({ path, html, $ }) {
      const extracted = extractPage($);
      if (!extracted) return;
      const pageHints = hints[path];
      pages += 1;
      if ($('[data-glossary-entry]').length > 0) terms += 1;
      vocabulary.add(extracted, pageHints);
      hintIndex.add(path, extracted, pageHints);
      // Offline, the folder is the root: documents carry site paths without the base.
      offline.add(path, extracted, pageHints);
      await pagefind?.add(path, html, $, pageHints);
    },
    async finish() {
      await pagefind?.finish();
      const vocabularyScript = vocabulary.script();
      await writeFile(join(outDir, searchVocabularyPath.slice(1)), vocabularyScript);
      const hintScripts = hintIndex.scripts();
      const hintsDir = join(outDir, searchHintsPath.slice(1));
      await mkdir(hintsDir, { recursive: true });
      for (const [name, text] of Object.entries(hintScripts)) await writeFile(join(hintsDir, name), text);
      return {
        pages,
        terms,
        offlineScripts: {
          ...offlineIndexScripts(offline.build()),
          'vocabulary.js': vocabularyScript,
          ...Object.fromEntries(Object.entries(hintScripts).map(([name, text]) => [`hints/${name}`, text])),
        },
      };
    },
  };
}
