import en from './en.json';
import zh from './zh.json';
import { fill } from '../lib/text';

export const languages = ['zh', 'en'] as const;
export type Lang = (typeof languages)[number];

/** The `lang` attribute each language's pages carry; search indexes are split by it. */
export const htmlLang: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
export const languageNames: Record<Lang, string> = { zh: '中文', en: 'English' };

export type UIKey = keyof typeof en & keyof typeof zh;

// Each dictionary must have every key of the other: a key missing on either side fails `astro check`.
const dictionaries: { en: Record<keyof typeof zh, string>; zh: Record<keyof typeof en, string> } = { en, zh };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Translate a UI string, filling `{name}` placeholders from `vars`. */
export function t(lang: Lang, key: UIKey, vars: Record<string, string | number> = {}): string {
  return fill(dictionaries[lang][key], vars);
}

/** The `search.*` strings of a language without the prefix: what the search islands are given. */
export function searchStrings(lang: Lang): Record<string, string> {
  return Object.fromEntries(
    Object.entries(dictionaries[lang])
      .filter(([key]) => key.startsWith('search.'))
      .map(([key, value]) => [key.slice('search.'.length), value]),
  );
}

/** Bind `t` to one language, for components. */
export function useTranslations(lang: Lang) {
  return (key: UIKey, vars?: Record<string, string | number>) => t(lang, key, vars);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}
