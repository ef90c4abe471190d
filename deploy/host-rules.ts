/**
 * The build's host files, `_headers` and `_redirects`, in the format Netlify
 * and Cloudflare Pages read. Hosts that do not read them (nginx) translate
 * them, so a rule must never be lost on the way: the parser accepts only
 * what it fully understands and names the file and line of anything else.
 */

/** The headers sent for every URL a path pattern matches (`/*`, `/_astro/*`). */
export interface HeaderRule {
  path: string;
  headers: { name: string; value: string; line: number }[];
  line: number;
}

/** One redirect: an exact path to a URL, with its status. */
export interface Redirect {
  from: string;
  to: string;
  status: number;
  line: number;
}

/** A malformed host file, with where the problem is. */
export class HostRuleError extends Error {
  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'HostRuleError';
  }
}

// An HTTP header name is an RFC 9110 token.
const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// Path characters that need no quoting anywhere (nginx, shells, these files); a `*` only as a final wildcard.
const plainPath = /^\/[A-Za-z0-9\-._~/%@+]*$/;
const wildcardPath = /^\/(?:[A-Za-z0-9\-._~/%@+]*\/)?\*$/;
const redirectTarget = /^(?:https?:\/\/[A-Za-z0-9.-]+(?::\d+)?)?\/[A-Za-z0-9\-._~/%@+?=&]*$/;
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** Each line with its 1-based number, comments and blank lines left out. */
function meaningfulLines(text: string): { text: string; number: number }[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ text: line.trimEnd(), number: index + 1 }))
    .filter((line) => line.text.trim() !== '' && !line.text.trimStart().startsWith('#'));
}

/**
 * `_headers`: a path pattern on a line of its own, then its headers indented
 * below it as `Name: value`.
 */
export function parseHeaders(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of meaningfulLines(text)) {
    const fail = (problem: string) => new HostRuleError(file, line.number, problem);
    const indented = /^\s/.test(line.text);
    if (!indented) {
      const path = line.text;
      if (!plainPath.test(path) && !wildcardPath.test(path)) throw fail(`"${path}" is not a path this parser supports (a /path or /prefix/*; no placeholders or full URLs)`);
      if (rules.some((rule) => rule.path === path)) throw fail(`${path} has rules already; give each path one block`);
      rules.push({ path, headers: [], line: line.number });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw fail('a header before any path: put the path it applies to on the line above');
    const colon = line.text.indexOf(':');
    if (colon < 0) throw fail(`"${line.text.trim()}" is not "Name: value"`);
    const name = line.text.slice(0, colon).trim();
    const value = line.text.slice(colon + 1).trim();
    if (!headerName.test(name)) throw fail(`"${name}" is not a valid header name`);
    if (value === '') throw fail(`${name} has no value`);
    // Control characters, quotes, backslashes and `$` cannot be carried into every host's configuration unchanged.
    if (/[\u0000-\u001f\u007f"\\$]/.test(value)) throw fail(`${name}'s value holds a control character, a quote, a backslash or a $, which this parser refuses`);
    rule.headers.push({ name, value, line: line.number });
  }
  const empty = rules.find((rule) => rule.headers.length === 0);
  if (empty) throw new HostRuleError(file, empty.line, `${empty.path} has no headers below it`);
  return rules;
}

/** `_redirects`: `from to [status]` a line; the status is 301 when left out, as on Netlify. */
export function parseRedirects(text: string, file = '_redirects'): Redirect[] {
  const redirects: Redirect[] = [];
  for (const line of meaningfulLines(text)) {
    const fail = (problem: string) => new HostRuleError(file, line.number, problem);
    const fields = line.text.trim().split(/\s+/);
    if (fields.length < 2 || fields.length > 3) throw fail(`expected "from to [status]", found ${fields.length} field(s)`);
    const [from, to, statusField = '301'] = fields as [string, string, string?];
    if (!plainPath.test(from)) throw fail(`"${from}" is not a plain path (splats, placeholders and query conditions are not supported)`);
    if (!redirectTarget.test(to)) throw fail(`"${to}" is not a path or http(s) URL this parser supports`);
    if (!/^\d{3}$/.test(statusField) || !redirectStatuses.has(Number(statusField))) {
      throw fail(`status "${statusField}" is not a redirect (301, 302, 303, 307 or 308; rewrites and forced rules are not supported)`);
    }
    const earlier = redirects.find((redirect) => redirect.from === from);
    if (earlier) throw fail(`${from} is redirected already on line ${earlier.line}`);
    redirects.push({ from, to, status: Number(statusField), line: line.number });
  }
  return redirects;
}
