// Term cards: a glossary term's card (TermCards.astro) opens on hover, focus or a first tap of its link
// and closes on Esc, on leaving it, or on a tap elsewhere. A second tap, or the card's own link,
// follows the link. The card is a popover anchored to the term: CSS anchor positioning where the
// browser has it (on wide screens), coordinates set here elsewhere. Nothing is shown before the reader asks, so
// nothing shifts.
import styles from '../styles/term-cards.css?inline';

// The cards' styles arrive with this code, not in every page's CSS.
const sheet = new CSSStyleSheet();
sheet.replaceSync(styles);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

// On narrow screens a card as wide as the screen allows is placed here too: anchor positioning's
// fallbacks keep it beside the term, which leaves no room for it (term-cards.css).
const anchored = () => CSS.supports('position-area: bottom') && matchMedia('(min-width: 40rem)').matches;
const GAP = 4;
let open: { link: HTMLAnchorElement; card: HTMLElement } | undefined;
let closing: ReturnType<typeof setTimeout> | undefined;

const cardOf = (link: HTMLAnchorElement) => document.getElementById(`term-card-${link.dataset.term}`);
const termLink = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>('a[data-term]') : null);
const inCard = (target: EventTarget | null) => target instanceof Element && target.closest('.term-cards > [popover]') !== null;

/** The card's last line: a link to the full entry, where the term's own link goes. */
function addEntryLink(link: HTMLAnchorElement, card: HTMLElement): void {
  if (card.querySelector('a')) return;
  const more = document.createElement('a');
  more.href = link.getAttribute('href') ?? '';
  more.textContent = card.parentElement?.dataset.fullEntry ?? '';
  card.append(more);
  link.setAttribute('aria-describedby', card.id);
}

function place(link: HTMLElement, card: HTMLElement): void {
  const term = link.getClientRects()[0] ?? link.getBoundingClientRect();
  const { width, height } = card.getBoundingClientRect();
  const left = Math.max(GAP, Math.min(term.left, innerWidth - width - GAP));
  const below = term.bottom + GAP;
  card.style.left = `${left}px`;
  card.style.top = `${below + height > innerHeight && term.top - height - GAP > 0 ? term.top - height - GAP : below}px`;
}

function show(link: HTMLAnchorElement): void {
  clearTimeout(closing);
  const card = cardOf(link);
  if (!card || (open?.link === link && card.matches(':popover-open'))) return;
  hide();
  addEntryLink(link, card);
  link.style.setProperty('anchor-name', '--term');
  card.showPopover();
  open = { link, card };
  if (!anchored()) place(link, card);
}

function hide(): void {
  clearTimeout(closing);
  if (!open) return;
  const { link, card } = open;
  open = undefined;
  link.style.removeProperty('anchor-name');
  if (card.matches(':popover-open')) card.hidePopover();
}

/** Leaving the term or its card closes it after a moment, so the pointer can cross the gap. */
function hideSoon(): void {
  clearTimeout(closing);
  closing = setTimeout(hide, 300);
}

/**
 * Starts with the event that loaded this code (see on-intent.ts): focus or a tap opens the term's
 * card, a mouse over it too if it is still there; a finger passing over it or a mouse click do not.
 */
export function startTermCards(type: string, touch: boolean, link: HTMLAnchorElement): void {
  // Whether the tapped term's card was open when the finger went down: a light dismiss may close
  // it before the click arrives, and focus on the way may open it.
  let openBeforeTap = false;
  document.addEventListener('pointerdown', (event) => {
    if (event.pointerType === 'touch') openBeforeTap = open !== undefined && termLink(event.target) === open.link;
  });
  document.addEventListener('pointerover', (event) => {
    const over = termLink(event.target);
    if (over && event.pointerType !== 'touch') show(over);
    else if (open && (over === open.link || inCard(event.target))) clearTimeout(closing);
  });
  document.addEventListener('pointerout', (event) => {
    if (!open || event.pointerType === 'touch') return;
    const from = termLink(event.target) === open.link || inCard(event.target);
    const to = termLink(event.relatedTarget) === open.link || inCard(event.relatedTarget);
    if (from && !to && document.activeElement !== open.link) hideSoon();
  });
  document.addEventListener('focusin', (event) => {
    const focused = termLink(event.target);
    if (focused) show(focused);
    else if (open && !inCard(event.target)) hide();
  });
  document.addEventListener('click', (event) => {
    const tapped = termLink(event.target);
    if (!tapped || event.pointerType !== 'touch') return;
    // First tap opens the card; a second tap on the same term follows its link.
    if (!openBeforeTap) {
      event.preventDefault();
      show(tapped);
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && open) hide();
  });
  // Closed by the browser (light dismiss, Esc on a hint popover): forget it.
  for (const card of document.querySelectorAll<HTMLElement>('.term-cards > [popover]')) {
    card.addEventListener('toggle', (event) => {
      if ((event as ToggleEvent).newState === 'closed' && open?.card === card) hide();
    });
  }
  addEventListener('scroll', () => open && !anchored() && place(open.link, open.card), { passive: true });
  if (type === 'focusin' || (type === 'click' ? touch : !touch && link.matches(':hover'))) show(link);
}
