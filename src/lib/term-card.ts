/**
 * Term cards: which glossary terms a page links (`<Term id="…">` in its MDX source) and the short
 * definition its card shows.
 */
import type { Lang } from '../i18n';

const termTag = /<Term\b[^>]*\bid="([^"]+)"/g;

/** The distinct term ids a page's MDX source links, in order of first use. */
export function termIdsIn(source: string): string[] {
  return [...new Set([...source.matchAll(termTag)].map((match) => match[1] ?? ''))];
}

// A sentence ends at 。！？ (Chinese) or at . ! ? followed by a space and a capital, digit or quote.
const sentenceEnd: Record<Lang, RegExp> = {
  zh: /(?<=[。！？])/u,
  en: /(?<=[.!?])\s+(?=[A-Z0-9“"(])/u,
};
// A second sentence only when both fit in this many characters; the rest is for the full entry.
const twoFit: Record<Lang, number> = { zh: 50, en: 120 };

/** The card's definition: the entry's first sentence, and the second too when both are short. */
export function cardDefinition(definition: string, lang: Lang): string {
  const sentences = definition.split(sentenceEnd[lang]).map((s) => s.trim()).filter(Boolean);
  const [first = '', second] = sentences;
  if (second && first.length + second.length <= twoFit[lang]) {
    return lang === 'zh' ? first + second : `${first} ${second}`;
  }
  return first;
}
