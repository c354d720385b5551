import { describe, expect, it } from 'vitest';
import { readDataFiles, readSourcePages } from '../integrations/atlas';
import { caveatIndex, caveatsIn, checkCaveats, findCaveat } from './caveats';
import { navSlugs } from './nav';
import { AtlasDataError, validateAtlasData } from './validate-data';

const pages = await readSourcePages(process.cwd());
const files = await readDataFiles(process.cwd());
const index = caveatIndex(pages);

describe('reading caveat asides', () => {
  it('takes id, title, line and body, and reports caveats without an id', () => {
    const source = 'text\n<Aside kind="caveat" id="a-b" title="T">\nbody <Source id="003" />\n</Aside>\n<Aside kind="note">n</Aside>\n<Aside kind="caveat" title="x">y</Aside>';
    const { caveats, missing } = caveatsIn(source);
    expect(caveats).toEqual([{ id: 'a-b', title: 'T', line: 2, body: '\nbody <Source id="003" />\n' }]);
    expect(missing).toEqual([6]);
  });
  it('twins must carry the same caveats', () => {
    const zh = { file: 'content/docs/zh/x.mdx', lang: 'zh', slug: 'x', source: '<Aside kind="caveat" id="one" title="一">.</Aside>' };
    const en = { file: 'content/docs/en/x.mdx', lang: 'en', slug: 'x', source: '<Aside kind="caveat" id="two" title="Two">.</Aside>' };
    expect(checkCaveats([zh, en])).toEqual([
      'content/docs/en/x.mdx: caveat ids differ from content/docs/zh/x.mdx (only in content/docs/zh/x.mdx: [one]; only in content/docs/en/x.mdx: [two])',
    ]);
  });
});

describe('the real pages and data', () => {
  it('every caveat has an id, and twins carry the same caveats', () => {
    expect(checkCaveats(pages)).toEqual([]);
  });

  it('every cell note resolves to an existing caveat in both languages', () => {
    const data = validateAtlasData(files, navSlugs, index);
    const notes = data.tables.flatMap((table) =>
      table.rows.flatMap((row) => Object.entries(row.cells).flatMap(([kind, cell]) => (cell.notes ?? []).map((ref) => ({ table: table.id, row: row.id, kind, ref })))),
    );
    expect(notes.length).toBeGreaterThanOrEqual(19);
    for (const note of notes)
      for (const lang of ['zh', 'en']) expect(findCaveat(index, note.ref, lang), `${note.table}/${note.row}/${note.kind} → ${note.ref} (${lang})`).toBeDefined();
  });

  it('a note to a caveat that does not exist is refused, naming the file and field', () => {
    const broken = structuredClone(files) as Record<string, any>;
    broken['content/data/tables/image-vs-container.json'].rows[1].cells['container-image'].notes = ['image-vs-container#no-such-caveat'];
    expect(() => validateAtlasData(broken, navSlugs, index)).toThrow(AtlasDataError);
    try {
      validateAtlasData(broken, navSlugs, index);
    } catch (error) {
      expect((error as AtlasDataError).problems).toEqual([
        'content/data/tables/image-vs-container.json: rows[1].cells["container-image"].notes[0]: "image-vs-container#no-such-caveat" names no caveat in content/docs/zh/image-vs-container.mdx (<Aside kind="caveat" id="no-such-caveat">)',
        'content/data/tables/image-vs-container.json: rows[1].cells["container-image"].notes[0]: "image-vs-container#no-such-caveat" names no caveat in content/docs/en/image-vs-container.mdx (<Aside kind="caveat" id="no-such-caveat">)',
      ]);
    }
  });
});
