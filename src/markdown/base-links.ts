/**
 * Authors link pages as the site sees them (`/skills/apis/`, `/glossary/#cors`).
 * At build time a glossary anchor becomes the term's own page
 * (`/glossary/cors/`), and, when the site is deployed under a sub-path
 * (`base: '/guide/'`), every root-relative `href` and `src` gets the base.
 */
import type { HastPluginDefinition } from 'satteri';
import { withBase } from '../lib/urls.ts';

type JsxAttribute = { type: string; name?: string; value?: unknown };

const needsBase = (value: unknown): value is string => typeof value === 'string' && value.startsWith('/') && !value.startsWith('//');

/** `/glossary/#cors` as the term's page, `/glossary/cors/`; other paths unchanged. */
export function termPageLink(href: string): string {
  const term = /^\/glossary\/#([a-z0-9-]+)$/.exec(href)?.[1];
  return term ? `/glossary/${term}/` : href;
}

export function baseLinksPlugin(base: string): HastPluginDefinition {
  const fix = (value: string) => withBase(termPageLink(value), base);
  const jsx = {
    filter: ['a', 'img', 'source'],
    visit(node: { attributes?: JsxAttribute[] }) {
      let changed = false;
      const attributes = (node.attributes ?? []).map((attribute) => {
        if (attribute.type === 'mdxJsxAttribute' && (attribute.name === 'href' || attribute.name === 'src') && needsBase(attribute.value)) {
          changed = true;
          return { ...attribute, value: fix(attribute.value) };
        }
        return attribute;
      });
      return changed ? ({ ...node, attributes } as never) : undefined;
    },
  };
  return {
    name: 'backend-guide-base-links',
    element: {
      filter: ['a', 'img', 'source'],
      visit(node, ctx) {
        for (const key of ['href', 'src'] as const) {
          const value = node.properties?.[key];
          if (needsBase(value)) ctx.setProperty(node, key, fix(value));
        }
      },
    },
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
  };
}
