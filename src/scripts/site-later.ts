// The page's reading aids, loaded when the browser is idle or at the first interaction (site.ts):
// the table of contents that follows the section being read, and the copy buttons of code blocks and
// section links. Without them the page reads the same; the links still go to their sections.
import { currentSection, sectionHeadings } from './sections';

const copyHelper = () => import('./announce');

/**
 * Marks the table-of-contents link of the section being read. On narrow screens the sticky
 * "On this page" bar also names that section and closes once a link in it is chosen.
 */
class TocSpy extends HTMLElement {
  connectedCallback() {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const headings = sectionHeadings().filter((heading) => links.some((link) => link.hash === `#${heading.id}`));
    if (headings.length === 0) return;
    const bar = this.closest('details');
    const label = bar?.querySelector<HTMLElement>('[data-toc-current]');
    const overview = label?.textContent ?? '';
    const update = () => {
      const current = currentSection(headings);
      for (const link of links) {
        if (current && link.hash === `#${current.id}`) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
      if (label) label.textContent = current?.textContent?.trim() ?? overview;
    };
    // On scroll (once a frame), not by IntersectionObserver: a long jump can pass a heading without
    // it ever crossing an observed edge.
    let queued = false;
    addEventListener(
      'scroll',
      () => {
        if (queued) return;
        queued = true;
        requestAnimationFrame(() => {
          queued = false;
          update();
        });
      },
      { passive: true },
    );
    this.addEventListener('click', (event) => {
      if (bar && (event.target as Element).closest('a')) bar.open = false;
    });
    update();
  }
}

function enhanceCopyControls(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-code]')) button.hidden = false;
  document.addEventListener('click', async (event) => {
    const target = event.target as Element;
    const anchor = target.closest<HTMLAnchorElement>('a[data-copy-link]');
    if (anchor) {
      event.preventDefault();
      const url = new URL(anchor.href, location.href).href;
      history.replaceState(history.state, '', anchor.hash);
      document.getElementById(anchor.hash.slice(1))?.scrollIntoView();
      const { announcerText, copyWithFeedback } = await copyHelper();
      await copyWithFeedback(anchor, url, announcerText('copied'));
      return;
    }
    const codeButton = target.closest<HTMLButtonElement>('button[data-copy-code]');
    if (codeButton) {
      const code = codeButton.closest('figure')?.querySelector('pre')?.textContent ?? '';
      const { copyWithFeedback } = await copyHelper();
      await copyWithFeedback(codeButton, code, codeButton.dataset.done ?? '');
    }
  });
}

customElements.define('toc-spy', TocSpy);
enhanceCopyControls();
