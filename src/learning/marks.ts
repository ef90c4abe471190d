/**
 * Shows progress wherever the page lists articles: links and cards carry
 * `data-article="<id>"` and get `data-done` when the reader has marked that
 * article; counters (`data-progress-of`, a JSON list of ids) say "N of M done".
 */
import { watchProgress, type Progress } from './progress.ts';

function show(progress: Progress): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-article]')) {
    const done = Boolean(progress.done[element.dataset.article!]);
    element.toggleAttribute('data-done', done);
    // Screen readers hear the state too, not only see a tick.
    let note = element.querySelector<HTMLElement>(':scope > .done-note');
    if (done && !note) {
      note = Object.assign(document.createElement('span'), { className: 'done-note visually-hidden', textContent: ' (done)' });
      element.append(note);
    } else if (!done) note?.remove();
  }
  for (const counter of document.querySelectorAll<HTMLElement>('[data-progress-of]')) {
    const ids = JSON.parse(counter.dataset.progressOf ?? '[]') as string[];
    const count = ids.filter((id) => progress.done[id]).length;
    counter.textContent = `${count} of ${ids.length} done`;
  }
}

watchProgress(show);

export {};
