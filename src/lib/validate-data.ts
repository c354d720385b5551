import type { z } from 'zod';
import {
  diagramsSchema,
  glossarySchema,
  kindSchema,
  ratingsSchema,
  sourcesSchema,
  tableSchema,
  topicSchema,
  type ComparisonTableData,
  type Diagrams,
  type GlossaryEntry,
  type Kind,
  type Ratings,
  type SourceArticle,
  type Topic,
} from '../schemas/atlas';
import { languages } from '../i18n';
import { findCaveat, type CaveatIndex } from './caveats';
import { catalogFromAtlas } from './compare-state';
import { decisionGuideProblems } from './decision-guide';

export const DATA_DIR = 'content/data';
export const dataFiles = {
  kinds: `${DATA_DIR}/kinds.json`,
  topics: `${DATA_DIR}/topics.json`,
  ratings: `${DATA_DIR}/scenario-ratings.json`,
  glossary: `${DATA_DIR}/glossary.json`,
  diagrams: `${DATA_DIR}/diagrams.json`,
  sources: `${DATA_DIR}/sources.json`,
  tablesDir: `${DATA_DIR}/tables/`,
} as const;

export interface AtlasData {
  kinds: Kind[];
  topics: Topic[];
  tables: ComparisonTableData[];
  ratings: Ratings;
  glossary: GlossaryEntry[];
  diagrams: Diagrams;
  sources: SourceArticle[];
}

