import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../integrations/atlas';
import { navSlugs } from './nav';
import { AtlasDataError, dataFiles, formatPath, validateAtlasData } from './validate-data';

const realFiles = await readDataFiles(process.cwd());
const clone = (): Record<string, any> => structuredClone(realFiles) as Record<string, any>;
const firstTable = Object.keys(realFiles).find((f) => f.startsWith(dataFiles.tablesDir))!;

function problemsOf(files: Record<string, unknown>): string[] {
  try {
    validateAtlasData(files, navSlugs);
  } catch (error) {
    if (error instanceof AtlasDataError) return error.problems;
    throw error;
  }
  return [];
}

describe('the real data set', () => {
  it('is valid and complete', () => {
    const data = validateAtlasData(realFiles, navSlugs);
    expect(data.tables.length).toBeGreaterThanOrEqual(6);
    expect(data.ratings.scenarios).toHaveLength(12);
    expect(data.ratings.types).toHaveLength(6);
    expect(data.glossary.length).toBeGreaterThanOrEqual(40);
  });
});

describe('bad data is refused with the file and field named', () => {
  it('a missing translation in a table cell', () => {
    const files = clone();
    const row = files[firstTable].rows[0];
    const kind = files[firstTable].kinds[0];
    delete row.cells[kind].en;
    expect(problemsOf(files)).toContain(`${firstTable}: rows[0].cells["${kind}"].en: missing translation`);
  });
  it('a missing translation in a diagram', () => {
    const files = clone();
    delete files[dataFiles.diagrams].bootPaths.paths[1].steps[0].detail.zh;
    expect(problemsOf(files)).toContain(`${dataFiles.diagrams}: bootPaths.paths[1].steps[0].detail.zh: missing translation`);
  });
  it('an empty translation in a label', () => {
    const files = clone();
    files[dataFiles.kinds][2].name.zh = '   ';
    expect(problemsOf(files)).toContain(`${dataFiles.kinds}: [2].name.zh: missing translation (empty text)`);
  });
  it.each([0, 6, 3.5, '4'])('a rating of %s', (value) => {
    const files = clone();
    const type = files[dataFiles.ratings].types[1];
    files[dataFiles.ratings].scenarios[4].ratings[type] = value;
    const [problem] = problemsOf(files);
    expect(problem).toMatch(new RegExp(`^${dataFiles.ratings}: scenarios\\[4\\]\\.ratings\\["${type}"\\]: `));
  });
  it('an unknown kind id in a table', () => {
    const files = clone();
    files[firstTable].kinds.push('floppy-image');
    const problems = problemsOf(files);
    expect(problems).toContain(`${firstTable}: kinds[${files[firstTable].kinds.length - 1}]: unknown kind "floppy-image" (see ${dataFiles.kinds})`);
  });
  it('an unknown topic and a missing cell', () => {
    const files = clone();
    files[firstTable].rows[1].topic = 'nowhere';
    const kind = files[firstTable].kinds[1];
    delete files[firstTable].rows[1].cells[kind];
    const problems = problemsOf(files);
    expect(problems).toContain(`${firstTable}: rows[1].topic: unknown topic "nowhere" (see ${dataFiles.topics})`);
    expect(problems).toContain(`${firstTable}: rows[1].cells["${kind}"]: missing cell for this kind`);
  });
  it('a missing rating and an unknown rated type', () => {
    const files = clone();
    const ratings = files[dataFiles.ratings];
    const type = ratings.types[0];
    delete ratings.scenarios[0].ratings[type];
    ratings.scenarios[0].ratings['tape-image'] = 3;
    const problems = problemsOf(files);
    expect(problems).toContain(`${dataFiles.ratings}: scenarios[0].ratings["${type}"]: missing rating`);
    expect(problems).toContain(`${dataFiles.ratings}: scenarios[0].ratings["tape-image"]: not one of the rated types`);
  });
  it('a row id used twice across tables (permalinks must be unique)', () => {
    const files = clone();
    const other = Object.keys(files).filter((f) => f.startsWith(dataFiles.tablesDir))[1]!;
    files[other].rows[0].id = files[firstTable].rows[0].id;
    expect(problemsOf(files).some((p) => p.startsWith(`${other}: rows[0].id:`) && p.includes('already used'))).toBe(true);
  });
  it('a glossary entry pointing at a page that does not exist, and a missing file', () => {
    const files = clone();
    files[dataFiles.glossary][0].page = 'no-such-page#x';
    delete files[dataFiles.topics];
    const problems = problemsOf(files);
    expect(problems).toContain(`${dataFiles.glossary}: [0].page: unknown page "no-such-page"`);
    expect(problems).toContain(`${dataFiles.topics}: file is missing`);
  });
  it('a source without a short name', () => {
    const files = clone();
    files[dataFiles.sources][3].short.en = '';
    expect(problemsOf(files)).toContain(`${dataFiles.sources}: [3].short.en: missing translation (empty text)`);
  });
  it('a decision-guide link that its tool would not open as written', () => {
    const files = clone();
    const answer = files[dataFiles.diagrams].decisionGuide.questions[0].answers[1];
    answer.tool.query = '?preset=container-vs-vm&color=blue';
    expect(problemsOf(files)).toContain(
      `${dataFiles.diagrams}: decisionGuide.questions[0].answers[1].tool.query: the explorer would ignore color=blue`,
    );
  });
  it('ids that are not language-neutral ASCII', () => {
    const files = clone();
    files[dataFiles.topics][0].id = '安全';
    expect(problemsOf(files)[0]).toMatch(/^content\/data\/topics\.json: \[0\]\.id: ids are lowercase kebab-case ASCII/);
  });
});

describe('formatPath', () => {
  it('prints zod paths the way a reader looks them up', () => {
    expect(formatPath(['rows', 2, 'cells', 'vm-image', 'en'])).toBe('rows[2].cells["vm-image"].en');
    expect(formatPath([])).toBe('(root)');
  });
});
