import { describe, expect, it } from 'vitest';
import { checkParity, sectionIds, type SourcePage } from './parity';

const page = (lang: string, slug: string, source: string): SourcePage => ({
  file: `content/docs/${lang}/${slug}.mdx`,
  lang,
  slug,
  source,
});

describe('sectionIds', () => {
  it('reads explicit ids of h2–h4 and skips code fences and frontmatter', () => {
    const source = ['---', 'title: x', '---', '## 内核 {#kernel}', '```md', '## not a heading', '```', '#### Deep {#deep}', '# Title'].join('\n');
    expect(sectionIds(source)).toEqual({ ids: ['kernel', 'deep'], missing: [] });
  });
  it('reports headings without an id', () => {
    expect(sectionIds('### Lonely').missing).toEqual(['line 1: "### Lonely"']);
  });
});

describe('checkParity', () => {
  const langs = ['zh', 'en'];
  it('accepts twins with the same ids', () => {
    const pages = [page('zh', 'a', '## 甲 {#one}'), page('en', 'a', '## One {#one}')];
    expect(checkParity(pages, langs, ['a'])).toEqual([]);
  });
  it('names the file that lacks a twin', () => {
    const problems = checkParity([page('zh', 'a', '## 甲 {#one}')], langs, ['a']);
    expect(problems).toEqual(['content/docs/zh/a.mdx: has no en twin (expected content/docs/en/a.mdx)']);
  });
  it('names both files and the ids when the section lists differ', () => {
    const pages = [page('zh', 'a', '## 甲 {#one}\n## 乙 {#two}'), page('en', 'a', '## One {#one}\n## Three {#three}')];
    const [problem] = checkParity(pages, langs, ['a']);
    expect(problem).toContain('content/docs/en/a.mdx: section ids differ from content/docs/zh/a.mdx');
    expect(problem).toContain('[two]');
    expect(problem).toContain('[three]');
  });
  it('reports reordered sections, missing ids and pages missing from the navigation', () => {
    const pages = [page('zh', 'a', '## 甲 {#one}\n## 乙 {#two}'), page('en', 'a', '## Two {#two}\n## One {#one}\n## Bare')];
    const problems = checkParity(pages, langs, ['b']);
    expect(problems.some((p) => p.includes('heading without an explicit {#id}'))).toBe(true);
    expect(problems.some((p) => p.includes('same ids in a different order'))).toBe(true);
    expect(problems).toContain('content/docs/zh/a.mdx: page "a" is not listed in content/nav.json');
    expect(problems).toContain('content/nav.json: page "b" has no file in content/docs/');
  });
});