/** Thrown when the data files are wrong; every line names the file and the field. */
export class AtlasDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`Image Atlas data is invalid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'AtlasDataError';
  }
}

/** `['rows', 2, 'cells', 'vm-image', 'en']` → `rows[2].cells["vm-image"].en` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (/^[A-Za-z_$][\w$]*$/.test(name)) return index === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join('') || '(root)';
}

function parse<T>(schema: z.ZodType<T>, file: string, input: unknown, problems: string[]): T | undefined {
  if (input === undefined) {
    problems.push(`${file}: file is missing`);
    return undefined;
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(`${file}: ${formatPath(issue.path)}: ${issue.message}`);
  return undefined;
}

function duplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

function checkKeys(
  problems: string[],
  where: string,
  actual: string[],
  expected: string[],
  what: { missing: string; unknown: string },
): void {
  for (const key of expected) if (!actual.includes(key)) problems.push(`${where}["${key}"]: ${what.missing}`);
  for (const key of actual) if (!expected.includes(key)) problems.push(`${where}["${key}"]: ${what.unknown}`);
}

/**
 * Validate every data file (given as parsed JSON keyed by its path under the project root) and
 * check the references between them. `pages` lists the slugs that exist, for `page` references;
 * `caveats` (the caveat asides of the pages) is what cell notes must point to, in every language.
 */
export function validateAtlasData(files: Record<string, unknown>, pages: readonly string[], caveats?: CaveatIndex): AtlasData {
  const problems: string[] = [];
  const kinds = parse(kindSchema.array(), dataFiles.kinds, files[dataFiles.kinds], problems);
  const topics = parse(topicSchema.array(), dataFiles.topics, files[dataFiles.topics], problems);
  const ratings = parse(ratingsSchema, dataFiles.ratings, files[dataFiles.ratings], problems);
  const glossary = parse(glossarySchema, dataFiles.glossary, files[dataFiles.glossary], problems);
  const diagrams = parse(diagramsSchema, dataFiles.diagrams, files[dataFiles.diagrams], problems);
  const sources = parse(sourcesSchema, dataFiles.sources, files[dataFiles.sources], problems);
  for (const id of duplicates(sources?.map((source) => source.id) ?? []))
    problems.push(`${dataFiles.sources}: id "${id}" is used twice`);
  const tableFiles = Object.keys(files)
    .filter((file) => file.startsWith(dataFiles.tablesDir) && file.endsWith('.json'))
    .sort();
  if (tableFiles.length === 0) problems.push(`${dataFiles.tablesDir}: no comparison tables found`);
  const tables = tableFiles.flatMap((file) => {
    const table = parse(tableSchema, file, files[file], problems);
    return table ? [{ file, table }] : [];
  });

  const kindIds = kinds?.map((kind) => kind.id) ?? [];
  const topicIds = topics?.map((topic) => topic.id) ?? [];
  for (const id of duplicates(kindIds)) problems.push(`${dataFiles.kinds}: id "${id}" is used twice`);
  for (const id of duplicates(topicIds)) problems.push(`${dataFiles.topics}: id "${id}" is used twice`);

  const checkRef = (file: string, field: string, ref: string) => {
    const slug = ref.split('#')[0] ?? '';
    if (!pages.includes(slug)) problems.push(`${file}: ${field}: unknown page "${slug}"`);
  };
  kinds?.forEach((kind, i) => checkRef(dataFiles.kinds, `[${i}].page`, kind.page));
  glossary?.forEach((entry, i) => checkRef(dataFiles.glossary, `[${i}].page`, entry.page));
  for (const id of duplicates(glossary?.map((entry) => entry.id) ?? []))
    problems.push(`${dataFiles.glossary}: id "${id}" is used twice`);

  /** A cell note must name a caveat that exists on its page in every language. */
  const checkNote = (field: string, ref: string) => {
    const slug = ref.split('#')[0] ?? '';
    if (!pages.includes(slug)) problems.push(`${field}: unknown page "${slug}"`);
    else if (caveats)
      for (const lang of languages)
        if (!findCaveat(caveats, ref, lang))
          problems.push(`${field}: "${ref}" names no caveat in content/docs/${lang}/${slug}.mdx (<Aside kind="caveat" id="${ref.split('#')[1]}">)`);
  };

  const rowOwner = new Map<string, string>();
  const tableOwner = new Map<string, string>();
  for (const { file, table } of tables) {
    const other = tableOwner.get(table.id);
    if (other) problems.push(`${file}: id: "${table.id}" is already used by ${other}`);
    tableOwner.set(table.id, file);
    table.kinds.forEach((kind, i) => {
      if (kinds && !kindIds.includes(kind)) problems.push(`${file}: kinds[${i}]: unknown kind "${kind}" (see ${dataFiles.kinds})`);
    });
    for (const id of duplicates(table.kinds)) problems.push(`${file}: kinds: "${id}" is listed twice`);
    table.rows.forEach((row, i) => {
      const owner = rowOwner.get(row.id);
      if (owner) problems.push(`${file}: rows[${i}].id: "${row.id}" is already used by ${owner} (row ids are permalinks)`);
      rowOwner.set(row.id, file);
      if (topics && !topicIds.includes(row.topic))
        problems.push(`${file}: rows[${i}].topic: unknown topic "${row.topic}" (see ${dataFiles.topics})`);
      checkKeys(problems, `${file}: rows[${i}].cells`, Object.keys(row.cells), table.kinds, {
        missing: 'missing cell for this kind',
        unknown: 'not a kind of this table',
      });
      for (const [kind, cell] of Object.entries(row.cells))
        cell.notes?.forEach((ref, n) => checkNote(`${file}: rows[${i}].cells[${JSON.stringify(kind)}].notes[${n}]`, ref));
    });
  }

  if (ratings) {
    ratings.types.forEach((type, i) => {
      if (kinds && !kindIds.includes(type)) problems.push(`${dataFiles.ratings}: types[${i}]: unknown kind "${type}"`);
    });
    for (const id of duplicates(ratings.scenarios.map((s) => s.id)))
      problems.push(`${dataFiles.ratings}: scenario id "${id}" is used twice`);
    ratings.scenarios.forEach((scenario, i) => {
      checkKeys(problems, `${dataFiles.ratings}: scenarios[${i}].ratings`, Object.keys(scenario.ratings), ratings.types, {
        missing: 'missing rating',
        unknown: 'not one of the rated types',
      });
      for (const [type, refs] of Object.entries(scenario.notes ?? {})) {
        if (!ratings.types.includes(type)) problems.push(`${dataFiles.ratings}: scenarios[${i}].notes["${type}"]: not one of the rated types`);
        refs.forEach((ref, n) => checkNote(`${dataFiles.ratings}: scenarios[${i}].notes["${type}"][${n}]`, ref));
      }
    });
  }

  diagrams?.decisionGuide.questions.forEach((question, q) =>
    question.answers.forEach((answer, a) => {
      if (answer.read) checkRef(dataFiles.diagrams, `decisionGuide.questions[${q}].answers[${a}].read`, answer.read);
    }),
  );
  // The guide's links are checked against the tools' own parsers, so they need the rest of the data intact.
  if (problems.length === 0 && kinds && topics && ratings && diagrams) {
    const catalog = catalogFromAtlas({ kinds, topics, tables: tables.map(({ table }) => table) }, {});
    const choose = { scenarios: ratings.scenarios.map((s) => s.id), types: ratings.types };
    for (const problem of decisionGuideProblems(diagrams.decisionGuide, { catalog, choose }))
      problems.push(`${dataFiles.diagrams}: decisionGuide.${problem}`);
  }

  if (problems.length > 0 || !kinds || !topics || !ratings || !glossary || !diagrams || !sources) throw new AtlasDataError(problems);
  return { kinds, topics, ratings, glossary, diagrams, sources, tables: tables.map(({ table }) => table) };
}
