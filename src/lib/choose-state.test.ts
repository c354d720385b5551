import { describe, expect, it } from 'vitest';
import ratings from '../../content/data/scenario-ratings.json';
import { mulberry32, pick, randomInt } from './prng';
import { parseChooseState, serializeChooseState, selectionWeights, type ChooseState } from './choose-state';

const known = { scenarios: ratings.scenarios.map((s) => s.id), types: ratings.types };
const parse = (search: string) => parseChooseState(search, known);
const canonical = (search: string) => serializeChooseState(parse(search).state, known);

describe('parseChooseState', () => {
  it('reads a shared link', () => {
    expect(parse('?s=hpc:3,production&sort=cloud-image&dir=desc')).toEqual({
      state: {
        selection: [
          { id: 'production', weight: 1 },
          { id: 'hpc', weight: 3 },
        ],
        sort: { key: 'cloud-image', dir: 'desc' },
        q: '',
        only: false,
      },
      ignored: [],
    });
  });

  it('gives the empty state for an empty query', () => {
    expect(parse('')).toEqual({ state: { selection: [], sort: null, q: '', only: false }, ignored: [] });
    expect(parse('?')).toEqual(parse(''));
  });

  it('defaults the direction: highest first for a type, A→Z for the scenario name', () => {
    expect(parse('?sort=vm-image').state.sort).toEqual({ key: 'vm-image', dir: 'desc' });
    expect(parse('?sort=scenario').state.sort).toEqual({ key: 'scenario', dir: 'asc' });
    expect(parse('?sort=scenario&dir=desc').state.sort).toEqual({ key: 'scenario', dir: 'desc' });
  });

  it('clamps whole-number weights outside 1–3 and resets other weights to 1, reporting both', () => {
    const { state, ignored } = parse('?s=hpc:7,security:0,production:2.5,testing:x,development:,ci-cd:2');
    expect(selectionWeights(state)).toEqual({
      development: 1,
      testing: 1,
      production: 1,
      'ci-cd': 2,
      hpc: 3,
      security: 1,
    });
    expect(ignored).toEqual([
      's=hpc:7→3',
      's=security:0→1',
      's=production:2.5→1',
      's=testing:x→1',
      's=development:→1',
    ]);
  });

  it('drops unknown ids, repeats and unknown or repeated parameters', () => {
    const { state, ignored } = parse('?s=hpc,nope,hpc:2,HPC&s=security&utm_source=x&sort=hpc&dir=up&only=yes');
    expect(state).toEqual({ selection: [{ id: 'hpc', weight: 1 }], sort: null, q: '', only: false });
    expect(ignored).toEqual(['s=nope', 's=hpc:2', 's=HPC', 's=security', 'utm_source=x', 'sort=hpc', 'dir=up', 'only=yes']);
  });

  it('ignores hostile input and reports it as plain text', () => {
    const { state, ignored } = parse(
      `?s=${encodeURIComponent('<img src=x onerror=alert(1)>')}:9,hpc:7,__proto__&sort=constructor&q=%E0%A4%A&__proto__=1`,
    );
    expect(state).toEqual({ selection: [{ id: 'hpc', weight: 3 }], sort: null, q: '', only: false });
    expect(ignored).toEqual([
      's=<img src=x onerror=alert(1)>:9',
      's=hpc:7→3',
      's=__proto__',
      'sort=constructor',
      'q=%E0%A4%A',
      '__proto__=1',
    ]);
    expect(Object.getPrototypeOf(selectionWeights(state))).toBe(Object.prototype);
  });

  it('drops over-long and control-character filters', () => {
    expect(parse(`?q=${'a'.repeat(10_000)}`).state.q).toBe('');
    expect(parse(`?q=${'a'.repeat(10_000)}`).ignored).toEqual([`q=${'a'.repeat(40)}…`]);
    expect(parse('?q=a%00b').state.q).toBe('');
    expect(parse(`?q=${'a'.repeat(100)}`).state.q).toHaveLength(100);
    expect(parse('?q=CI%2FCD+%E6%B5%81').state.q).toBe('CI/CD 流');
  });

  it('keeps only known ids in the state for 10,000-character values', () => {
    const long = `?s=${'hpc,'.repeat(2500)}&sort=${'x'.repeat(10_000)}`;
    const { state } = parse(long);
    expect(state.selection).toEqual([{ id: 'hpc', weight: 1 }]);
    expect(state.sort).toBeNull();
  });
});

