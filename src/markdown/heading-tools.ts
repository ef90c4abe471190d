/**
 * Article headings (h2, h3) get a permalink and a copy-link button beside
 * them, not inside them, so a screen reader's list of headings reads the text
 * alone. The controls are named "Permalink to <heading>" and "Copy link to
 * <heading>" through aria-labelledby (the shared first words are in
 * HeadingLabels.astro), so the heading text is not repeated in the page.
 * A heading must have an id: teams link to it, and the table of contents
 * needs it.
 */
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition } from 'satteri';
import type { Element, ElementContent } from 'hast';

const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });

/** The wrapper, heading and tools for one heading with id `id`. */
export function headingWithTools(heading: Element, id: string): Element {
  const level = heading.tagName.slice(1);
  return el('div', { className: ['heading', `heading-${level}`] }, [
    heading,
    el('span', { className: ['heading-tools', 'no-print'], 'data-pagefind-ignore': '' }, [
      el('a', { className: ['heading-anchor'], href: `#${id}`, 'aria-labelledby': `permalink-label ${id}` }, [
        el('span', { 'aria-hidden': 'true' }, [{ type: 'text', value: '#' }]),
      ]),
      // Its icon is drawn by CSS (prose.css), so twenty headings do not repeat twenty SVGs.
      el('button', { type: 'button', className: ['copy-link', 'needs-js'], 'data-target': id, 'aria-labelledby': `copy-link-label ${id}` }),
    ]),
  ]);
}

/** Runs after the heading-id plugin; fails the build on a heading without a usable id. */
export function headingToolsPlugin(): HastPluginDefinition {
  return {
    name: 'backend-guide-heading-tools',
    options: { position: true },
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const id = node.properties?.id;
        if (typeof id !== 'string' || !/[a-z0-9]/i.test(id)) {
          const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '(unknown file)';
          const line = node.position ? `:${node.position.start.line}` : '';
          throw new Error(
            `${file}${line}: the heading "${ctx.textContent(node).trim()}" gives no usable id (its anchor is made from its letters and digits); add words to it.`,
          );
        }
        return headingWithTools(node as Element, id);
      },
    },
  };
}
