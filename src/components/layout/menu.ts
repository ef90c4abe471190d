/**
 * Opens the guide navigation in a native modal <dialog> on phones and
 * tablets: the panel (sidebar on wide screens) moves into the dialog while it
 * is open and back when it closes, so there is one navigation in the page.
 * The dialog keeps focus inside and closes on Escape; focus returns to the
 * menu button.
 */
class Menu extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLAnchorElement>('[data-menu-open]');
    const panel = document.getElementById('guide-panel');
    if (!button || !panel) return;
    button.setAttribute('role', 'button');
    button.setAttribute('aria-expanded', 'false');
    const home = { parent: panel.parentElement!, next: panel.nextSibling };
    const dialog = document.createElement('dialog');
    dialog.className = 'menu-dialog';
    dialog.setAttribute('aria-label', 'Menu');
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'menu-close';
    close.textContent = 'Close';
    close.addEventListener('click', () => dialog.close());
    dialog.append(close);
    document.body.append(dialog);

    button.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      dialog.append(panel);
      dialog.showModal();
      button.setAttribute('aria-expanded', 'true');
      // Start at the current page, so the reader sees where they are.
      const current = panel.querySelector<HTMLElement>('[aria-current="page"]') ?? panel.querySelector<HTMLElement>('a');
      current?.focus();
      current?.scrollIntoView({ block: 'center' });
    });
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    dialog.addEventListener('close', () => {
      home.parent.insertBefore(panel, home.next);
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    });
  }
}

customElements.define('bg-menu', Menu);

export {};
