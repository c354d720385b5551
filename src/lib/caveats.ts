/**
 * Caveat asides in the MDX sources: `<Aside kind="caveat" id="…" title="…">`. Each has a stable id,
 * rendered as the HTML id `caveat-<id>`, so table cells can point at the explanation (`slug#id`).
 */
import type { Lang } from '../i18n';
import { idListDifference, type SourcePage } from './parity';
import { refUrl } from './routing';

export interface Caveat {
  id: string;
  title: string;
  /** 1-based line of the opening tag. */
  line: number;
  /** The MDX between the opening and closing tag. */
  body: string;
}

/** Caveats by page slug, then by language. */
export type CaveatIndex = Record<string, Partial<Record<string, Caveat[]>>>;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const opening = /<Aside\b([^>]*)>/g;

function attribute(attrs: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
}

/** HTML id of a caveat aside. */
export const caveatAnchor = (id: string) => `caveat-${id}`;

/** The URL of the caveat a note points to (`slug#caveat-id`), in one language. */
export function caveatHref(lang: Lang, ref: string): string {
  const [slug = '', id = ''] = ref.split('#');
  return refUrl(lang, `${slug}#${caveatAnchor(id)}`);
}

/** Every caveat aside of one MDX source, in document order; `missing` lists the lines of caveats without an id. */
export function caveatsIn(source: string): { caveats: Caveat[]; missing: number[] } {
  const caveats: Caveat[] = [];
  const missing: number[] = [];
  for (const match of source.matchAll(opening)) {
    const attrs = match[1] ?? '';
    if (attribute(attrs, 'kind') !== 'caveat') continue;
    const line = source.slice(0, match.index).split('\n').length;
    const id = attribute(attrs, 'id');
    if (!id) {
      missing.push(line);
      continue;
    }
    const start = match.index + match[0].length;
    const end = source.indexOf('</Aside>', start);
    caveats.push({ id, title: attribute(attrs, 'title') ?? '', line, body: source.slice(start, end < 0 ? undefined : end) });
  }
  return { caveats, missing };
}

export function caveatIndex(pages: readonly SourcePage[]): CaveatIndex {
  const index: CaveatIndex = {};
  for (const page of pages) (index[page.slug] ??= {})[page.lang] = caveatsIn(page.source).caveats;
  return index;
}

/**
 * Every caveat has a kebab-case id, unique on its page, and twins carry the same caveats in the same
 * order (they explain the same source errors).
 */
export function checkCaveats(pages: readonly SourcePage[]): string[] {
  const problems: string[] = [];
  const bySlug = new Map<string, SourcePage[]>();
  for (const page of pages) {
    const { caveats, missing } = caveatsIn(page.source);
    for (const line of missing) problems.push(`${page.file}:${line}: <Aside kind="caveat"> needs an id="…" (cells and the sources page link to it)`);
    const ids = caveats.map((caveat) => caveat.id);
    for (const caveat of caveats) {
      if (!ID.test(caveat.id)) problems.push(`${page.file}:${caveat.line}: caveat id "${caveat.id}" is not lowercase kebab-case ASCII`);
      if (!caveat.title) problems.push(`${page.file}:${caveat.line}: caveat "${caveat.id}" needs a title="…" (cell notes name it)`);
    }
    for (const id of ids.filter((id, i) => ids.indexOf(id) !== i)) problems.push(`${page.file}: caveat id "${id}" is used twice`);
    bySlug.set(page.slug, [...(bySlug.get(page.slug) ?? []), page]);
  }
  for (const [, twins] of bySlug) {
    const [first, ...rest] = twins;
    if (!first) continue;
    const reference = caveatsIn(first.source).caveats.map((caveat) => caveat.id);
    for (const twin of rest) {
      const difference = idListDifference(first, reference, twin, caveatsIn(twin.source).caveats.map((caveat) => caveat.id));
      if (difference) problems.push(`${twin.file}: caveat ids differ from ${first.file} (${difference})`);
    }
  }
  return problems;
}

/** The caveat a `slug#id` reference names in one language, if it exists. */
export function findCaveat(index: CaveatIndex, ref: string, lang: string): Caveat | undefined {
  const [slug = '', id = ''] = ref.split('#');
  return index[slug]?.[lang]?.find((caveat) => caveat.id === id);
}
