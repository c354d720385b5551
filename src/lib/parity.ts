/** Translation parity: every page has a twin in the other language with the same section ids. */

export interface SourcePage {
  /** Path shown in messages, e.g. `content/docs/zh/glossary.mdx`. */
  file: string;
  lang: string;
  slug: string;
  source: string;
}

const headingLine = /^(#{2,4})\s+(.*)$/;
const explicitId = /\{#([^}\s]+)\}\s*$/;
const fence = /^\s*(```|~~~)/;

/** Section ids of h2–h4 headings in document order; headings without an explicit id are reported. */
export function sectionIds(source: string): { ids: string[]; missing: string[] } {
  const ids: string[] = [];
  const missing: string[] = [];
  let inFence = false;
  let inFrontmatter = source.startsWith('---');
  source.split(/\r?\n/).forEach((line, index) => {
    if (inFrontmatter) {
      if (index > 0 && line.trim() === '---') inFrontmatter = false;
      return;
    }
    if (fence.test(line)) inFence = !inFence;
    if (inFence) return;
    const heading = headingLine.exec(line);
    if (!heading) return;
    const id = explicitId.exec(heading[2] ?? '')?.[1];
    if (id) ids.push(id);
    else missing.push(`line ${index + 1}: "${line.trim()}"`);
  });
  return { ids, missing };
}

/** How two twins' id lists differ, or undefined when they are the same in the same order. */
export function idListDifference(first: SourcePage, reference: string[], twin: SourcePage, ids: string[]): string | undefined {
  if (ids.join() === reference.join()) return undefined;
  const onlyFirst = reference.filter((id) => !ids.includes(id));
  const onlyTwin = ids.filter((id) => !reference.includes(id));
  return onlyFirst.length || onlyTwin.length
    ? `only in ${first.file}: [${onlyFirst.join(', ')}]; only in ${twin.file}: [${onlyTwin.join(', ')}]`
    : 'same ids in a different order';
}

export function checkParity(pages: SourcePage[], languages: readonly string[], navSlugs: readonly string[]): string[] {
  const problems: string[] = [];
  const bySlug = new Map<string, Map<string, SourcePage>>();
  for (const page of pages) {
    const twins = bySlug.get(page.slug) ?? new Map<string, SourcePage>();
    twins.set(page.lang, page);
    bySlug.set(page.slug, twins);
    const { ids, missing } = sectionIds(page.source);
    for (const heading of missing) problems.push(`${page.file}: heading without an explicit {#id} at ${heading}`);
    for (const id of ids.filter((id, i) => ids.indexOf(id) !== i)) problems.push(`${page.file}: section id "${id}" is used twice`);
    for (const id of ids) if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) problems.push(`${page.file}: section id "${id}" is not lowercase kebab-case ASCII`);
  }
  for (const [slug, twins] of bySlug) {
    const present = languages.filter((lang) => twins.has(lang));
    for (const lang of languages) {
      if (twins.has(lang)) continue;
      const example = twins.get(present[0] ?? '')?.file ?? slug;
      problems.push(`${example}: has no ${lang} twin (expected ${example.replace(`/${present[0]}/`, `/${lang}/`)})`);
    }
    const [first, ...rest] = present.map((lang) => twins.get(lang)!);
    if (!first) continue;
    const reference = sectionIds(first.source).ids;
    for (const twin of rest) {
      const difference = idListDifference(first, reference, twin, sectionIds(twin.source).ids);
      if (difference) problems.push(`${twin.file}: section ids differ from ${first.file} (${difference})`);
    }
    if (!navSlugs.includes(slug)) problems.push(`${first.file}: page "${slug}" is not listed in content/nav.json`);
  }
  for (const slug of navSlugs) if (!bySlug.has(slug)) problems.push(`content/nav.json: page "${slug}" has no file in content/docs/`);
  return problems;
}