describe('serializeChooseState', () => {
  it('writes one canonical form', () => {
    expect(canonical('?only=1&q=ci&dir=asc&sort=cloud-image&s=hpc:3,production:1')).toBe(
      '?s=production,hpc:3&sort=cloud-image&dir=asc&q=ci&only=1',
    );
    expect(canonical('?sort=vm-image')).toBe('?sort=vm-image&dir=desc');
    expect(canonical('')).toBe('');
    expect(parse('?only=0')).toEqual(parse(''));
    expect(canonical('?q=a%26b%3Dc+d%25')).toBe('?q=a%26b%3Dc%20d%25');
  });

  it('leaves out what it does not know', () => {
    const state: ChooseState = {
      selection: [
        { id: 'nope', weight: 2 },
        { id: 'hpc', weight: 9 },
      ],
      sort: { key: 'constructor', dir: 'asc' },
      q: '\uD800x',
      only: false,
    };
    expect(serializeChooseState(state, known)).toBe('?s=hpc:3&q=%EF%BF%BDx');
  });

  it('round-trips random canonical states', () => {
    const random = mulberry32(3);
    const sortKeys = ['scenario', ...known.types];
    for (let run = 0; run < 300; run += 1) {
      const selection = known.scenarios
        .filter(() => random() < 0.4)
        .map((id) => ({ id, weight: randomInt(random, 1, 3) }));
      const sort = random() < 0.7 ? { key: pick(random, sortKeys), dir: pick(random, ['asc', 'desc'] as const) } : null;
      const q = random() < 0.5 ? pick(random, ['ci', '云', 'a b', 'x,y:z', '100%', '&=?#']) : '';
      const state: ChooseState = { selection, sort, q, only: random() < 0.5 };
      const query = serializeChooseState(state, known);
      expect(parse(query)).toEqual({ state, ignored: [] });
      expect(serializeChooseState(parse(query).state, known)).toBe(query);
    }
  });

  it('never throws on 500 random query strings, and its output is a fixed point', () => {
    const random = mulberry32(20240614);
    const atoms = [
      ...known.scenarios,
      ...known.types,
      's=', 'sort=', 'dir=', 'q=', 'only=', '&', '=', ',', ':', ':3', ':9', ':-1', '%', '%E0%A4%A', '%ZZ', '%00',
      '%3Cscript%3E', '<script>alert(1)</script>', '__proto__', 'constructor', 'prototype', '+', '#', '?', '中文',
      '\uD83D', 'asc', 'desc', 'scenario', '1', 'x'.repeat(10_000),
    ];
    for (let run = 0; run < 500; run += 1) {
      const query = Array.from({ length: randomInt(random, 0, 12) }, () => pick(random, atoms)).join('');
      const search = random() < 0.5 ? `?${query}` : query;
      const { state, ignored } = parse(search);
      expect(Array.isArray(ignored)).toBe(true);
      for (const choice of state.selection) {
        expect(known.scenarios).toContain(choice.id);
        expect([1, 2, 3]).toContain(choice.weight);
      }
      if (state.sort) expect(['scenario', ...known.types]).toContain(state.sort.key);
      expect(state.q.length).toBeLessThanOrEqual(100);
      const once = serializeChooseState(state, known);
      expect(canonical(once)).toBe(once);
      expect(parse(once).ignored).toEqual([]);
    }
  });
});
