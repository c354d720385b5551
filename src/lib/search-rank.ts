import type { Field } from './search-data';

/**
 * Ranking of sections and pages from the positions Pagefind reports for each term.
 *
 * Pagefind finds where each word is; the score here is a BM25 over a section's prose (tables,
 * diagrams and code count less), plus bonuses for a match in the section's own heading (the more
 * of the query the heading holds and the more of the heading the query covers, the larger), in the
 * glossary names attached to it, in the page title and parent headings, and for query words that
 * stand next to each other in the text as they do in the query. Sections that miss a content word
 * (two or fewer) or more than a third of them (three or more) are not results; question words
 * never count for that. Matches in code blocks count only for queries that look like code.
 */

export interface SectionInfo {
  page: number;
  heading: string;
  /** Positions of the five field separators. */
  separators: number[];
  /**
   * Glossary entries and the sources page summarise other pages: the section that explains a topic
   * should win over its entry or the summary of the article it came from.
   */
  summarises: boolean;
}

export interface TermHits {
  /** 1 for content words, less for question and function words. */
  weight: number;
  /** Where the term starts in the query and how many slots it covers (Han: characters, Latin: 1). */
  slot: number;
  width: number;
  /** How many word positions one occurrence takes in the index (Han: its characters, Latin: 1). */
  span: number;
  /** Start positions of the term's occurrences, by section id. */
  hits: Map<string, number[]>;
}

export interface RankedSection {
  id: string;
  score: number;
  /** Word positions to highlight: every position each matched occurrence covers. */
  marks: number[];
}

export interface RankedPage {
  page: number;
  score: number;
  sections: RankedSection[];
}

const K1 = 1.2;
const B = 0.5;
const FIELD_TF: Partial<Record<Field, number>> = { prose: 1, aux: 0.7, code: 0.3 };
const FIELD_BONUS: Partial<Record<Field, number>> = { heading: 2, keywords: 1.5, context: 0.5 };
const HEADING_BONUS = 3;
const PHRASE_BONUS = 1.2;
const SUMMARY_FACTOR = 0.6;
/** Terms at least this heavy are marked in excerpts (content words and their longer forms). */
const MARKED_WEIGHT = 0.5;
/** How much the second and third best sections add to their page's score. */
const PAGE_DEPTH = 0.1;

export function fieldAt(position: number, separators: readonly number[]): Field {
  const [h = 0, k = 0, c = 0, p = 0, a = 0] = separators;
  if (position < h) return 'heading';
  if (position < k) return 'keywords';
  if (position < c) return 'context';
  if (position < p) return 'prose';
  if (position < a) return 'aux';
  return 'code';
}

function bodyLength(separators: readonly number[]): number {
  const [, , c = 0, , a = 0] = separators;
  return Math.max(1, a - c - 2);
}

const idfOf = (total: number, df: number) => Math.log(1 + (total - df + 0.5) / (df + 0.5));

/** Do the content words of a query, met or missed in a section, make it a result? */
export function qualifies(contentTerms: number, missed: number, coverage: number): boolean {
  if (missed === 0) return true;
  return contentTerms >= 3 && missed <= Math.floor(contentTerms / 3) && coverage >= 0.6;
}

