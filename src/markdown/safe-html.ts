/**
 * Articles are text, not code: MDX would otherwise ship a raw `<script>`, an
 * inline event handler (`onload=`, `onerror=`) or a `javascript:` link into
 * every edition, where it runs (and breaks the Content Security Policy). The
 * build refuses them, naming the file, the line and what to do instead.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';

/** Elements that run code or embed other documents; articles use components instead. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'form', 'meta', 'link']);

type JsxNode = { name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[]; position?: { start: { line: number } } };

const where = (node: JsxNode, ctx: MdastVisitorContext) => {
  const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '(unknown file)';
  return node.position ? `${file}:${node.position.start.line}` : file;
};

/** The first problem with one JSX element, or undefined when it is safe. */
export function unsafeJsx(node: JsxNode): string | undefined {
  const name = node.name ?? '';
  if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) return `<${name}> is not allowed in articles; behaviour belongs in a component under src/components/mdx/`;
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    if (/^on/i.test(attribute.name)) return `the event handler ${attribute.name}= on <${name}> is not allowed in articles; behaviour belongs in a component`;
    if (typeof attribute.value === 'string' && /^\s*javascript:/i.test(attribute.value)) return `a javascript: URL in ${attribute.name}= on <${name}> is not allowed`;
  }
  return undefined;
}

/** Fails the build on script-like content in MDX. */
export function safeHtmlPlugin(): MdastPluginDefinition {
  const check = (node: JsxNode, ctx: MdastVisitorContext) => {
    const problem = unsafeJsx(node);
    if (problem) throw new Error(`${where(node, ctx)}: ${problem}.`);
  };
  return {
    name: 'backend-guide-safe-html',
    options: { position: true },
    mdxJsxFlowElement: (node, ctx) => check(node as JsxNode, ctx),
    mdxJsxTextElement: (node, ctx) => check(node as JsxNode, ctx),
    link(node, ctx) {
      if (/^\s*javascript:/i.test(node.url)) throw new Error(`${where(node as JsxNode, ctx)}: a javascript: link is not allowed.`);
    },
    html(node, ctx) {
      // Plain Markdown (not MDX) keeps raw HTML as text nodes of type "html".
      if (/<\s*script\b|\son[a-z]+\s*=|javascript:/i.test(node.value)) throw new Error(`${where(node as JsxNode, ctx)}: raw HTML with a script, event handler or javascript: URL is not allowed.`);
    },
  };
}
