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
  const url = new URL(window.location.href);
  url.hash = button.dataset.target ?? '';
  const label = document.getElementById(button.dataset.target ?? '')?.textContent?.trim() || 'section';
  try {
    await navigator.clipboard.writeText(url.href);
    button.dataset.copied = 'true';
    setTimeout(() => delete button.dataset.copied, 2000);
    announce(`Link to “${label}” copied`);
  } catch {
    history.replaceState(null, '', url.href);
    announce(`Could not copy; the link to “${label}” is now in the address bar`);
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-link')) {
  button.addEventListener('click', () => void copy(button));
}

// A module, so its top-level names stay private to this file.
export {};
