// Marks the searched words on the page a search result opened, then scrolls to the section.
import { highlightTerms } from '../lib/search-text';
import { decodeLeniently } from '../lib/url-state';

export function highlight(query: string): number {
  const terms = highlightTerms(query);
  const root = document.querySelector('main article');
  if (!root || terms.length === 0) return 0;
  const escaped = terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Latin terms match whole words (prefixes allowed, e.g. "build" in "builds"); Chinese runs match as written.
  const pattern = new RegExp(escaped.map((t, i) => (/^[\w.+-]+$/.test(terms[i] ?? '') ? `\\b${t}` : t)).join('|'), 'gi');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, [data-pagefind-ignore], .toc') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const match of text.matchAll(pattern)) {
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
