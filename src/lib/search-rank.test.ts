import { describe, expect, it } from 'vitest';
import { fieldAt, groupByPage, qualifies, rankSections, type SectionInfo, type TermHits } from './search-rank';

// Separators: heading ends at 3, keywords at 5, context at 8, prose at 100, aux at 110; code after.
const layout = [3, 5, 8, 100, 110];
const section = (page: number, summarises = false, separators = layout): SectionInfo => ({ page, heading: '', separators, summarises });
const term = (slot: number, hits: Record<string, number[]>, weight = 1, span = 1): TermHits => ({ weight, slot, width: span, span, hits: new Map(Object.entries(hits)) });

const sections = new Map<string, SectionInfo>([
  ['a', section(0)],
  ['b', section(0)],
  ['c', section(1)],
  ['d', section(2, true)],
  ...Array.from({ length: 20 }, (_, i): [string, SectionInfo] => [`filler${i}`, section(3 + i)]),
]);

describe('fieldAt', () => {
  it('reads the field from the position', () => {
    expect([0, 3, 4, 6, 9, 105, 120].map((p) => fieldAt(p, layout))).toEqual(['heading', 'keywords', 'keywords', 'context', 'prose', 'aux', 'code']);
  });
});

describe('qualifies', () => {
  it('needs every content word of short queries and most of long ones', () => {
    expect(qualifies(2, 1, 0.7)).toBe(false);
    expect(qualifies(3, 1, 0.7)).toBe(true);
    expect(qualifies(3, 1, 0.4)).toBe(false);
    expect(qualifies(4, 2, 0.7)).toBe(false);
  });
});

describe('rankSections', () => {
  it('puts a heading match above more mentions in prose', () => {
    const ranked = rankSections([term(0, { a: [0], b: [20, 30, 40, 50] })], sections, { codeCounts: false });
    expect(ranked.map((r) => r.id)).toEqual(['a', 'b']);
  });
  it('puts an exact heading above a heading that only contains the words', () => {
    const short = new Map(sections).set('a', section(0, false, [2, 3, 4, 50, 60]));
    const ranked = rankSections([term(0, { a: [0], c: [0] }), term(1, { a: [1], c: [1] })], short, { codeCounts: false });
    expect(ranked[0]!.id).toBe('a');
  });
  it('drops sections that miss a content word, but not a missing question word', () => {
    const ranked = rankSections([term(0, { a: [20], b: [20] }), term(2, { a: [30] }), term(4, {}, 0.15)], sections, { codeCounts: false });
    expect(ranked.map((r) => r.id)).toEqual(['a']);
  });
  it('counts matches in code blocks only for code-like queries', () => {
    const hits = [term(0, { a: [120] })];
    expect(rankSections(hits, sections, { codeCounts: false })).toEqual([]);
    expect(rankSections(hits, sections, { codeCounts: true }).map((r) => r.id)).toEqual(['a']);
  });
  it('rewards words that stand together as in the query', () => {
    const together = rankSections([term(0, { a: [20], b: [20] }), term(1, { a: [21], b: [40] })], sections, { codeCounts: false });
    expect(together.map((r) => r.id)).toEqual(['a', 'b']);
  });
  it('ranks a glossary entry below the section that explains the term', () => {
    const ranked = rankSections([term(0, { c: [0, 20], d: [0, 20] })], sections, { codeCounts: false });
    expect(ranked.map((r) => r.id)).toEqual(['c', 'd']);
  });
  it('marks content words only, not question words', () => {
    const [ranked] = rankSections([term(0, { a: [20] }), term(2, { a: [22] }, 0.15)], sections, { codeCounts: false });
    expect(ranked!.marks).toEqual([20]);
  });
  it('marks every position a matched phrase covers', () => {
    const [ranked] = rankSections([term(0, { a: [20] }, 1, 3)], sections, { codeCounts: false });
    expect(ranked!.marks).toEqual([20, 21, 22]);
  });
});

describe('groupByPage', () => {
  it('groups sections under their page, best page first, at most three each', () => {
    const four = new Map<string, SectionInfo>([...['w', 'x', 'y', 'z'].map((id): [string, SectionInfo] => [id, section(5)]), ['q', section(6)]]);
    const ranked = [
      { id: 'q', score: 9, marks: [] },
      { id: 'w', score: 8, marks: [] },
      { id: 'x', score: 7, marks: [] },
      { id: 'y', score: 6, marks: [] },
      { id: 'z', score: 5, marks: [] },
    ];
    const pages = groupByPage(ranked, four);
    expect(pages.map((p) => p.page)).toEqual([5, 6]);
    expect(pages[0]!.sections.map((s) => s.id)).toEqual(['w', 'x', 'y']);
  });
});
