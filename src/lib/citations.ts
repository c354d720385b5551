/**
 * Citing a source article: `<Source id="003" />` in MDX renders "article 003" / "文章 003" as a link to
 * its entry on the sources page. These helpers find citations, and mentions that are not links.
 */
import { position, proseOf } from './prose';

export const sourceAnchor = (id: string) => `article-${id}`;

const citation = /<Source\b[^>]*\bid="([^"]*)"[^>]*\/>/g;

/** Ids cited with `<Source id="…" />`, with their lines, in document order. */
export function citationsIn(source: string): { id: string; line: number }[] {
  return [...source.matchAll(citation)].map((match) => ({
    id: match[1] ?? '',
    line: position(source, match.index).line,
  }));
}

/**
 * Mentions of a source article in the prose that are not `<Source />` links: "article 003",
 * "文章 003", or a bare article number such as "000 gives…". Code and link targets are ignored.
 */
export function unlinkedMentions(source: string): { line: number; text: string }[] {
  const prose = proseOf(source);
  const mentions: { line: number; text: string }[] = [];
  for (const match of prose.matchAll(/(?:(?:[Aa]rticles?|文章)\s*)?(?<![\w.:/#@-])00[0-4](?![\w])/g)) {
    mentions.push({ line: position(prose, match.index).line, text: match[0] });
  }
  return mentions;
}
