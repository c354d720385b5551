import { BLOCK_SEPARATOR, FIELD_SEPARATOR, fragmentWords } from './search-data';
import { decodeEntities } from './text';

/**
 * The excerpt under a result: a whole sentence of the section's prose (never a table, a diagram, a
 * hidden label or code), the one with the most matched words, shortened at a clause or word
 * boundary when it is long. Matched words are marked whole. Built from Pagefind's stored words and
 * the match positions, so no HTML is ever parsed or inserted.
 */

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const CJK = /[\u2018-\u201d\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
const SENTENCE_END = /[。！？；.!?;:：]$/u;
const CLAUSE_END = /[，、,：:；;]$/u;

interface Word {
  text: string;
  /** Was there a space after it in the stored text? */
  space: boolean;
  mark: boolean;
}

function words(rawContent: string, marks: ReadonlySet<number>): Word[] {
  // Chinese fragments keep Pagefind's word breaks (zero-width spaces) and their own spaces;
  // in the others every word break was a space.
  const chinese = rawContent.includes('\u200B');
  return fragmentWords(rawContent).map((raw, position) => ({
    text: decodeEntities(raw.trim()),
    space: chinese ? /\s$/.test(raw) : true,
    mark: marks.has(position),
  }));
}

/** Join words as they read: no space between two Chinese characters or Chinese punctuation. */
function join(list: readonly Word[]): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  list.forEach((word, i) => {
    const next = list[i + 1];
    const gap = next && word.space && !(CJK.test(word.text.at(-1) ?? '') && CJK.test(next.text[0] ?? '')) ? ' ' : '';
    // Mark the word itself, not the punctuation around it.
    const [, lead = '', core = '', tail = ''] = word.mark ? /^(\p{P}*)(.*?)(\p{P}*)$/u.exec(word.text) ?? [] : ['', '', word.text, ''];
    const pieces: ExcerptPart[] = word.mark ? [{ text: lead, mark: false }, { text: core, mark: true }, { text: tail + gap, mark: false }] : [{ text: word.text + gap, mark: false }];
    for (const piece of pieces) {
      if (!piece.text) continue;
      const last = parts.at(-1);
      if (last && last.mark === piece.mark) last.text += piece.text;
      else parts.push({ ...piece });
    }
  });
  return parts;
}

/** Sentences of the prose; `goesOn` when one continues the one before (after a colon or semicolon). */
function sentences(list: readonly Word[]): Array<{ words: Word[]; goesOn: boolean }> {
  const out: Array<{ words: Word[]; goesOn: boolean }> = [];
  let current: Word[] = [];
  let goesOn = false;
  const end = (next: boolean) => {
    if (current.length) out.push({ words: current, goesOn });
    current = [];
    goesOn = next;
  };
  for (const word of list) {
    if (word.text === BLOCK_SEPARATOR) {
      end(false);
      continue;
    }
    current.push(word);
    if (SENTENCE_END.test(word.text)) end(CLAUSE_END.test(word.text));
  }
  end(false);
  return out;
}

const length = (list: readonly Word[]) => list.reduce((n, w) => n + w.text.length + (w.space ? 1 : 0), 0);

/** Shorten a sentence to about `max` characters around its first mark, cutting at clause or word boundaries. */
function trim(sentence: Word[], max: number): { words: Word[]; before: boolean; after: boolean } {
  if (length(sentence) <= max) return { words: sentence, before: false, after: false };
  const firstMark = Math.max(0, sentence.findIndex((w) => w.mark));
  // Start at the clause that holds the first mark, or at the sentence start if that is close enough.
  let start = 0;
  if (length(sentence.slice(0, firstMark)) > max / 3) {
    start = firstMark;
    for (let i = firstMark - 1; i > 0; i--) {
      if (CLAUSE_END.test(sentence[i - 1]!.text) || length(sentence.slice(i, firstMark)) > max / 3) {
        start = i;
        if (CLAUSE_END.test(sentence[i - 1]!.text)) break;
      }
    }
  }
  let end = start;
  while (end < sentence.length && length(sentence.slice(start, end + 1)) <= max) end++;
  // End after a clause if there is one near the limit.
  for (let i = end; i > start + 1 && length(sentence.slice(start, i)) > max * 0.7; i--) {
    if (CLAUSE_END.test(sentence[i - 1]!.text)) {
      end = i;
      break;
    }
  }
  return { words: sentence.slice(start, Math.max(end, start + 1)), before: start > 0, after: end < sentence.length };
}

/**
 * The excerpt of a section: `separators` are its field separators, `marks` the positions of
 * matched words. `max` is in characters (Chinese characters are wider: give them a smaller max).
 */
export function buildExcerpt(rawContent: string, separators: readonly number[], marks: readonly number[], max: number): ExcerptPart[] {
  const all = words(rawContent, new Set(marks));
  const [, , proseStart = 0, proseEnd = all.length] = separators;
  const prose = all.slice(proseStart + 1, proseEnd).filter((w) => w.text !== FIELD_SEPARATOR);
  const candidates = sentences(prose).filter((s) => s.words.some((w) => /[\p{L}\p{N}]/u.test(w.text)));
  if (candidates.length === 0) return [];
  // Most different matched words first, then most matches, then the fuller sentence.
  const value = (sentence: Word[]) => {
    const marked = sentence.filter((w) => w.mark);
    return new Set(marked.map((w) => w.text.toLowerCase())).size * 100 + marked.length * 10 + (5 * Math.min(length(sentence), max)) / max;
  };
  const anyMarks = candidates.some((sentence) => sentence.words.some((w) => w.mark));
  // Without a match in the prose, the section's first sentence says what it is about.
  const best = anyMarks ? candidates.reduce((a, b) => (value(b.words) > value(a.words) ? b : a)) : candidates[0]!;
  const trimmed = trim(best.words, max);
  const shown = [...trimmed.words];
  const before = trimmed.before || best.goesOn;
  let after = trimmed.after;
  // A sentence that ends on a colon or semicolon goes on: say so instead of showing the mark.
  const last = shown.at(-1);
  if (last && /[：:；;，,]$/u.test(last.text)) {
    shown[shown.length - 1] = { ...last, text: last.text.slice(0, -1) };
    after = true;
  }
  const parts = join(shown);
  if (before) parts.unshift({ text: '…', mark: false });
  if (after) parts.push({ text: '…', mark: false });
  return parts;
}
