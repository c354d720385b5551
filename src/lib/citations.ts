/**
 * Citing a source article: `<Source id="003" />` in MDX renders "article 003" / "文章 003" as a link to
 * its entry on the sources page. These helpers find citations, and mentions that are not links.
 */
import type { Lang } from '../i18n';
import { position, proseOf } from './prose';
import { pageUrl } from './routing';

export const sourceAnchor = (id: string) => `article-${id}`;

/** The article's entry on the sources page, in the reader's language. */
export const sourceHref = (lang: Lang, id: string) => `${pageUrl(lang, 'sources')}#${sourceAnchor(id)}`;

const citation = /<Source\b[^>]*\bid="([^"]*)"[^>]*\/>/g;

/** Ids cited with `<Source id="…" />`, with their lines, in document order. */
export function citationsIn(source: string): { id: string; line: number }[] {
  return [...source.matchAll(citation)].map((match) => ({
    id: match[1] ?? '',
    line: position(source, match.index).line,
  }));
}

/**
 * Mentions of a source article in the page's prose that are not `<Source />` links: "article 003",
 * "文章 003", or a bare article number such as "000 gives…". Code, link targets and the
 * frontmatter (meta text, where a link cannot go) are ignored, and so are headings that are the
 * article's own anchor on the sources page (`## Article 003 … {#article-003}`).
 */
export function unlinkedMentions(source: string): { line: number; text: string }[] {
  const prose = proseOf(source.replace(/^#{2,4} .*\{#article-\d{3}\}$/gm, (heading) => heading.replace(/\d/g, 'x')), {
    frontmatter: false,
  });
  const mentions: { line: number; text: string }[] = [];
  for (const match of prose.matchAll(/(?:(?:[Aa]rticles?|文章)\s*)?(?<![\w.:/#@-])00[0-4](?![\w])/g)) {
    mentions.push({ line: position(prose, match.index).line, text: match[0] });
  }
  return mentions;
}

/**
 * Link every "article 003" / "Article 003" / "文章 003" in an HTML fragment of data text (glossary
 * definitions) to its entry on the sources page; MDX pages use `<Source id="003" />` instead.
 */
export function linkCitations(html: string, sourcesUrl: string): string {
  return html.replace(/(?:[Aa]rticle|文章) ?(00[0-4])\b/g, (text, id: string) => `<a class="cite" href="${sourcesUrl}#${sourceAnchor(id)}">${text}</a>`);
}
