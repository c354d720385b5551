/**
 * The prose of an MDX page, for checks that read what a reader reads (citations, the termbase).
 * Line numbers are kept: everything that is not prose is blanked, not removed.
 */

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * Frontmatter keeps only its `title` and `description` values (or nothing, with `frontmatter: false`); fenced code, inline code, link targets,
 * heading ids and JSX tags are blanked, except the `title="…"` of a tag (an aside's heading is prose).
 */
export function proseOf(source: string, { frontmatter = true } = {}): string {
  let text = source.replace(/^---\n([\s\S]*?)\n---/, (_whole, body: string) =>
    blank('---\n') +
    body
      .split('\n')
      .map((line) => (frontmatter && /^(title|description):/.test(line) ? line : blank(line)))
      .join('\n') +
    blank('\n---'),
  );
  text = text.replace(/^(\s*)(```|~~~)[\s\S]*?^\s*\2[^\n]*$/gm, blank);
  text = text.replace(/`[^`\n]*`/g, blank);
  text = text.replace(/\]\([^)\s]*\)/g, (whole) => ']' + blank(whole.slice(1)));
  text = text.replace(/\{#[a-z0-9-]+\}/g, blank);
  text = text.replace(/<\/?[A-Za-z][^>]*>/g, (tag) => {
    const title = /\btitle="([^"]*)"/.exec(tag);
    if (!title) return blank(tag);
    const start = tag.indexOf(title[1]!, title.index);
    return blank(tag.slice(0, start)) + title[1] + blank(tag.slice(start + title[1]!.length));
  });
  text = text.replace(/https?:\/\/\S+/g, blank);
  return text;
}

/** 1-based line and column of an offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
