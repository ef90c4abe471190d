/**
 * Wraps each highlighted code block and adds a button that copies its text.
 * Without JavaScript there is no button, and the code stays selectable.
 */
for (const pre of document.querySelectorAll<HTMLPreElement>('.prose pre')) {
  const wrapper = document.createElement('div');
  wrapper.className = 'code-block';
  pre.replaceWith(wrapper);
  wrapper.append(pre);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'code-copy no-print';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', 'Copy code');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(pre.innerText);
      button.textContent = 'Copied';
      document.getElementById('announcer')!.textContent = 'Code copied';
    } catch {
      button.textContent = 'Select and copy';
    }
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
  wrapper.append(button);
}

// A module, so its top-level names stay private to this file.
export {};
