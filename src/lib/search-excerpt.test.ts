import { describe, expect, it } from 'vitest';
import { buildExcerpt } from './search-excerpt';

const text = (parts: Array<{ text: string; mark: boolean }>) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('buildExcerpt', () => {
  // heading ␞ keywords ␞ context ␞ prose ␞ aux ␞ code
  const en = 'Kernel ␞ ␞ Page ␞ First sentence here. The kernel drives hardware, and kernels differ. ¶ Another block ␞ Table cell kernel ␞ uname kernel';
  const sep = [1, 2, 4, 18, 22];

  it('shows the prose sentence with the most matches and marks whole words', () => {
    expect(text(buildExcerpt(en, sep, [9, 13], 200))).toBe('The [kernel] drives hardware, and [kernels] differ.');
  });
  it('never shows tables or code, and falls back to the first prose sentence', () => {
    expect(text(buildExcerpt(en, sep, [21, 24], 200))).toBe('First sentence here.');
  });
  it('shortens a long sentence at a clause, never mid-word', () => {
    expect(text(buildExcerpt(en, sep, [13], 30))).toBe('…and [kernels] differ.');
  });
  it('joins Chinese without the spaces the index put between characters', () => {
    const zh = '内 \u200B核 \u200B␞ \u200B␞ \u200B页 \u200B␞ \u200B用 \u200BDocker \u200B管 \u200B理 \u200B内 \u200B核 \u200B。 \u200B␞ \u200B␞ \u200Bx';
    expect(text(buildExcerpt(zh, [2, 3, 5, 13, 14], [10, 11], 64))).toBe('用 Docker 管理[内核]。');
  });
  it('says a phrase continues one before it when it follows a colon', () => {
    // H0 ␞1 ␞2 ␞3 By4 default:5 a6 container7 runs.8 ␞9 ␞10
    expect(text(buildExcerpt('H ␞ ␞ ␞ By default: a container runs. ␞ ␞', [1, 2, 3, 9, 10], [7], 100))).toBe('…a [container] runs.');
  });
  it('says a sentence goes on when it ends on a colon', () => {
    expect(text(buildExcerpt('H ␞ ␞ ␞ The kernel: ␞ ␞', [1, 2, 3, 6, 7], [5], 100))).toBe('The [kernel]…');
  });
});
