/**
 * How a reader opens search: the header button (a plain link to /search/
 * without JavaScript; modified clicks still open it in a new tab), Ctrl/Cmd+K,
 * or "/" when they are not typing in a field.
 */
function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function bindSearchShortcuts(launchers: Iterable<HTMLElement>, open: () => void): void {
  for (const launcher of launchers) {
    launcher.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      open();
    });
  }
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.altKey;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingInField(event.target);
    if (!shortcut && !slash) return;
    event.preventDefault();
    open();
  });
}

/** The search page's own box, which the shortcuts focus instead of opening the dialog. */
export function searchPageInput(): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
}
