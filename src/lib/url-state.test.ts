import { describe, expect, it } from 'vitest';
import { brokenParams, buildQuery, decodeLeniently, echo, noticeList, parseIdList, readParams, withoutParams } from './url-state';

describe('readParams', () => {
  it('decodes normal queries', () => {
    expect(readParams('?a=1&b=x%20y').get('b')).toBe('x y');
  });
  it('survives invalid percent-encoding', () => {
    expect(readParams('?q=%E4%B8%AD%ZZ%').get('q')).toBe('中%ZZ%');
  });
  it('cuts absurdly long values', () => {
    expect(readParams(`?q=${'a'.repeat(50_000)}`).get('q')!.length).toBeLessThanOrEqual(2000);
  });
});

describe('parseIdList', () => {
  const known = ['vm-image', 'container-image'];
  it('keeps known ids in order and reports the rest', () => {
    expect(parseIdList('container-image,nope,vm-image,container-image', known)).toEqual({
      ids: ['container-image', 'vm-image'],
      ignored: ['nope', 'container-image'],
    });
  });
  it('treats empty and missing lists as nothing chosen', () => {
    expect(parseIdList(null, known)).toEqual({ ids: [], ignored: [] });
    expect(parseIdList(',,', known)).toEqual({ ids: [], ignored: [] });
  });
  it('never accepts prototype keys', () => {
    expect(parseIdList('__proto__,constructor,toString', known).ids).toEqual([]);
  });
});

describe('echo', () => {
  it('shortens long input and replaces control characters', () => {
    expect(echo('a'.repeat(100))).toHaveLength(41);
    expect(echo('x\u0000y')).toBe('x\uFFFDy');
  });
});

describe('buildQuery', () => {
  it('skips empty values and keeps commas readable', () => {
    expect(buildQuery([['kinds', 'a,b'], ['q', ''], ['x', undefined], ['t', 'a b']])).toBe('?kinds=a,b&t=a%20b');
  });
});

describe('brokenParams', () => {
  it('names the parameters whose value cannot be decoded', () => {
    expect(brokenParams('?s=hpc&q=%E0%A4%A&x=%ZZ&ok=%E4%B8%AD')).toEqual(['q', 'x']);
    expect(brokenParams('')).toEqual([]);
    expect(brokenParams('?q=a+b%20c')).toEqual([]);
  });
});

describe('echo and noticeList', () => {
  it('removes bidi controls and zero-width characters, so input cannot reorder the notice', () => {
    expect(echo('abc\u202Eevil\u202C\u2066x\u2069\u200B\u200C\u200D\u2060\uFEFF')).toBe('abcevilx');
    expect(echo('a\u0000b\u009f')).toBe('a\uFFFDb\uFFFD');
  });
  it('cuts long input at 40 characters without splitting a character', () => {
    expect(echo('😀'.repeat(50))).toBe(`${'😀'.repeat(40)}…`);
  });
  it('lists at most five items, then says how many more', () => {
    const items = Array.from({ length: 300 }, (_, i) => `kinds=x${i}`);
    const text = noticeList(items, ', ', 'and {n} more');
    expect(text).toBe('kinds=x0, kinds=x1, kinds=x2, kinds=x3, kinds=x4, and 295 more');
    expect(noticeList(items.slice(0, 5), '、', '等另外 {n} 项')).toBe('kinds=x0、kinds=x1、kinds=x2、kinds=x3、kinds=x4');
    expect(noticeList(['a\u202Eb'], ', ', '')).toBe('ab');
  });
});

describe('decodeLeniently', () => {
  it('decodes what it can and keeps broken escapes as written, never throwing', () => {
    expect(decodeLeniently('%E0%A4%A')).toBe('%E0%A4%A');
    expect(decodeLeniently('dim-%E4%B8%AD%zz')).toBe('dim-中%zz');
    expect(decodeLeniently('%ED%A0%80')).toBe('%ED%A0%80');
  });
});

describe('withoutParams', () => {
  it('drops the named parameters and keeps the rest exactly as written', () => {
    expect(withoutParams('?kinds=vm-image,cloud-image&q=kernel%20space&diff=1', ['q'])).toEqual({
      search: '?kinds=vm-image,cloud-image&diff=1',
      dropped: [['q', 'kernel space']],
    });
  });
  it('returns an empty query when nothing is left, and does not report empty values', () => {
    expect(withoutParams('?q=', ['q'])).toEqual({ search: '', dropped: [] });
    expect(withoutParams('', ['q'])).toEqual({ search: '', dropped: [] });
  });
  it('matches encoded names, survives broken encoding and drops repeats', () => {
    expect(withoutParams('?%71=%E0%A4%A&s=hpc:3&q=x', ['q'])).toEqual({
      search: '?s=hpc:3',
      dropped: [
        ['q', '%E0%A4%A'],
        ['q', 'x'],
      ],
    });
  });
});
