/**
 * Turns server-rendered panels into tabs following the WAI-ARIA tabs pattern:
 * one tab stop, arrow keys move between tabs (automatic activation), Home and
 * End jump to the ends. A choice ("Python") is remembered and applied to every
 * group on the site that offers it.
 */
const STORAGE_KEY = 'bg-tab';
let groupCount = 0;

function remembered(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

class Tabs extends HTMLElement {
  private tabs: HTMLButtonElement[] = [];
  private panels: HTMLElement[] = [];

  connectedCallback(): void {
    if (this.dataset.enhanced) return;
    this.panels = [...this.querySelectorAll<HTMLElement>(':scope > .tab-panel')];
    if (this.panels.length < 2) return;
    const group = ++groupCount;
    const list = document.createElement('div');
    list.setAttribute('role', 'tablist');
    list.setAttribute('aria-label', this.dataset.label ?? 'Choose a version');
    this.tabs = this.panels.map((panel, index) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.id = `tab-${group}-${index}`;
      tab.setAttribute('role', 'tab');
      tab.textContent = panel.dataset.label ?? `Tab ${index + 1}`;
      panel.id = `tabpanel-${group}-${index}`;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
      tab.setAttribute('aria-controls', panel.id);
      tab.addEventListener('click', () => this.select(index, true));
      tab.addEventListener('keydown', (event) => this.onKey(event, index));
      list.append(tab);
      return tab;
    });
    this.prepend(list);
    this.dataset.enhanced = 'true';
    const preferred = this.tabs.findIndex((tab) => tab.textContent === remembered());
    this.select(preferred === -1 ? 0 : preferred, false);
    document.addEventListener('bg-tab-change', (event) => {
      const label = (event as CustomEvent<string>).detail;
      const index = this.tabs.findIndex((tab) => tab.textContent === label);
      if (index !== -1) this.select(index, false);
    });
  }

  private select(index: number, byReader: boolean): void {
    this.tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      const panel = this.panels[i];
      if (panel) panel.hidden = !selected;
    });
    const label = this.tabs[index]?.textContent;
    if (byReader && label) {
      try {
        localStorage.setItem(STORAGE_KEY, label);
      } catch {
        /* Without storage the choice is not remembered. */
      }
      document.dispatchEvent(new CustomEvent('bg-tab-change', { detail: label }));
    }
  }

  private onKey(event: KeyboardEvent, index: number): void {
    const last = this.tabs.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.select(target, true);
    this.tabs[target]?.focus();
  }
}

customElements.define('bg-tabs', Tabs);

// A module, so its top-level names stay private to this file.
export {};
