/**
 * Markdown tables sit in a labelled, focusable region that scrolls sideways
 * on narrow screens, so keyboard users can scroll it too. The label names the
 * columns ("Table: Aspect, Front end, Back end"), taken from the header cells.
 */
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import type { Element } from 'hast';

/** The text of every header cell, in order. */
function headerTexts(node: Element, ctx: HastVisitorContext): string[] {
  const found: string[] = [];
  const walk = (current: Element) => {
    for (const child of current.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'th') found.push(ctx.textContent(child).replace(/\s+/g, ' ').trim());
      else walk(child);
    }
  };
  walk(node);
  return found.filter(Boolean);
}

/** "Table: A, B" from the column names, or "Table" when there are none. */
export function tableLabel(headers: readonly string[]): string {
  return headers.length > 0 ? `Table: ${headers.join(', ')}` : 'Table';
}

export function tableRegionPlugin(): HastPluginDefinition {
  return {
    name: 'backend-guide-table-region',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        return {
          type: 'element',
          tagName: 'section',
          properties: { className: ['table-wrap'], 'aria-label': tableLabel(headerTexts(node as Element, ctx)), tabIndex: 0 },
          children: [node as Element],
        };
      },
    },
  };
}
