/**
 * The review page: glossary terms as flash cards. The reader sees a term,
 * asks for the answer, then says how well they knew it; ts-fsrs schedules
 * the card's next review, and the schedule is saved with the rest of their
 * progress (and so travels in its export).
 */
import { loadPreviews, type PreviewData } from './preview-data.ts';
import { loadProgress, saveProgress } from './progress.ts';
import { formatInterval, nextIntervals, rate, ratings, reviewQueue } from './scheduling.ts';

class Review extends HTMLElement {
  private data: PreviewData = {};
  private queue: string[] = [];

  /** In the offline edition (read from disk) the review page sits one folder below the root. */
  private readonly offlineRoot = document.documentElement.dataset.edition === 'offline' ? new URL('../', location.href).href : undefined;

  private termUrl(id: string): string {
    return this.offlineRoot ? new URL(`glossary/${id}/index.html`, this.offlineRoot).href : `${this.dataset.glossary ?? ''}${id}/`;
  }

  async connectedCallback(): Promise<void> {
    const url = this.offlineRoot ? new URL('glossary-previews.js', this.offlineRoot).href : this.dataset.previews;
    if (!url) return;
    this.say('Loading the cards…');
    try {
      this.data = await loadPreviews(url);
    } catch {
      this.say('The cards could not be loaded.');
      return;
    }
    this.queue = reviewQueue(Object.keys(this.data), loadProgress().progress.cards, new Date());
    this.next();
  }

  private child<T extends HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private say(message: string): void {
    this.child('[data-review-status]').textContent = message;
  }

  private next(): void {
    const card = this.child('[data-review-card]');
    const id = this.queue.shift();
    if (!id) {
      card.hidden = true;
      const cards = loadProgress().progress.cards;
      const soonest = Object.values(cards).map((stored) => Date.parse(stored.due)).sort((a, b) => a - b)[0];
      this.say(soonest ? `No more cards for now. The next one is due ${formatInterval(new Date(soonest), new Date())}.` : 'No cards to review.');
      return;
    }
    const [term, definition] = this.data[id]!;
    this.say(`${this.queue.length + 1} ${this.queue.length === 0 ? 'card' : 'cards'} to go in this session.`);
    card.hidden = false;
    this.child('[data-review-term]').textContent = term;
    const answer = this.child('[data-review-answer]');
    answer.hidden = true;
    this.child('[data-review-definition]').textContent = definition;
    this.child<HTMLAnchorElement>('[data-review-link]').href = this.termUrl(id);
    const show = this.child<HTMLButtonElement>('[data-review-show]');
    show.hidden = false;
    show.onclick = () => {
      show.hidden = true;
      answer.hidden = false;
      const now = new Date();
      const stored = loadProgress().progress.cards[id];
      const due = nextIntervals(stored, now);
      const buttons = this.child('[data-review-ratings]');
      buttons.replaceChildren(
        ...ratings.map(({ label, rating }) => {
          const button = Object.assign(document.createElement('button'), { type: 'button', className: 'review-rating' });
          button.append(label, Object.assign(document.createElement('span'), { textContent: formatInterval(due[rating], now) }));
          button.addEventListener('click', () => {
            const { progress } = loadProgress();
            saveProgress({ ...progress, cards: { ...progress.cards, [id]: rate(progress.cards[id], rating, new Date()) } });
            this.next();
            this.child<HTMLButtonElement>('[data-review-show]').focus();
          });
          return button;
        }),
      );
      buttons.querySelector('button')?.focus();
    };
  }
}

if (!customElements.get('bg-review')) customElements.define('bg-review', Review);

export {};
