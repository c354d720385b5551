/**
 * The glossary's order and letter index. English sorts by name, A–Z. Chinese sorts by the pinyin of
 * each name (computed here at build time with pinyin-pro, which reads polyphones in context), and a
 * Latin-named term (Cosign, Dockerfile) files under its own initial among the pinyin ones.
 */
import { pinyin } from 'pinyin-pro';
import type { Lang } from '../i18n';

export const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
/** The group of names that do not start with a letter (a digit, say). */
export const OTHER = '#';

/** What a name sorts by: its pinyin (Chinese characters) or itself (Latin), lower-case, without leading punctuation. */
export function sortKey(name: string, lang: Lang): string {
  const bare = name.replace(/^[^\p{L}\p{N}]+/u, '');
  const reading = lang === 'zh' ? pinyin(bare, { toneType: 'none', nonZh: 'consecutive', separator: ' ' }) : bare;
  return reading.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function letterOf(key: string): string {
  const first = key.normalize('NFD')[0]?.toUpperCase() ?? '';
  return LETTERS.includes(first) ? first : OTHER;
}

export interface LetterGroup<T> {
  letter: string;
  entries: T[];
}

/** Entries in reading order, grouped by initial; letters without entries are left out. */
export function letterGroups<T>(entries: T[], nameOf: (entry: T) => string, lang: Lang): LetterGroup<T>[] {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const byName = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  const keyed = entries.map((entry) => ({ entry, key: sortKey(nameOf(entry), lang) }));
  keyed.sort((a, b) => collator.compare(a.key, b.key) || byName.compare(nameOf(a.entry), nameOf(b.entry)));
  const groups = new Map<string, T[]>();
  for (const { entry, key } of keyed) {
    const letter = letterOf(key);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [OTHER, ...LETTERS].filter((letter) => groups.has(letter)).map((letter) => ({ letter, entries: groups.get(letter) ?? [] }));
}

/** The id of a letter's group on the glossary page: the same in both languages. */
export const letterId = (letter: string) => (letter === OTHER ? 'letter-other' : `letter-${letter.toLowerCase()}`);
