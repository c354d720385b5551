import { describe, expect, it } from 'vitest';
import { highlightPattern } from './search-highlight';

const marked = (words: string[], text: string) => text.match(highlightPattern(words) ?? /$^/) ?? [];

describe('highlightPattern', () => {
  it('marks Chinese words as written and never their single characters', () => {
    expect(marked(['虚拟机'], '物理机和虚拟机')).toEqual(['虚拟机']);
    expect(marked(['虚拟机', '机'], '物理机')).toEqual([]);
  });
  it('marks Latin words whole with their endings, not inside other words', () => {
    expect(marked(['image'], 'Images, an image, reimage')).toEqual(['Images', 'image']);
  });
  it('marks a single character when it was the whole search', () => {
    expect(marked(['镜'], '镜像')).toEqual(['镜']);
  });
});
