/**
 * The Latin words of the index, collected at build time as Pagefind normalises them (lower case,
 * letters and digits; hyphenated and dotted words also by part). The browser uses them to tell a
 * real prefix from a miss (Pagefind otherwise falls back to the longest indexed prefix of an
 * unknown word: "pricing" would match the `-p` of a command line) and to correct typos.
 */

const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;

/** A Latin chunk as Pagefind indexes it: lower case, letters, digits and underscores only. */
export function normalizeLatin(chunk: string): string {
  return chunk.toLowerCase().replace(/[^\p{L}\p{N}_]/gu, '');
}

/** The Latin words of a text: each whitespace-separated chunk, and its parts when it has punctuation. */
export function latinTokens(text: string): string[] {
  const words: string[] = [];
  for (const chunk of text.replace(HAN_RUN, ' ').split(/\s+/)) {
    const whole = normalizeLatin(chunk);
    if (whole.length === 0) continue;
    words.push(whole);
    const parts = chunk.split(/[^\p{L}\p{N}]+/u).map(normalizeLatin).filter((p) => p.length > 1);
    if (parts.length > 1) words.push(...parts);
  }
  return words;
}

export function latinWords(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const word of latinTokens(text)) if (word.length > 1 && !/^\d+$/.test(word)) words.add(word);
  return [...words].sort();
}
