declare module 'virtual:search-strings' {
  type Dictionary = typeof import('../i18n/en.json');
  type SearchKey<K> = K extends `search.${infer Rest}` ? Rest : never;
  /** The `search.*` strings of src/i18n/{zh,en}.json without the prefix (src/integrations/search-index.ts). */
  export type SearchStrings = Record<SearchKey<keyof Dictionary>, string>;
  const strings: Record<'zh' | 'en', SearchStrings>;
  export default strings;
}
