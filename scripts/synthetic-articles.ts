/**
 * Synthetic articles for the scaling benchmarks, written in realistic prose:
 * a word-pair (bigram) chain trained on the guide's own articles, so the
 * vocabulary runs to thousands of distinct words, as real articles' do. A
 * fixed seed makes every run write the same text, so two builds compare.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small, fast, seedable random number generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of the guide's prose: frontmatter, code, JSX and link targets removed. */
function corpus(contentDir: string): string[] {
  const dir = join(contentDir, 'articles');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));
  const text = files
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .map((mdx) =>
      mdx
        .replace(/^---[\s\S]*?---/, ' ')
        .replace(/^(```|~~~)[\s\S]*?^\1/gm, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\]\([^)]*\)/g, ' ')
        .replace(/[#*_`|[\]{}]/g, ' '),
    )
    .join(' ');
  return text.split(/\s+/).filter((word) => /^[\p{L}\p{N}][\p{L}\p{N}'’,.;:?!-]*$/u.test(word));
}

export interface SyntheticWriter {
  /** The MDX of synthetic article `n` in section `section` (1-based, stable for a given n). */
  article(n: number, section: string): string;
  /** Distinct words the chain can produce. */
  vocabulary: number;
}

export function syntheticWriter(contentDir: string, seed = 2026): SyntheticWriter {
  const words = corpus(contentDir);
  const next = new Map<string, string[]>();
  for (let i = 0; i + 1 < words.length; i += 1) {
    const key = words[i]!.toLowerCase();
    let list = next.get(key);
    if (!list) next.set(key, (list = []));
    list.push(words[i + 1]!);
  }
  const starts = words.filter((_, i) => i === 0 || /[.?!]$/.test(words[i - 1]!)).filter((word) => /^\p{Lu}/u.test(word));
  const vocabulary = new Set(words.map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}'’-]/gu, ''))).size;

  function sentences(rand: () => number, count: number): string {
    const out: string[] = [];
    let word = starts[Math.floor(rand() * starts.length)]!;
    while (out.length < count) {
      out.push(word);
      const options = next.get(word.toLowerCase());
      word = options && options.length > 0 && out.length % 40 !== 39 ? options[Math.floor(rand() * options.length)]! : starts[Math.floor(rand() * starts.length)]!;
    }
    const text = out.join(' ').replace(/[,;:]$/, '');
    return /[.?!]$/.test(text) ? text : `${text}.`;
  }

  function article(n: number, section: string): string {
    const rand = random(seed + n);
    const parts = Array.from({ length: 6 }, (_, s) => {
      const heading = sentences(rand, 4).replace(/[.?!,;:]+$/, '').replace(/[^\p{L}\p{N}\s'-]/gu, '');
      const paragraphs = Array.from({ length: 3 }, () => sentences(rand, 60 + Math.floor(rand() * 20)));
      return `## Part ${s + 1}: ${heading}\n\n${paragraphs.join('\n\n')}\n`;
    });
    const title = sentences(rand, 5).replace(/[.?!,;:]+$/, '').replace(/["\\]/g, '');
    return `---
title: "Synthetic ${n}: ${title}"
description: A generated article for measuring how the build scales with realistic prose.
order: ${1000 + n}
level: intermediate
published: 2026-11-21
updated: 2026-11-21
questions:
  - How does synthetic article ${n} scale?
  - What does benchmark page ${n} measure?
  - Why generate article ${n}?
related:
  - skills/apis
sources:
  - title: Generated benchmark text (figures in it are random)
    url: https://example.org/synthetic
    accessed: 2026-11-21
---

This page exists only in a benchmark and links the [API](/glossary/#api) entry and [APIs](/skills/apis/).

${parts.join('\n')}
\`\`\`js
console.log('synthetic ${n}', ${JSON.stringify(section)});
\`\`\`

| Measure | Value |
| --- | --- |
| Article | ${n} |

## Key takeaways

- ${sentences(rand, 12)}
- ${sentences(rand, 12)}
- ${sentences(rand, 12)}

## Check your understanding

<details>
<summary>What is an API?</summary>

A contract between programs; see [what an API is](/skills/apis/#what-an-api-is).

</details>

<details>
<summary>Which HTTP method replaces a resource?</summary>

PUT; see [HTTP methods](/skills/apis/#http-methods).

</details>
`;
  }
  return { article, vocabulary };
}
