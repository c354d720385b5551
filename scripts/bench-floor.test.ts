import { describe, expect, it } from 'vitest';
import { floorBytes, floorDocument, gzipSize, median, ratio, usedCssText } from './bench-floor.mjs';

describe('bench floor', () => {
  it('keeps the used rules once, in stylesheet order', () => {
    const css = 'a{color:red}b{color:blue}@media print{i{color:green}}';
    const ranges = [
      { startOffset: 12, endOffset: 25, used: true },
      { startOffset: 0, endOffset: 12, used: true },
      { startOffset: 12, endOffset: 25, used: true },
      { startOffset: 38, endOffset: 52, used: false },
    ];
    expect(usedCssText(css, ranges)).toBe('a{color:red}b{color:blue}');
    expect(usedCssText(css, [])).toBe('');
  });

  it('is one minimal document: head, used CSS, article', () => {
    const doc = floorDocument({ lang: 'zh-CN', title: 'A < B & C', css: 'p{margin:0}', article: '<article><p>正文</p></article>' });
    expect(doc).toBe(
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A &lt; B &amp; C</title><style>p{margin:0}</style></head><body><article><p>正文</p></article></body></html>',
    );
    expect(floorBytes({ lang: 'en', title: 't', css: '', article: '<p>x</p>' })).toBe(gzipSize(floorDocument({ lang: 'en', title: 't', css: '', article: '<p>x</p>' })));
  });

  it('gives ratios to two decimals and nothing for a missing side', () => {
    expect(ratio(18_000, 14_400)).toBe(1.25);
    expect(ratio(1, 3)).toBe(0.33);
    expect(ratio(null, 3)).toBeNull();
    expect(ratio(3, 0)).toBeNull();
  });

  it('takes the median of the numbers it is given', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([null, 5, Number.NaN])).toBe(5);
    expect(median([])).toBeNull();
  });
});