export function rankSections(
  terms: readonly TermHits[],
  sections: ReadonlyMap<string, SectionInfo>,
  options: { codeCounts: boolean },
): RankedSection[] {
  const total = sections.size;
  if (total === 0 || terms.length === 0) return [];
  let lengthSum = 0;
  for (const info of sections.values()) lengthSum += bodyLength(info.separators);
  const averageLength = lengthSum / total;
  const present = terms.filter((term) => term.hits.size > 0).map((term) => idfOf(total, term.hits.size));
  // A word the site does not have weighs like an average word present, not like the rarest one.
  const absentIdf = present.length > 0 ? present.reduce((a, b) => a + b, 0) / present.length : 1;
  const idf = terms.map((term) => (term.hits.size > 0 ? idfOf(total, term.hits.size) : absentIdf));
  const content = terms.map((term, i) => (term.weight >= 1 ? i : -1)).filter((i) => i >= 0);
  const required = content.length > 0 ? content : terms.map((_, i) => i);
  const requiredIdf = required.reduce((sum, i) => sum + idf[i]!, 0) || 1;

  const candidates = new Set<string>();
  for (const term of terms) for (const id of term.hits.keys()) candidates.add(id);
  const ranked: RankedSection[] = [];
  for (const id of candidates) {
    const info = sections.get(id);
    if (!info) continue;
    const fieldsOf = terms.map((term) => (term.hits.get(id) ?? []).map((position) => fieldAt(position, info.separators)));
    const counts = (i: number) => fieldsOf[i]!.filter((f) => options.codeCounts || f !== 'code').length > 0;
    const matched = required.filter(counts);
    const coverage = matched.reduce((sum, i) => sum + idf[i]!, 0) / requiredIdf;
    if (!qualifies(required.length, required.length - matched.length, coverage)) continue;

    const length = bodyLength(info.separators);
    let score = 0;
    terms.forEach((term, i) => {
      const fields = fieldsOf[i]!;
      if (fields.length === 0) return;
      const tf = fields.reduce((sum, f) => sum + (FIELD_TF[f] ?? 0), 0);
      const bm25 = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / averageLength));
      const bonus = [...new Set(fields)].reduce((sum, f) => sum + (FIELD_BONUS[f] ?? 0), 0);
      score += idf[i]! * term.weight * (bm25 + bonus);
    });

    // The heading: how much of the query it holds, and how much of it the query covers.
    const headingLength = info.separators[0] ?? 0;
    const headingTerms = required.filter((i) => fieldsOf[i]!.includes('heading'));
    if (headingTerms.length > 0 && headingLength > 0) {
      const share = headingTerms.reduce((sum, i) => sum + idf[i]!, 0) / requiredIdf;
      const covered = new Set<number>();
      for (const i of headingTerms) {
        for (const start of terms[i]!.hits.get(id) ?? []) {
          if (start >= headingLength) continue;
          for (let k = 0; k < terms[i]!.span; k++) covered.add(start + k);
        }
      }
      const headingCoverage = Math.min(1, covered.size / headingLength);
      score += HEADING_BONUS * share * share * (0.3 + 0.7 * headingCoverage) * requiredIdf;
    }

    // Query words that follow each other in the query and in the text.
    for (let a = 0; a < terms.length; a++) {
      for (let b = 0; b < terms.length; b++) {
        const first = terms[a]!;
        const second = terms[b]!;
        if (second.slot !== first.slot + first.width || first.weight < 1 || second.weight < 1) continue;
        const next = new Set(second.hits.get(id) ?? []);
        if ((first.hits.get(id) ?? []).some((p) => next.has(p + first.span))) score += PHRASE_BONUS * ((idf[a]! + idf[b]!) / 2);
      }
    }

    score *= coverage * coverage * (info.summarises ? SUMMARY_FACTOR : 1);
    // Question and function words help ranking but are not what the reader looks for: no marks.
    const marks = new Set<number>();
    terms.forEach((term) => {
      if (term.weight < MARKED_WEIGHT) return;
      for (const start of term.hits.get(id) ?? []) for (let k = 0; k < term.span; k++) marks.add(start + k);
    });
    ranked.push({ id, score, marks: [...marks].sort((x, y) => x - y) });
  }
  return ranked.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
}

/** Sections grouped by page, best page first; each page keeps its best `perPage` sections. */
export function groupByPage(ranked: readonly RankedSection[], sections: ReadonlyMap<string, SectionInfo>, perPage = 3): RankedPage[] {
  const pages = new Map<number, RankedSection[]>();
  for (const section of ranked) {
    const page = sections.get(section.id)?.page;
    if (page === undefined) continue;
    const list = pages.get(page) ?? [];
    list.push(section);
    pages.set(page, list);
  }
  return [...pages.entries()]
    .map(([page, list]) => ({
      page,
      score: list[0]!.score + PAGE_DEPTH * list.slice(1, 3).reduce((sum, s) => sum + s.score, 0),
      sections: list.slice(0, perPage),
    }))
    .sort((x, y) => y.score - x.score || x.page - y.page);
}
