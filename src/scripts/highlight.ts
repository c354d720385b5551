// Marks the words a search found on the page one of its results opened, then scrolls to the section.
import { highlightPattern } from '../lib/search-highlight';
import { decodeLeniently } from '../lib/url-state';

export function highlight(words: readonly string[]): number {
  const root = document.querySelector('main article');
  const pattern = highlightPattern(words);
  if (!root || !pattern) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, [data-pagefind-ignore], .toc, .sr-only, [aria-hidden="true"]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    const matches = [...text.matchAll(pattern)];
    if (matches.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const match of matches) {
      fragment.append(text.slice(last, match.index));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = match[0];
      fragment.append(mark);
      last = match.index + match[0].length;
      count++;
    }
    fragment.append(text.slice(last));
    node.replaceWith(fragment);
  }
  const target = location.hash ? document.getElementById(decodeLeniently(location.hash.slice(1))) : null;
  (target ?? root.querySelector('mark.search-hit'))?.scrollIntoView({ block: 'start' });
  return count;
}
