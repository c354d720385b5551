import { hasHan } from './search-query';

/**
 * The pattern that marks found words on the page a result opens: Chinese words as written (never a
 * single character, unless that was the whole search), Latin words whole, with their endings
 * ("image" marks "images"), never inside another word ("run" does not mark "rerun").
 */
export function highlightPattern(words: readonly string[]): RegExp | null {
  const usable = [...new Set(words)].filter((w) => w.length > 1 || words.length === 1).sort((a, b) => b.length - a.length);
  if (usable.length === 0) return null;
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = usable.map((w) => (hasHan(w) ? escape(w) : `(?<![\\p{L}\\p{N}])${escape(w)}[\\p{L}\\p{N}]*`));
  return new RegExp(alternatives.join('|'), 'giu');
}
