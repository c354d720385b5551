import { describe, expect, it } from 'vitest';
import { atlas } from './data';
import { mulberry32, pick as pickWith } from './prng';
import {
  canonicalState,
  catalogFromAtlas,
  differs,
  emptyState,
  exportRows,
  fromSelection,
  parseCompareState,
  Q_LIMIT,
  revealRow,
  selectedRows,
  serializeCompareState,
  visibleView,
  type CompareState,
} from './compare-state';

const catalog = catalogFromAtlas(atlas, { zh: '维度', en: 'Aspect' });
const kindIds = catalog.kinds.map((kind) => kind.id);
const topicIds = catalog.topics.map((topic) => topic.id);
const rowIds = catalog.rows.map((row) => row.id);
const parse = (search: string) => parseCompareState(search, catalog);
const serialize = (state: CompareState) => serializeCompareState(state, catalog);
const state = (patch: Partial<CompareState>): CompareState => canonicalState({ ...emptyState(), ...patch }, catalog);

describe('catalogFromAtlas', () => {
  it('holds every kind, topic and row once, rows grouped by topic', () => {
    expect(kindIds).toHaveLength(10);
    expect(topicIds).toHaveLength(9);
    expect(rowIds).toHaveLength(35);
    expect(new Set(rowIds).size).toBe(35);
    expect(catalog.topics.flatMap((topic) => topic.rows)).toEqual(rowIds);
  });
  it('joins list cells with "; " and drops code marks', () => {
    const row = catalog.rows.find((r) => r.id === 'startup-mechanism')!;
    expect(row.cells['application-image']?.en).toBe('execve() with process-level isolation; no boot');
    const traits = catalog.rows.find((r) => r.id === 'key-traits')!;
    expect(traits.cells['base-image']?.en).toBe('Minimal; General-purpose; Extensible');
  });
});

