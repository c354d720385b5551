// The table of contents that follows the section being read, loaded at the reader's first
// interaction, or soon after load on a page opened at a section (site.ts). Without it the page reads
// the same; only the current section is not marked.
import { currentSection, sectionHeadings } from './sections';

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

customElements.define('toc-spy', TocSpy);
