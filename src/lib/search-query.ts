/**
 * From what a reader typed to the terms the search looks for.
 *
 * Latin text splits into words. Chinese text is split by the browser's word segmenter, which knows
 * general Chinese but cuts many technical words into single characters (镜像 → 镜|像, 内核 → 内|核).
 * Single characters are therefore joined back into words: a run of them is split into the longest
 * pieces the site contains (镜|像|更|小 → 镜像 + 更小), a lone character joins the word beside it
 * (虚拟|机 → 虚拟机, 多|阶段 → 多阶段) with the word alone as the fallback. Particles (的、和、是 …) never join and never count on their own; question words
 * (什么、怎么、吗, what, why, how, does …) are kept but weigh little. A single character or letter
 * is a term only when it is the whole query.
 */

export type Script = 'han' | 'latin';

/**
 * A word to look for, or a run of single Chinese characters that the search splits into pieces the
 * site contains (镜像更小 → 镜像 + 更小). A word may carry a longer form with a neighbouring
 * character (虚拟 → 虚拟机): where the site has it, it ranks higher; the word alone decides a match.
 */
export type Term =
  | { kind: 'word'; text: string; script: Script; weight: number; slot: number; longer?: { text: string; slot: number }; chunk?: string }
  | { kind: 'run'; text: string; script: 'han'; weight: number; slot: number; chunk?: string };

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const HAN_ANY = new RegExp(`[${HAN}]`, 'u');
/** Han runs, and Latin words that keep inner hyphens, dots, apostrophes and underscores (cloud-init, x86_64). */
const LATIN = `(?:(?![${HAN}])[\\p{L}\\p{N}])+`;
const CHUNKS = new RegExp(`[${HAN}]+|${LATIN}(?:[-.'_]${LATIN})*`, 'gu');

/** Characters that carry grammar, not topic: they separate words and never match alone. */
const HAN_PARTICLES = new Set([...'的地得了着过和与及或而是在吗呢吧啊呀么也都就还又才把被给对从向让将会能要该很这那哪我你他它们有没于以其之所']);
const HAN_QUESTION_WORDS = new Set(['什么', '怎么', '怎样', '怎么样', '如何', '为什么', '为何', '哪些', '哪个', '哪里', '是否', '能否', '可以', '能不能', '是不是', '有没有', '区别', '不同']);
const LATIN_STOP_WORDS = new Set(
  'a an the and or of to in on at by for from with without into onto as is are was were be been being do does did done doing can could should would will shall may might must i my me we our you your it its this that these those there here what why how when where which who whom whose vs versus about than then so if not no yes use using used get gets make makes'.split(' '),
);
/** Weight of question and function words: they can help ranking, never decide a match. */
export const QUESTION_WEIGHT = 0.15;

