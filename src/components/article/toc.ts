/**
 * Opens the table of contents on wide screens (where it sits beside the
 * text) and marks the link of the section being read with aria-current.
 */
const WIDE = '(min-width: 64rem)';

class TableOfContents extends HTMLElement {
  connectedCallback(): void {
    const details = this.querySelector('details');
    const wide = window.matchMedia(WIDE);
    const sync = () => {
      if (details) details.open = wide.matches;
    };
    this.dataset.enhanced = 'true';
    sync();
    wide.addEventListener('change', sync);

    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const headings = links
      .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
      .filter((heading): heading is HTMLElement => heading !== null);
    const mark = () => {
      // The current section is the last heading that has scrolled past the top third of the viewport.
      const line = window.innerHeight / 3;
      let current = headings[0];
      for (const heading of headings) if (heading.getBoundingClientRect().top <= line) current = heading;
      for (const link of links) {
        if (link.hash.slice(1) === current?.id) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
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

// A module, so its top-level names stay private to this file.
export {};
