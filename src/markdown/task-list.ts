/**
 * A Markdown task-list item (`- [ ] Wrote a SQL join`) becomes a labelled
 * checkbox, so the whole line is its name and a click anywhere on it ticks the
 * box. The box is enabled (GFM renders it disabled): readers tick it, and
 * checklist.ts remembers the ticks.
 */
import type { HastPluginDefinition } from 'satteri';
import type { Element, ElementContent } from 'hast';

const isCheckbox = (node: ElementContent | undefined): boolean => node?.type === 'element' && node.tagName === 'input' && node.properties?.type === 'checkbox';

/** The item with its checkbox and the text after it inside one label; undefined when it is not a task item. */
export function labelTaskItem(item: Element): Element | undefined {
  // Tight lists hold the checkbox directly; loose ones hold it in the first paragraph.
  const first = item.children.find((child): child is Element => child.type === 'element');
  const holder = !first ? undefined : isCheckbox(first) ? item : first.tagName === 'p' && isCheckbox(first.children[0]) ? first : undefined;
  if (!holder) return undefined;
  const at = holder.children.findIndex(isCheckbox);
  const box = holder.children[at] as Element;
  const { disabled: _disabled, ...properties } = box.properties;
  const label: Element = { type: 'element', tagName: 'label', properties: {}, children: [{ ...box, properties }, ...holder.children.slice(at + 1)] };
  const labelled = { ...holder, children: [...holder.children.slice(0, at), label] };
  return holder === item ? labelled : { ...item, children: item.children.map((child) => (child === holder ? labelled : child)) };
}

export function taskListPlugin(): HastPluginDefinition {
  return {
    name: 'backend-guide-task-list',
    element: {
      filter: ['li'],
      visit: (node) => labelTaskItem(node as Element),
    },
  };
}
