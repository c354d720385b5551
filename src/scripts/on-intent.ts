// Islands whose code loads on the first sign of interest, not with the page: on pages that have them,
// the term cards (TermCards.astro) and the glossary filter (GlossaryFilter.astro).

// Term cards: a pointer over a term, focus or a tap loads the code, which then takes over. A tap
// before it has loaded opens the card instead of following the link, as a first tap does once it runs.
const termEvents = ['pointerover', 'focusin', 'click'];
let wanted: [type: string, touch: boolean, link: HTMLAnchorElement] | undefined;

function onTermIntent(event: Event): void {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[data-term]');
  if (!link) return;
  const touch = (event as PointerEvent).pointerType === 'touch';
  if (touch && event.type === 'click') event.preventDefault();
  const first = !wanted;
  wanted = [event.type, touch, link];
  if (first) {
    void import('./term-cards').then((cards) => {
      for (const type of termEvents) document.removeEventListener(type, onTermIntent, true);
      cards.startTermCards(...wanted!);
    });
  }
}
if (document.querySelector('.term-cards')) for (const type of termEvents) document.addEventListener(type, onTermIntent, true);

// The glossary filter: on the box's first use, or at once when the address carries ?filter=.
const filter = document.querySelector<HTMLElement>('[data-glossary-filter]');
let filtering: Promise<void> | undefined;
const startFilter = () => (filtering ??= import('./glossary-filter').then((module) => module.startGlossaryFilter(filter!)));
if (filter && location.search.includes('filter=')) void startFilter();
else for (const type of ['focusin', 'pointerover']) filter?.addEventListener(type, startFilter);
