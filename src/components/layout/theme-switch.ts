/** Remembers the reader's theme in localStorage and applies it to <html data-theme>. */
const STORAGE_KEY = 'bg-theme';
type Choice = 'system' | 'light' | 'dark';

function saved(): Choice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function apply(choice: Choice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    /* Storage can be blocked; the choice then lasts for this page only. */
  }
}

class ThemeSwitch extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = saved();
    select.addEventListener('change', () => apply(select.value as Choice));
  }
}

customElements.define('bg-theme-switch', ThemeSwitch);

// A module, so its top-level names stay private to this file.
export {};
