/**
 * The table of contents. On wide screens it stays open beside the text (its
 * "On this page" title then no longer toggles); below that it is a bar that
 * names the section being read and closes after a jump. Either way it marks
 * the current section's link with aria-current.
 */
const WIDE = '(min-width: 80rem)';

class TableOfContents extends HTMLElement {
  connectedCallback(): void {
    const details = this.querySelector('details');
    const summary = this.querySelector('summary');
    const current = this.querySelector('.toc-current');
    const wide = window.matchMedia(WIDE);
    const sync = () => {
      if (details) details.open = wide.matches;
      // Beside the text the list is always open: its title is a label, not a control.
      if (summary) summary.tabIndex = wide.matches ? -1 : 0;
    };
    this.dataset.enhanced = 'true';
    sync();
    wide.addEventListener('change', sync);
    summary?.addEventListener('click', (event) => {
      if (wide.matches) event.preventDefault();
    });

    const links = [...this.querySelectorAll<HTMLAnchorElement>('nav a[href^="#"]')].filter((link) => link.hash !== '#main');
    for (const link of links) {
      link.addEventListener('click', () => {
        if (!wide.matches && details) details.open = false;
      });
    }
    const headings = links
      .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
      .filter((heading): heading is HTMLElement => heading !== null);
    const mark = () => {
      // The current section is the last heading that has scrolled past the top third of the viewport.
      const line = window.innerHeight / 3;
      let found: HTMLElement | undefined;
      for (const heading of headings) if (heading.getBoundingClientRect().top <= line) found = heading;
      for (const link of links) {
        if (link.hash.slice(1) === (found ?? headings[0])?.id) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
      if (current) current.textContent = found?.textContent?.trim() ?? '';
    };
    let queued = false;
    window.addEventListener(
      'scroll',
      () => {
        if (queued) return;
        queued = true;
        requestAnimationFrame(() => {
          queued = false;
          mark();
        });
      },
      { passive: true },
    );
    mark();
  }
}

customElements.define('bg-toc', TableOfContents);

export {};
