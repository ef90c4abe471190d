/**
 * Copy-link buttons beside headings: copy the full URL of the section and
 * announce the result in the page's live region. The buttons are not shown
 * without JavaScript (class needs-js); the permalink beside them still works.
 */
function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A fresh text node makes screen readers announce the same message twice in a row.
  requestAnimationFrame(() => (region.textContent = message));
}

async function copy(button: HTMLButtonElement): Promise<void> {
  // A glossary term's button copies the term's own page; a heading's copies this page at the heading.
  const url = button.dataset.url ? new URL(button.dataset.url, window.location.href) : new URL(window.location.href);
  if (!button.dataset.url) url.hash = button.dataset.target ?? '';
  // The button is named "Copy link to <heading>": its second label is the heading's own text.
  const labelId = button.getAttribute('aria-labelledby')?.split(' ')[1] ?? '';
  const label = document.getElementById(labelId)?.textContent?.trim() || 'section';
  try {
    await navigator.clipboard.writeText(url.href);
    button.dataset.copied = 'true';
    setTimeout(() => delete button.dataset.copied, 2000);
    announce(`Link to “${label}” copied`);
  } catch {
    if (button.dataset.url) return announce(`Could not copy the link to “${label}”`);
    history.replaceState(null, '', url.href);
    announce(`Could not copy; the link to “${label}” is now in the address bar`);
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-link')) {
  button.addEventListener('click', () => void copy(button));
}

// A module, so its top-level names stay private to this file.
export {};
