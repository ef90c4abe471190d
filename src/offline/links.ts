/**
 * Link rewriting for the offline edition. A page opened from disk cannot use
 * root-relative URLs ("/skills/apis/" would mean the root of the disk) or
 * folder URLs (a browser shows a folder listing, not index.html), so every
 * internal URL becomes a relative path to an .html file. External URLs,
 * pure #anchors and other schemes stay as they are.
 */
import { posix } from 'node:path';

/** True for URLs that leave the site: a scheme (https:, mailto:, data:) or a protocol-relative //host. */
function isExternal(href: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith('//');
}

/**
 * `href` as seen from the page whose file is `fromFile` (relative to the
 * site root, e.g. "skills/apis/index.html"), rewritten to work from disk.
 */
export function offlineHref(href: string, fromFile: string): string {
  if (href === '' || href.startsWith('#') || isExternal(href)) return href;
  const [beforeHash = '', ...hashParts] = href.split('#');
  const hash = hashParts.length > 0 ? `#${hashParts.join('#')}` : '';
  const [pathPart = '', ...queryParts] = beforeHash.split('?');
  const query = queryParts.length > 0 ? `?${queryParts.join('?')}` : '';
  const fromDir = posix.dirname(`/${fromFile}`);
  let target = posix.resolve(fromDir, pathPart === '' ? posix.basename(fromFile) : pathPart);
  // Folders are pages: /skills/apis/ is /skills/apis/index.html on disk.
  if (pathPart.endsWith('/') || pathPart === '') {
    if (pathPart.endsWith('/')) target = posix.join(target, 'index.html');
  } else if (!/\.[a-z\d]+$/i.test(posix.basename(target))) {
    target = posix.join(target, 'index.html');
  }
  let relative = posix.relative(fromDir, target);
  if (relative === '') relative = posix.basename(target);
  return `${relative}${query}${hash}`;
}

/** The folder prefix that leads from a page back to the site root, e.g. "../../" (or "./" at the root). */
export function rootPrefix(fromFile: string): string {
  const depth = fromFile.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}
