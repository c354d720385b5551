import { describe, expect, it } from 'vitest';
import {
  bestSectionIndex,
  excerptParts,
  glossaryAliases,
  highlightTerms,
  mergeResults,
  normalizeQuery,
  queryTokens,
  sumScores,
  titleMatch,
} from './search-text';

describe('normalizeQuery', () => {
  it('folds full-width spaces and quotes and caps the length', () => {
    expect(normalizeQuery('  “Docker\u3000镜像”  ')).toBe('Docker 镜像');
    expect(normalizeQuery('x'.repeat(500))).toHaveLength(200);
  });
});

describe('queryTokens', () => {
  it('drops single Chinese characters but keeps words and Latin terms', () => {
    const tokens = queryTokens('镜像和容器的区别', 'zh-CN');
    expect(tokens).toContain('区别');
    expect(tokens.every((t) => t.length >= 2)).toBe(true);
    expect(queryTokens('Docker镜像', 'zh-CN')).toEqual(['docker', '镜像']);
  });
});

describe('glossaryAliases', () => {
  const terms = [
    { zh: '内核', en: 'Kernel' },
    { zh: '软件物料清单（SBOM）', en: 'Software bill of materials (SBOM)' },
  ];
  it('maps a term typed in the other language to the name used on this site', () => {
    expect(glossaryAliases('kernel', terms, 'zh')).toEqual(['内核']);
    expect(glossaryAliases('内核', terms, 'en')).toEqual(['Kernel']);
  });
  it('matches a bare abbreviation from a parenthesised name', () => {
    expect(glossaryAliases('sbom', terms, 'zh')).toEqual(['软件物料清单（SBOM）']);
  });
  it('returns nothing for the same-language name or unknown words', () => {
    expect(glossaryAliases('内核', terms, 'zh')).toEqual([]);
    expect(glossaryAliases('floppy', terms, 'zh')).toEqual([]);
  });
});

describe('titleMatch and bestSectionIndex', () => {
  it('scores a whole-query match above a partial one', () => {
    const tokens = queryTokens('救援镜像', 'zh-CN');
    expect(titleMatch('现场救援镜像', '救援镜像', tokens)).toBe(1);
    expect(titleMatch('容器镜像', '救援镜像', tokens)).toBeLessThan(1);
  });
  it('opens the section whose heading names the query even when another has more hits', () => {
    const sections = [
      { title: '容器镜像', url: '#container-image', hits: 40 },
      { title: '现场救援镜像', url: '#live-image', hits: 8 },
    ];
    expect(bestSectionIndex(sections, '救援镜像', queryTokens('救援镜像', 'zh-CN'))).toBe(1);
  });
  it('falls back to the section with most hits', () => {
    const sections = [
      { title: 'Intro', url: '#a', hits: 2 },
      { title: 'Details', url: '#b', hits: 9 },
    ];
    expect(bestSectionIndex(sections, 'zzz', ['zzz'])).toBe(1);
  });
});

describe('mergeResults and sumScores', () => {
  it('keeps the best weighted score per page', () => {
    const merged = mergeResults(
      [
        [{ id: 'a', score: 1, item: 'a1' }],
        [{ id: 'a', score: 3, item: 'a2' }, { id: 'b', score: 2, item: 'b' }],
      ],
      [1, 0.5],
    );
    expect(merged.map((m) => [m.id, m.score])).toEqual([['a', 1.5], ['b', 1]]);
  });
  it('adds up word-by-word scores', () => {
    const summed = sumScores([[{ id: 'a', score: 1, item: 0 }], [{ id: 'a', score: 2, item: 0 }, { id: 'b', score: 2.5, item: 0 }]]);
    expect(summed.map((m) => [m.id, m.score])).toEqual([['a', 3], ['b', 2.5]]);
  });
});

describe('highlightTerms', () => {
  it('never returns single Chinese characters', () => {
    expect(highlightTerms('写时复制')).toEqual(['写时复制']);
    expect(highlightTerms('Docker镜像 的 x')).toEqual(['Docker', '镜像']);
  });
});

describe('excerptParts', () => {
  it('splits marks out and decodes entities without keeping markup', () => {
    expect(excerptParts('a &lt;b&gt; <mark>kernel</mark> <em>x</em>')).toEqual([
      { text: 'a <b> ', mark: false },
      { text: 'kernel', mark: true },
      { text: ' x', mark: false },
    ]);
  });
});
