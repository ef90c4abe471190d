/**
 * Checks on the content files themselves, run by the content loaders before
 * Astro reads them, because the usual errors mislead: invalid UTF-8 surfaces
 * later as "No such file or directory", two files whose names give the same
 * URL (`APIs.mdx` beside `apis.mdx`) make one article vanish silently, and
 * YAML rolls an impossible date such as 2026-13-45 over to a real one.
 */
import { slug } from 'github-slugger';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The entry id Astro's glob loader gives a file: each path segment slugged, extension dropped. */
export function entryIdOf(relativePath: string): string {
  return relativePath
    .replace(/\.[^./]+$/, '')
    .split('/')
    .map((segment) => slug(segment))
    .join('/');
}

/** The 1-based line of the first byte that is not valid UTF-8, or undefined when all are. */
export function invalidUtf8Line(bytes: Uint8Array): number | undefined {
  try {
    utf8.decode(bytes);
    return undefined;
  } catch {
    // Find the first bad byte by decoding ever longer prefixes line by line.
    let line = 1;
    let start = 0;
    for (let at = 0; at <= bytes.length; at += 1) {
      if (at === bytes.length || bytes[at] === 0x0a) {
        try {
          utf8.decode(bytes.subarray(start, at));
        } catch {
          return line;
        }
        line += 1;
        start = at + 1;
      }
    }
    return line;
  }
}

/**
 * YAML turns `2026-13-45` into a real date by rolling over (to 2027-02-14),
 * so the schema never sees the mistake. This reads the raw frontmatter and
 * reports every `YYYY-MM-DD` value that is not a day on the calendar.
 */
export function checkCalendarDates(rawFile: string, filePath: string): string[] {
  const frontmatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(rawFile)?.[1] ?? '';
  const problems: string[] = [];
  for (const match of frontmatter.matchAll(/^\s*-?\s*([A-Za-z]+):\s*['"]?(\d{4})-(\d{1,2})-(\d{1,2})['"]?\s*$/gm)) {
    const [, field, year, month, day] = match;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    const real = date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
    if (!real) problems.push(`${filePath}: ${field} is ${year}-${month}-${day}, which is not a calendar date`);
  }
  return problems;
}

/** Every problem with the files matching `extension` below `dir` (paths in messages are as given). */
export function checkSourceFiles(dir: string, extension: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith(extension));
  } catch {
    return [];
  }
  const problems: string[] = [];
  const byId = new Map<string, string>();
  for (const name of names.sort()) {
    const rel = relative(dir, join(dir, name)).split(sep).join('/');
    const file = join(dir, name);
    const bytes = readFileSync(file);
    const badLine = invalidUtf8Line(bytes);
    if (badLine !== undefined) {
      problems.push(`${file}:${badLine}: the file is not valid UTF-8; save it as UTF-8 (the line holds a byte from another encoding)`);
      continue;
    }
    problems.push(...checkCalendarDates(bytes.toString('utf8'), file));
    const id = entryIdOf(rel);
    const same = byId.get(id);
    if (same) problems.push(`${file}: its URL would be "${id}", which ${same} already has; rename one of them (file names are URLs, compared without case)`);
    else byId.set(id, file);
  }
  return problems;
}
