/**
 * <bg-copy-markdown>: copies the article as Markdown (its index.md, written at
 * build time) with the page's address as its source, for pasting into notes
 * or an AI tool. Without JavaScript the control is hidden and the Markdown
 * file is still linked from the page's head.
 */
class CopyMarkdown extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const status = this.querySelector('[data-copy-status]')!;
    const source = this.dataset.markdown!;
    const text = async () => {
      const response = await fetch(source);
      if (!response.ok) throw new Error(`${source}: ${response.status}`);
      // The file names the page by its path when the build did not know the site's address; the reader's browser does.
      const page = new URL(location.pathname, location.href).href;
      return (await response.text()).replace(/^Source: \/\S*/m, `Source: ${page}`);
    };
    button.addEventListener('click', async () => {
      try {
        // Safari keeps the click's permission only if the clipboard gets the pending text at once.
        if (typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
          await navigator.clipboard.write([new ClipboardItem({ 'text/plain': text().then((markdown) => new Blob([markdown], { type: 'text/plain' })) })]);
        } else {
          await navigator.clipboard.writeText(await text());
        }
        status.textContent = 'Copied as Markdown.';
      } catch {
        status.innerHTML = '';
        status.append('Could not copy: ', Object.assign(document.createElement('a'), { href: source, textContent: 'open the Markdown' }), ' and copy it from there.');
      }
    });
  }
}

customElements.define('bg-copy-markdown', CopyMarkdown);

export {};
