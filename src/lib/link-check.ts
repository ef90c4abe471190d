import { check, LinkState, type LinkResult } from 'linkinator';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every `.html` file below `root`, as absolute paths. */
async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/** Only links to the local server are ours to check; the site makes no claim about other hosts. */
async function isExternal(link: string): Promise<boolean> {
  if (!URL.canParse(link)) return false; // the start pages, given as file paths
  const { protocol, hostname } = new URL(link);
  if (protocol === 'mailto:' || protocol === 'tel:') return true;
  return !['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}

/**
 * Names the source an author must fix for a broken link found on `pagePath`:
 * an article page maps to its MDX file, the glossary page to the glossary folder.
 */
export function sourceOfPage(pagePath: string, contentDir: string): string {
  const path = pagePath.replace(/index\.html$/, '').replace(/\.html$/, '/');
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'glossary' && parts.length === 1) return `${contentDir}/glossary/*.mdx`;
  if (parts.length === 2) return `${contentDir}/articles/${parts[0]}/${parts[1]}.mdx`;
  return `src/pages (page /${parts.join('/')}${parts.length ? '/' : ''})`;
}

/**
 * Linkinator reports local URLs as paths under the served folder
 * (`dist/roles/`); this turns them back into site paths (`/roles/`).
 * External URLs pass through unchanged.
 */
export function sitePath(url: string, servedDir: string): string {
  if (URL.canParse(url)) {
    const parsed = new URL(url);
    return ['127.0.0.1', 'localhost'].includes(parsed.hostname) ? url.slice(parsed.origin.length) : url;
  }
  const prefix = servedDir.replace(/\/$/, '');
  return url === prefix ? '/' : url.startsWith(`${prefix}/`) ? url.slice(prefix.length) : url;
}

/** One line a broken link: where it is, what it points at, and why it failed. */
export function describeBrokenLink(link: LinkResult, servedDir: string, contentDir: string): string {
  const target = sitePath(link.url, servedDir);
  const page = link.parent ? sitePath(link.parent, servedDir).replace(/#.*$/, '') : '(start page)';
  const fragment = target.includes('#') ? decodeURIComponent(target.slice(target.indexOf('#') + 1)) : '';
  const reason =
    link.status === 200 && fragment ? `the page has no element with id="${fragment}"` : link.status ? `HTTP ${link.status}` : 'unreachable';
  return `${sourceOfPage(page, contentDir)}: link to ${target} does not resolve (${reason}; on ${page})`;
}

/**
 * Checks every link, image, stylesheet and `#fragment` in the built site at
 * `root` with linkinator, which serves the folder on a local port and crawls
 * it from the home page. Also reports pages no link reaches (except 404.html),
 * since a crawl cannot check what it cannot reach. Returns one message per
 * problem; empty when everything resolves.
 */
export async function checkLinks(root: string, contentDir = process.env.BG_CONTENT_DIR ?? 'content'): Promise<string[]> {
  const pages = await htmlFiles(root);
  if (pages.length === 0) return [`${root}: no HTML pages were built`];
  const servedDir = relative(process.cwd(), root).split(sep).join('/') || '.';
  const result = await check({
    path: servedDir,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 32,
    linksToSkip: isExternal,
  });
  const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
  const problems = broken.map((link) => describeBrokenLink(link, servedDir, contentDir));
  const reached = new Set(result.links.map((link) => sitePath(link.url, servedDir)));
  for (const page of pages) {
    const path = `/${relative(root, page).split(sep).join('/')}`.replace(/index\.html$/, '');
    if (path !== '/404.html' && !reached.has(path)) problems.push(`${sourceOfPage(path, contentDir)}: page ${path} is not linked from any other page`);
  }
  return [...new Set(problems)].sort();
}