/** Trim, fold full-width spaces and quotes, collapse whitespace, cap the length. */
export function normalizeQuery(query: string): string {
  return query
    .replace(/[\u3000\s]+/g, ' ')
    .replace(/^[\s"'“”‘’「」]+|[\s"'“”‘’「」]+$/g, '')
    .trim()
    .slice(0, 200);
}

export function hasHan(text: string): boolean {
  return HAN_ANY.test(text);
}

/** A query that looks like code (flags, paths, key=value, dotted names): code blocks count for it. */
export function isCodeLike(query: string): boolean {
  return /(^|\s)-{1,2}\w|[/=$<>{}[\]]|\w[.:_]\w|^\./.test(query);
}

/** The terms of a query, in order. `locale` picks the browser's Chinese word segmenter. */
export function parseQuery(raw: string, locale: string): Term[] {
  const query = normalizeQuery(raw).toLowerCase();
  const chunks = [...query.matchAll(CHUNKS)];
  // A query of one character or one letter searches for exactly that.
  if (chunks.length === 1 && [...chunks[0]![0]].length === 1) {
    const text = chunks[0]![0];
    return [{ kind: 'word', text, script: hasHan(text) ? 'han' : 'latin', weight: 1, slot: 0 }];
  }
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const terms: Term[] = [];
  let slot = 0;
  let previousEnd = -1;
  for (const match of chunks) {
    // Anything between two chunks (a space, punctuation) breaks adjacency.
    if (match.index !== previousEnd) slot++;
    previousEnd = match.index + match[0].length;
    const text = match[0];
    if (!hasHan(text)) {
      if (text.length > 1 && !/^\d+$/.test(text)) terms.push({ kind: 'word', text, script: 'latin', weight: LATIN_STOP_WORDS.has(text) ? QUESTION_WEIGHT : 1, slot });
      slot++;
      continue;
    }
    const words = [...segmenter.segment(text)].map((s) => s.segment);
    const first = terms.length;
    slot = hanTerms(words, slot, terms);
    // The whole run of characters the terms came from, to mark as one where the page has it.
    for (const term of terms.slice(first)) term.chunk = text;
  }
  return terms;
}

/** Terms of one Han run as the segmenter cut it; returns the next free slot. */
function hanTerms(words: string[], start: number, terms: Term[]): number {
  let slot = start;
  let singles = '';
  let singlesSlot = slot;
  let lone = '';
  const flush = (next: string | undefined) => {
    if (!singles) return;
    const run = singles;
    singles = '';
    if (run.length >= 2) {
      terms.push({ kind: 'run', text: run, script: 'han', weight: 1, slot: singlesSlot });
      return;
    }
    // A lone character joins the word just before it, else the word just after it, else is dropped.
    const previous = terms.at(-1);
    if (previous?.kind === 'word' && previous.script === 'han' && !previous.longer && previous.slot + previous.text.length === singlesSlot) {
      previous.longer = { text: previous.text + run, slot: previous.slot };
    } else if (next && next.length >= 2 && !HAN_PARTICLES.has(next)) {
      lone = run;
    }
  };
  words.forEach((word, index) => {
    const next = words[index + 1];
    if (word.length === 1) {
      if (HAN_PARTICLES.has(word)) {
        flush(undefined);
        lone = '';
      } else {
        if (!singles) singlesSlot = slot;
        singles += word;
        if (next === undefined || next.length !== 1 || HAN_PARTICLES.has(next)) flush(next);
      }
      slot++;
      return;
    }
    const weight = HAN_QUESTION_WORDS.has(word) ? QUESTION_WEIGHT : 1;
    if (lone) {
      terms.push({ kind: 'word', text: word, script: 'han', weight, slot, longer: { text: lone + word, slot: slot - 1 } });
      lone = '';
    } else terms.push({ kind: 'word', text: word, script: 'han', weight, slot });
    slot += word.length;
  });
  return slot;
}

/**
 * Split a run of single characters into pieces of two or more characters that `occurs` (in the
 * site). Most Chinese words have two characters, so short pieces are preferred (镜像更小 →
 * 镜像 + 更小, not one four-character phrase), but never at the price of dropping characters
 * (镜像层 stays whole when the site has it). `missing` counts the stretches of two or more
 * characters no piece covers: words the site does not have.
 */
export function splitRun(run: string, occurs: (piece: string) => boolean): { pieces: Array<{ text: string; offset: number }>; missing: number } {
  const chars = [...run];
  const n = chars.length;
  const DROP = 3;
  // best[i]: cheapest split of chars[i..]; a dropped character costs DROP, a piece (length - 2)².
  const best: Array<{ cost: number; next: number; piece: boolean }> = Array.from({ length: n + 1 }, () => ({ cost: 0, next: n, piece: false }));
  for (let i = n - 1; i >= 0; i--) {
    best[i] = { cost: DROP + best[i + 1]!.cost, next: i + 1, piece: false };
    for (let j = i + 2; j <= n; j++) {
      const cost = (j - i - 2) ** 2 + best[j]!.cost;
      if (cost < best[i]!.cost && occurs(chars.slice(i, j).join(''))) best[i] = { cost, next: j, piece: true };
    }
  }
  const pieces: Array<{ text: string; offset: number }> = [];
  let missing = 0;
  let dropped = 0;
  for (let i = 0; i < n; i = best[i]!.next) {
    if (best[i]!.piece) {
      if (dropped >= 2) missing++;
      dropped = 0;
      pieces.push({ text: chars.slice(i, best[i]!.next).join(''), offset: i });
    } else dropped++;
  }
  if (dropped >= 2) missing++;
  return { pieces, missing };
}

/** Latin words within one edit (insert, delete, substitute, swap neighbours) of `word`. */
export function oneEditAway(word: string, candidate: string): boolean {
  if (word === candidate) return false;
  const [a, b] = [word, candidate];
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) return true;
    return diffs.length === 2 && diffs[1] === diffs[0]! + 1 && a[diffs[0]!] === b[diffs[1]!] && a[diffs[1]!] === b[diffs[0]!];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** Typo corrections apply to words of this many letters or more. */
export const TYPO_MIN_LENGTH = 5;

/** Index words one edit away from a word of five or more letters, for "Showing results for …". */
export function corrections(word: string, vocabulary: readonly string[]): string[] {
  if (word.length < TYPO_MIN_LENGTH || !/^[a-z]+$/.test(word)) return [];
  return vocabulary.filter((candidate) => candidate.length >= TYPO_MIN_LENGTH - 1 && oneEditAway(word, candidate));
}

/** Is `word` an index word or the start of one? `vocabulary` is sorted. */
export function startsAWord(word: string, vocabulary: readonly string[]): boolean {
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (vocabulary[mid]! < word) low = mid + 1;
    else high = mid;
  }
  return vocabulary[low]?.startsWith(word) ?? false;
}

/**
 * The glossary name in this site's language for a query that is a term's name in either language
 * (or its parenthesised abbreviation): "kernel" on the Chinese site also searches 内核.
 */
export function aliasFor(query: string, aliases: ReadonlyArray<readonly [string, string]>, lang: 'zh' | 'en'): string | undefined {
  const folded = normalizeQuery(query).toLowerCase();
  if (!folded) return undefined;
  for (const [zh, en] of aliases) {
    const own = lang === 'zh' ? zh : en;
    const names = [zh, en].flatMap((name) => [name, ...name.split(/[（(）)]/)]).map((n) => n.trim().toLowerCase()).filter(Boolean);
    const bare = own.split(/[（(]/)[0]!.trim();
    if (names.includes(folded) && bare.toLowerCase() !== folded) return bare;
  }
  return undefined;
}
