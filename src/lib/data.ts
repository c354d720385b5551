import { caveats } from './content-index';
import { navSlugs } from './nav';
import { validateAtlasData, type AtlasData } from './validate-data';

const raw = import.meta.glob<unknown>('/content/data/**/*.json', { eager: true, import: 'default' });
const files = Object.fromEntries(Object.entries(raw).map(([path, json]) => [path.replace(/^\//, ''), json]));

/** The validated, bilingual data set behind every table, the tools and the glossary. */
export const atlas: AtlasData = validateAtlasData(files, navSlugs, caveats);

export function kindById(id: string) {
  const kind = atlas.kinds.find((k) => k.id === id);
  if (!kind) throw new Error(`Unknown kind "${id}" (content/data/kinds.json)`);
  return kind;
}

export function tableById(id: string) {
  const table = atlas.tables.find((t) => t.id === id);
  if (!table) throw new Error(`Unknown comparison table "${id}": no content/data/tables/${id}.json`);
  return table;
}

export function sourceById(id: string) {
  const source = atlas.sources.find((s) => s.id === id);
  if (!source) throw new Error(`Unknown source article "${id}": not in content/data/sources.json`);
  return source;
}
