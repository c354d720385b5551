// The "floor" of a page for `npm run bench`: the fewest bytes that could still deliver it. It is one
// gzipped document made of a minimal head (charset, viewport, title), the CSS rules the rendered
// page uses and the page's article, and nothing else: no navigation, header, footer or scripts.
// "Used" CSS is what Chromium's CSS coverage marks as used after the page has rendered at a phone
// (390×844) and a desktop (1280×800) width, in the light theme; each used rule is counted as written,
// without the @media block around it. The article is the page's <article> (or <main> without one)
// as served, minus an in-article table of contents. A page's ratio to the floor is its first-visit
// bytes (each file gzipped on its own) over the floor.
import { gzipSync } from 'node:zlib';

export const gzipSize = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** The text of the rules coverage marks as used, in stylesheet order, each once. */
export function usedCssText(text, ranges) {
  const seen = new Set();
  return ranges
    .filter((range) => range.used && !seen.has(range.startOffset) && seen.add(range.startOffset))
    .sort((a, b) => a.startOffset - b.startOffset)
    .map((range) => text.slice(range.startOffset, range.endOffset))
    .join('');
}

export function floorDocument({ lang, title, css, article }) {
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title><style>${css}</style></head><body>${article}</body></html>`;
}

export const floorBytes = (parts) => gzipSize(floorDocument(parts));

/** `value / base` to two decimals, or null when either is missing. */
export function ratio(value, base) {
  if (value == null || base == null || base === 0) return null;
  return Math.round((value / base) * 100) / 100;
}

/** The middle value (the lower middle of an even count); null for none. */
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
}
