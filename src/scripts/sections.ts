// Where the reader is in the page: shared by the language switch (site.ts) and the table of contents
// (site-later.ts).

/** The page's section headings, in order. */
export const sectionHeadings = () => [...document.querySelectorAll<HTMLElement>('main :is(h2, h3, h4)[id]')];

/** The section being read: the last heading above the top quarter of the screen. */
export function currentSection(headings: HTMLElement[]): HTMLElement | undefined {
  const line = window.innerHeight * 0.25;
  let current: HTMLElement | undefined;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top > line) break;
    current = heading;
  }
  return current;
}

