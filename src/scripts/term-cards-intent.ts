// Pages that link glossary terms (they carry the cards, TermCards.astro): the term-card code loads on
// the first sign of interest in a term (pointer over it, focus, tap), then takes over. A tap before it has loaded opens the card instead of
// following the link, as a first tap does once it runs.
const types = ['pointerover', 'focusin', 'click'] as const;
let wanted: { how: 'hover' | 'focus' | 'tap' | 'touch'; link: HTMLAnchorElement } | undefined;

function onIntent(event: Event): void {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[data-term]');
  if (!link) return;
  const touch = (event as PointerEvent).pointerType === 'touch';
  if (event.type === 'click' && touch) event.preventDefault();
  const first = !wanted;
  wanted = { how: event.type === 'click' ? (touch ? 'tap' : 'touch') : event.type === 'focusin' ? 'focus' : touch ? 'touch' : 'hover', link };
  if (!first) return;
  void import('./term-cards').then((cards) => {
    for (const type of types) document.removeEventListener(type, onIntent, true);
    if (wanted) cards.startTermCards(wanted.how, wanted.link);
  });
}

if (document.querySelector('.term-cards')) for (const type of types) document.addEventListener(type, onIntent, true);