describe('parseCompareState', () => {
  it('reads the default view from an empty query', () => {
    expect(parse('')).toEqual({ state: emptyState(), ignored: [] });
    expect(parse('?')).toEqual({ state: emptyState(), ignored: [] });
  });

  it('expands a preset to its table’s kinds and rows', () => {
    for (const table of atlas.tables) {
      const { state: s, ignored } = parse(`?preset=${table.id}`);
      expect(ignored).toEqual([]);
      expect(s.preset).toBe(table.id);
      const view = visibleView(s, catalog, 'en');
      expect(view.kinds.map((k) => k.id).sort()).toEqual([...table.kinds].sort());
      expect(view.rows.map((r) => r.id).sort()).toEqual(table.rows.map((r) => r.id).sort());
      expect(serialize(s)).toBe(`?preset=${table.id}`);
    }
  });

  it('lets explicit kinds or rows override the preset', () => {
    const { state: s } = parse('?preset=container-vs-vm&kinds=vm-image,cloud-image');
    expect(s.preset).toBeUndefined();
    expect(s.kinds).toEqual(['vm-image', 'cloud-image']);
    expect(selectedRows(s, catalog)).toEqual(new Set(atlas.tables.find((t) => t.id === 'container-vs-vm')!.rows.map((r) => r.id)));
    const { state: t } = parse('?preset=container-vs-vm&rows=kernel-inclusion');
    expect(t.kinds).toEqual(['container-image', 'vm-image']);
    expect(t.rows).toEqual(['kernel-inclusion']);
  });

  it('keeps known ids in catalog order and reports unknown ones and duplicates', () => {
    const { state: s, ignored } = parse('?kinds=vm-image,nope,system-image,vm-image&topics=security,zzz&rows=,,');
    expect(s.kinds).toEqual(['system-image', 'vm-image']);
    expect(s.topics).toEqual(['security']);
    expect(ignored).toEqual(['kinds=nope', 'kinds=vm-image', 'topics=zzz']);
  });

  it('reports unknown parameters, repeated parameters, a bad preset and bad diff values', () => {
    const { state: s, ignored } = parse('?x=1&preset=nope&diff=maybe&q=a&q=b&kinds=vm-image&kinds=cloud-image&utm');
    expect(s).toEqual(state({ kinds: ['vm-image'], q: 'a' }));
    expect(ignored).toEqual(['x=1', 'preset=nope', 'diff=maybe', 'q=b', 'kinds=cloud-image', 'utm']);
    expect(parse('?diff=1').state.diff).toBe(true);
    expect(parse('?diff=0')).toEqual({ state: emptyState(), ignored: [] });
  });

  it('treats empty values as the default', () => {
    expect(parse('?kinds=&topics=&rows=&q=&diff=&preset=')).toEqual({ state: emptyState(), ignored: [] });
  });

  it('drops an over-long text filter and shortens the echo', () => {
    const { state: s, ignored } = parse(`?q=${'x'.repeat(Q_LIMIT + 1)}`);
    expect(s.q).toBe('');
    expect(ignored).toHaveLength(1);
    expect(ignored[0]!.length).toBeLessThan(60);
    expect(parse(`?q=${'y'.repeat(Q_LIMIT)}`).state.q).toHaveLength(Q_LIMIT);
  });

  it('survives very long and broken input', () => {
    const huge = `?kinds=${'vm-image,'.repeat(20_000)}&q=${'%'.repeat(10_000)}`;
    const { state: s } = parse(huge);
    expect(s.kinds).toEqual(['vm-image']);
    expect(() => parse('?q=%E0%A4%A&x=%&%%%=%zz&rows=%E4%B8%AD')).not.toThrow();
    expect(parse('?q=%E0%A4%A&kinds=vm-image')).toEqual({ state: state({ kinds: ['vm-image'] }), ignored: ['q=%E0%A4%A'] });
  });

  it('drops a text filter with control characters, and cleans typed ones', () => {
    expect(parse('?q=a%00b')).toEqual({ state: emptyState(), ignored: ['q=a\uFFFDb'] });
    expect(state({ q: 'a\u0007b\uD800' }).q).toBe('a b\uFFFD');
  });

  it('keeps encoded markup as plain text', () => {
    const { state: s, ignored } = parse(
      '?kinds=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E,vm-image&q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&rows=%22%3E%3Cimg%20onerror%3D1%3E',
    );
    expect(s.kinds).toEqual(['vm-image']);
    expect(s.q).toBe('<script>alert(1)</script>');
    expect(ignored).toEqual(['kinds=<img src=x onerror=alert(1)>', 'rows="><img onerror=1>']);
    expect(serialize(s)).toBe('?kinds=vm-image&q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  });

  it('never accepts prototype keys', () => {
    const { state: s, ignored } = parse('?__proto__=1&constructor=x&kinds=__proto__,constructor&rows=toString,hasOwnProperty&preset=__proto__');
    expect(s).toEqual(emptyState());
    expect(ignored).toHaveLength(7);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('serializeCompareState', () => {
  it('omits defaults and writes a stable order', () => {
    expect(serialize(emptyState())).toBe('');
    expect(serialize({ ...emptyState(), kinds: ['vm-image', 'system-image'], q: ' kernel ', diff: true })).toBe(
      '?kinds=system-image,vm-image&q=kernel&diff=1',
    );
  });
  it('writes whole topics as topics and the rest as rows', () => {
    const nature = catalog.topics.find((t) => t.id === 'nature')!;
    expect(serialize({ ...emptyState(), rows: [...nature.rows, 'image-size'] })).toBe('?topics=nature&rows=image-size');
  });
  it('treats "every kind" and "every row" as the default', () => {
    expect(serialize({ ...emptyState(), kinds: kindIds, rows: rowIds })).toBe('');
  });
  it('keeps commas and non-ASCII text readable and reversible', () => {
    const s = state({ q: '内核, a+b & c=d' });
    expect(parse(serialize(s)).state).toEqual(s);
  });
});

describe('round trips', () => {
  const samples: CompareState[] = [
    emptyState(),
    state({ kinds: ['vm-image', 'container-image'], diff: true }),
    state({ topics: ['security', 'usage'], rows: ['kernel-inclusion'], q: 'CVE' }),
    state({ kinds: ['cloud-image'], rows: ['portability-rating', 'type-definition'] }),
    parse('?preset=os-image-types').state,
    parse('?preset=security-updates-customization&diff=1&q=x').state,
  ];
  it('parse ∘ serialize is the identity on canonical states', () => {
    for (const s of samples) expect(parse(serialize(s))).toEqual({ state: s, ignored: [] });
  });
});

describe('visibleView', () => {
  it('shows everything by default', () => {
    const view = visibleView(emptyState(), catalog, 'en');
    expect(view.kinds).toHaveLength(10);
    expect(view.rows).toHaveLength(35);
    expect(view.uncovered).toBe(0);
    expect(view.diffAvailable).toBe(false);
  });

  it('hides and counts rows no shown kind covers', () => {
    const view = visibleView(state({ kinds: ['container'] }), catalog, 'en');
    expect(view.rows.map((r) => r.id).sort()).toEqual(['mutability', 'role-and-purpose', 'runtime-contents', 'template-vs-instance']);
    expect(view.uncovered).toBe(31);
  });

  it('filters by text in the page language, case-insensitively, on labels and shown cells', () => {
    expect(visibleView(state({ q: 'KERNEL', kinds: ['application-image'] }), catalog, 'en').rows.map((r) => r.id)).toContain(
      'kernel-inclusion',
    );
    expect(visibleView(state({ q: '内核' }), catalog, 'zh').rows.length).toBeGreaterThan(0);
    expect(visibleView(state({ q: '内核' }), catalog, 'en').rows).toHaveLength(0);
    // Text only in a hidden column does not match.
    expect(visibleView(state({ q: 'Heroku', kinds: ['vm-image'] }), catalog, 'en').rows).toHaveLength(0);
    expect(visibleView(state({ q: 'Heroku' }), catalog, 'en').rows.map((r) => r.id)).toEqual(['typical-formats']);
  });

  it('keeps only differing rows with 2–3 kinds and "differences only"', () => {
    const kinds = ['base-image', 'container-image'];
    const all = visibleView(state({ kinds }), catalog, 'en');
    expect(all.diffAvailable).toBe(true);
    expect(all.differing.has('portability-rating')).toBe(false);
    const diff = visibleView(state({ kinds, diff: true }), catalog, 'en');
    expect(diff.rows.map((r) => r.id)).not.toContain('portability-rating');
    const os = atlas.tables.find((t) => t.id === 'os-image-types')!.rows.map((r) => r.id);
    expect(diff.rows.map((r) => r.id).sort()).toEqual(os.filter((id) => id !== 'portability-rating').sort());
    // A cell with text next to a "—" is a gap, not a difference.
    expect(all.rows.map((r) => r.id)).toContain('implementation-approach');
    expect(diff.rows.map((r) => r.id)).not.toContain('implementation-approach');
    // With 4 kinds the option has no effect.
    const four = visibleView(state({ kinds: [...kinds, 'vm-image', 'cloud-image'], diff: true }), catalog, 'en');
    expect(four.diffAvailable).toBe(false);
    expect(four.rows.map((r) => r.id)).toContain('portability-rating');
  });

  it('falls back to all kinds when the named kinds are unknown', () => {
    const view = visibleView({ ...emptyState(), kinds: ['nope'] }, catalog, 'en');
    expect(view.kindsFallback).toBe(true);
    expect(view.kinds).toHaveLength(10);
  });

  it('may show zero rows (the page then shows a message row)', () => {
    expect(visibleView(state({ q: 'zzzz-no-such-text' }), catalog, 'en').rows).toEqual([]);
  });
});

describe('differs', () => {
  const row = catalog.rows.find((r) => r.id === 'portability-rating')!;
  it('compares only cells with text', () => {
    expect(differs(row, ['base-image', 'container-image'])).toBe(false);
    expect(differs(row, ['base-image', 'container-image', 'vm-image'])).toBe(false);
    expect(differs(row, ['base-image', 'custom-image'])).toBe(true);
    expect(differs(row, ['base-image', 'custom-image', 'system-image'])).toBe(true);
    expect(differs(row, ['base-image', 'system-image'])).toBe(false);
    expect(differs(row, ['system-image', 'application-image'])).toBe(false);
    expect(differs(row, ['constructor', '__proto__'])).toBe(false);
  });
});

describe('revealRow', () => {
  it('makes the smallest change that shows the row', () => {
    const from = state({ kinds: ['vm-image'], topics: ['security'], q: 'attack' });
    const result = revealRow(from, catalog, 'en', 'kernel-inclusion')!;
    expect(result.changes).toEqual(['rows', 'kinds', 'q']);
    expect(result.kind).toBe('system-image');
    const view = visibleView(result.state, catalog, 'en');
    expect(view.rows.map((r) => r.id)).toContain('kernel-inclusion');
    expect(result.state.topics).toEqual(['security']);
    expect(result.state.kinds).toEqual(['system-image', 'vm-image']);
  });
  it('turns off "differences only" when the row does not differ', () => {
    const from = state({ kinds: ['base-image', 'container-image'], diff: true });
    const result = revealRow(from, catalog, 'en', 'portability-rating')!;
    expect(result.changes).toEqual(['diff']);
    expect(result.state.diff).toBe(false);
  });
  it('changes nothing for a visible row and rejects unknown ones', () => {
    expect(revealRow(emptyState(), catalog, 'en', 'image-size')).toEqual({ state: emptyState(), changes: [] });
    expect(revealRow(emptyState(), catalog, 'en', '__proto__')).toBeUndefined();
  });
});

describe('exportRows', () => {
  it('exports the shown kinds and rows as plain text', () => {
    const view = visibleView(parse('?kinds=system-image,vm-image&rows=kernel-inclusion,implementation-approach').state, catalog, 'en');
    const table = exportRows(view, 'en');
    expect(table.header).toEqual(['Aspect', 'System image (bootable)', 'Virtual machine image']);
    expect(table.rows).toEqual([
      [
        'Implementation',
        '—',
        'Hardware-level virtualisation: every VM runs its own OS and kernel',
      ],
      ['Kernel', 'Ships its own kernel and can boot', '—'],
    ]);
  });
  it('adds a cell\'s notes, with the caveat\'s address, to the cell text', () => {
    const noted = {
      ...catalog,
      rows: catalog.rows.map((row) =>
        row.id === 'fitting-scenarios'
          ? { ...row, notes: { 'vm-image': [{ text: '⚠ see note: Heavy hardware demands', href: 'https://x.test/en/container-vs-vm-image/#caveat-hardware-demands-bare-metal' }] } }
          : row,
      ),
    };
    const view = visibleView(parseCompareState('?preset=container-vs-vm&rows=fitting-scenarios', noted).state, noted, 'en');
    const [row] = exportRows(view, 'en').rows;
    expect(row![1]).not.toContain('⚠');
    expect(row![2]).toMatch(/hardware-resource demands ⚠ see note: Heavy hardware demands <https:\/\/x\.test\/en\/container-vs-vm-image\/#caveat-hardware-demands-bare-metal>$/);
  });
  it('adds a source column, given its header, naming each row\'s article with its address', () => {
    const sourced = {
      ...catalog,
      rows: catalog.rows.map((row) => ({ ...row, source: { text: `Article · ${row.table}`, href: `https://x.test/en/sources/#${row.table}` } })),
    };
    const view = visibleView(parse('?kinds=system-image,vm-image&rows=kernel-inclusion,implementation-approach').state, sourced, 'en');
    expect(exportRows(view, 'en').header).toHaveLength(3);
    const table = exportRows(view, 'en', 'Source');
    expect(table.header.at(-1)).toBe('Source');
    for (const [index, row] of view.rows.entries()) {
      expect(table.rows[index]!.at(-1)).toBe(`Article · ${row.table} <https://x.test/en/sources/#${row.table}>`);
    }
  });
  it('leaves the source column out when no row names its source', () => {
    const view = visibleView(parse('?kinds=system-image,vm-image').state, catalog, 'en');
    expect(exportRows(view, 'en', 'Source').header).toEqual(exportRows(view, 'en').header);
  });
});

describe('fromSelection', () => {
  it('returns the default for nothing or everything', () => {
    expect(fromSelection([], catalog)).toEqual({ topics: [], rows: [] });
    expect(fromSelection(rowIds, catalog)).toEqual({ topics: [], rows: [] });
    expect(fromSelection(['nope'], catalog)).toEqual({ topics: [], rows: [] });
  });
});

describe('generated input', () => {
  const random = mulberry32(20_260_501);
  const pick = <T,>(items: readonly T[]): T => pickWith(random, items);
  const junk = ['', ' ', '%', '%2', '%zz', '%E0%A4%A', '%00', '\u0000', '<b>', '"><img onerror=x>', '__proto__', 'constructor',
    '内核', '🙂', '\uD800', '+', '=', '&', ',', '#', 'x'.repeat(300), '%2C', 'diff', 'q'];
  const keys = ['preset', 'kinds', 'topics', 'rows', 'q', 'diff', 'x', '__proto__', '', '%6B%69%6E%64%73'];
  const token = () => {
    const r = random();
    if (r < 0.25) return pick(kindIds);
    if (r < 0.4) return pick(rowIds);
    if (r < 0.5) return pick(topicIds);
    if (r < 0.55) return pick(catalog.tables).id;
    if (r < 0.6) return String.fromCodePoint(Math.floor(random() * 0x10ffff));
    return pick(junk);
  };
  const value = () => Array.from({ length: Math.floor(random() * 5) }, token).join(pick([',', ',', ' ,', '%2C', ';']));
  const query = () =>
    pick(['?', '', '??']) +
    Array.from({ length: Math.floor(random() * 7) }, () => `${pick(keys)}${pick(['=', '=', '', '=='])}${value()}`).join(pick(['&', '&', '&&', ';']));

  it('never throws, only keeps known ids and settles after one serialisation', () => {
    for (let i = 0; i < 500; i += 1) {
      const input = query();
      const { state: s } = parse(input);
      expect(s.kinds.every((id) => kindIds.includes(id)), input).toBe(true);
      expect(s.topics.every((id) => topicIds.includes(id)), input).toBe(true);
      expect(s.rows.every((id) => rowIds.includes(id)), input).toBe(true);
      expect(s.q.length).toBeLessThanOrEqual(Q_LIMIT);
      const once = serialize(s);
      const again = parse(once);
      expect(again.ignored, input).toEqual([]);
      expect(again.state, input).toEqual(s);
      expect(serialize(again.state), input).toBe(once);
      expect(() => visibleView(s, catalog, pick(['zh', 'en']))).not.toThrow();
    }
  });
});
