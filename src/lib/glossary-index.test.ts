import { describe, expect, it } from 'vitest';
import { letterGroups, letterId, letterOf, sortKey } from './glossary-index';

const names = (groups: { letter: string; entries: string[] }[]) => groups.map((g) => `${g.letter}: ${g.entries.join(', ')}`);

describe('sortKey', () => {
  it('reads Chinese names as pinyin and keeps Latin ones', () => {
    expect(sortKey('内核', 'zh')).toBe('nei he');
    expect(sortKey('Cosign', 'zh')).toBe('cosign');
    expect(sortKey('OCI 镜像', 'zh')).toBe('oci jing xiang');
    expect(sortKey('.dockerignore', 'en')).toBe('dockerignore');
  });
  it('reads a polyphone in context', () => {
    expect(sortKey('重建', 'zh')).toBe('chong jian');
  });
});

describe('letterGroups', () => {
  it('files Latin-named terms under their own letter among the pinyin ones (zh)', () => {
    const groups = letterGroups(['内核', 'Cosign', '层', 'Dockerfile', '镜像', 'Kubernetes', '基础镜像'], (n) => n, 'zh');
    expect(names(groups)).toEqual(['C: 层, Cosign', 'D: Dockerfile', 'J: 基础镜像, 镜像', 'K: Kubernetes', 'N: 内核']);
  });
  it('sorts English names A–Z, case-insensitively, with a group for other initials', () => {
    const groups = letterGroups(['kernel', 'Base image', 'A/B update', '9P', 'bootc'], (n) => n, 'en');
    expect(names(groups)).toEqual(['#: 9P', 'A: A/B update', 'B: Base image, bootc', 'K: kernel']);
  });
});

describe('letters', () => {
  it('gives each group a language-neutral id', () => {
    expect(letterOf('éclair')).toBe('E');
    expect(letterId('K')).toBe('letter-k');
    expect(letterId(letterOf('9p'))).toBe('letter-other');
  });
});
