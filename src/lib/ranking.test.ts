import { describe, expect, it } from 'vitest';
import ratings from '../../content/data/scenario-ratings.json';
import { mulberry32, pick, randomInt } from './prng';
import { rankTypes, type RatingsGrid } from './ranking';

const grid: RatingsGrid = ratings;
const order = (selection: Record<string, number>) => rankTypes(grid, selection).ranked.map((r) => r.type);

/** A tiny grid where the answers are easy to check by hand. */
const small: RatingsGrid = {
  types: ['a', 'b', 'c', 'd'],
  scenarios: [
    { id: 'x', ratings: { a: 5, b: 1, c: 3, d: 3 } },
    { id: 'y', ratings: { a: 1, b: 5, c: 3, d: 2 } },
  ],
};

describe('rankTypes', () => {
  it('says "nothing selected" for an empty selection', () => {
    expect(rankTypes(grid, {})).toEqual({ empty: true, ranked: [] });
  });

  it('skips unknown scenarios and invalid weights', () => {
    expect(rankTypes(grid, { nope: 2, hpc: 0, security: 4, production: 1.5 }).empty).toBe(true);
    expect(rankTypes(grid, JSON.parse('{"__proto__": 3}')).empty).toBe(true);
  });

  it('ranks a single scenario by its row, ties sharing a rank', () => {
    const { ranked } = rankTypes(grid, { hpc: 1 });
    // hpc row: base 2, container 3, custom 4, vm 5, cloud 4, physical 5
    expect(ranked.map((r) => [r.type, r.rank, r.tie, r.display])).toEqual([
      ['vm-image', 1, true, '5.00'],
      ['physical-server-image', 1, true, '5.00'],
      ['custom-image', 3, true, '4.00'],
      ['cloud-image', 3, true, '4.00'],
      ['container-image', 5, false, '3.00'],
      ['base-image', 6, false, '2.00'],
    ]);
  });

  it('lets weights change the order', () => {
    const even = rankTypes(small, { x: 1, y: 1 }).ranked;
    expect(even.filter((r) => r.rank === 1).map((r) => r.type)).toEqual(['a', 'b', 'c']);
    expect(rankTypes(small, { x: 3, y: 1 }).ranked.map((r) => r.type)).toEqual(['a', 'c', 'd', 'b']);
    expect(rankTypes(small, { x: 1, y: 3 }).ranked.map((r) => r.type)).toEqual(['b', 'c', 'd', 'a']);
    // On the real data: microservices alone favours containers; weighting production flips it.
    expect(order({ microservices: 1 })[0]).toBe('container-image');
    expect(order({ microservices: 1, production: 3 })[0]).not.toBe('container-image');
  });

  it('uses competition ranking: 1, 2, 2, 4', () => {
    const ties: RatingsGrid = {
      types: ['a', 'b', 'c', 'd'],
      scenarios: [{ id: 'x', ratings: { a: 5, b: 4, c: 4, d: 1 } }],
    };
    const { ranked } = rankTypes(ties, { x: 2 });
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 2, 4]);
    expect(ranked.map((r) => r.tie)).toEqual([false, true, true, false]);
  });

  it('rounds only the display to two decimals', () => {
    const close: RatingsGrid = {
      types: ['a', 'b'],
      scenarios: [
        { id: 'x', ratings: { a: 4, b: 5 } },
        { id: 'y', ratings: { a: 5, b: 3 } },
        { id: 'z', ratings: { a: 4, b: 5 } },
      ],
    };
    // a = (4·3 + 5·3 + 4·1) / 7 = 31/7 ≈ 4.43; b = (15 + 9 + 5) / 7 = 29/7 ≈ 4.14
    const { ranked } = rankTypes(close, { x: 3, y: 3, z: 1 });
    expect(ranked.map((r) => [r.type, r.display, r.tie])).toEqual([
      ['a', '4.43', false],
      ['b', '4.14', false],
    ]);
    expect(ranked[0]!.score).toBe(31 / 7);
  });

  it('lists the three scenarios that drove each score, by weight × rating', () => {
    const { ranked } = rankTypes(grid, { hpc: 3, production: 1, security: 2, development: 1 });
    const vm = ranked.find((r) => r.type === 'vm-image')!;
    expect(vm.drivers).toEqual([
      { scenario: 'hpc', rating: 5, weight: 3, contribution: 15 },
      { scenario: 'security', rating: 5, weight: 2, contribution: 10 },
      { scenario: 'production', rating: 5, weight: 1, contribution: 5 },
    ]);
    expect(vm.display).toBe(((15 + 10 + 5 + 3) / 7).toFixed(2));
  });

  it('equals the plain average when every scenario has the same weight', () => {
    for (const weight of [1, 2, 3]) {
      const all = Object.fromEntries(grid.scenarios.map((s) => [s.id, weight]));
      for (const row of rankTypes(grid, all).ranked) {
        const plain = grid.scenarios.reduce((sum, s) => sum + s.ratings[row.type]!, 0) / grid.scenarios.length;
        expect(row.score).toBeCloseTo(plain, 12);
      }
    }
  });

  it('keeps scores within 1–5 and ranks consistent with scores (random selections)', () => {
    const random = mulberry32(20240614);
    const ids = grid.scenarios.map((s) => s.id);
    for (let run = 0; run < 500; run += 1) {
      const selection: Record<string, number> = {};
      const count = randomInt(random, 1, ids.length);
      for (let i = 0; i < count; i += 1) selection[pick(random, ids)] = randomInt(random, 1, 3);
      const result = rankTypes(grid, selection);
      expect(result.empty).toBe(false);
      const { ranked } = result;
      expect(ranked).toHaveLength(grid.types.length);
      expect(new Set(ranked.map((r) => r.type)).size).toBe(grid.types.length);
      ranked.forEach((row, i) => {
        expect(row.score).toBeGreaterThanOrEqual(1);
        expect(row.score).toBeLessThanOrEqual(5);
        expect(row.drivers.length).toBe(Math.min(3, Object.keys(selection).length));
        const next = ranked[i + 1];
        if (!next) return;
        expect(row.score).toBeGreaterThanOrEqual(next.score);
        if (next.rank === row.rank) expect(next.total * row.weights).toBe(row.total * next.weights);
        else expect(next.rank).toBe(i + 2);
      });
      expect(ranked[0]!.rank).toBe(1);
    }
  });
});
