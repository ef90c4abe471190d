/**
 * Authors link pages as the site sees them (`/skills/apis/`). When the site is
 * deployed under a sub-path (`base: '/guide/'`), those links must carry it, so
 * every root-relative `href` and `src` in an article gets the base at build
 * time. With the default base `/` the plugin is not installed at all.
 */
import type { HastPluginDefinition } from 'satteri';
import { withBase } from '../lib/urls.ts';

type JsxAttribute = { type: string; name?: string; value?: unknown };

const needsBase = (value: unknown): value is string => typeof value === 'string' && value.startsWith('/') && !value.startsWith('//');

export function baseLinksPlugin(base: string): HastPluginDefinition {
  const fix = (value: string) => withBase(value, base);
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
