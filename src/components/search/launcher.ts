/**
 * Opens search from the header button, Ctrl/Cmd+K or "/". Tiny on purpose:
 * the dialog and the index load only when a reader asks for them. Without
 * JavaScript the button is a plain link to /search/, which points to the A-Z
 * index.
 */
function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

const loadDialog = () => Promise.all([import('./search-dialog.ts'), import('./pagefind-backend.ts')]);

async function open(launcher: HTMLElement): Promise<void> {
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
  if (pageInput) return pageInput.focus(); // the search page has its own box
  const [{ openSearch }, { pagefindBackend }] = await loadDialog();
  openSearch({
    backend: pagefindBackend(),
    sections: JSON.parse(launcher.dataset.sections ?? '[]') as string[],
    indexUrl: launcher.dataset.indexUrl ?? '/a-z/',
  });
}

const launcher = document.querySelector<HTMLAnchorElement>('[data-search-launch]');
if (launcher) {
  // A pointer or focus on the button fetches the dialog's code, so it opens at once.
  for (const type of ['pointerenter', 'focus']) launcher.addEventListener(type, () => void loadDialog(), { once: true });
  launcher.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return; // new tab keeps working
    event.preventDefault();
    void open(launcher);
  });
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.altKey;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingInField(event.target);
    if (!shortcut && !slash) return;
    event.preventDefault();
    void open(launcher);
  });
}
