/**
 * The whole guide as one document (/zh/print/, /en/print/): each page's rendered HTML is rewritten
 * so it can sit beside the others. Ids get the page's slug as a prefix (`kernel` on os-image-types
 * becomes `os-image-types--kernel`), so they stay unique; links to a page of the reading order
 * become links to its section (`#p-<slug>`), links to a section of one to its prefixed id; the
 * headings move one level down under the page's own heading.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

/** Attributes that name ids: one id, or a space-separated list. */
const ID_REFS = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'for', 'headers', 'list', 'form'];

export const sectionId = (slug: string) => `p-${slug}`;
export const prefixedId = (slug: string, id: string) => `${slug}--${id}`;

/** The in-document target of a site link, or undefined if it leaves the document. */
export function printHref(href: string, lang: string, slug: string, slugs: ReadonlySet<string>): string | undefined {
  if (href.startsWith('#')) return href.length > 1 ? `#${prefixedId(slug, href.slice(1))}` : `#${sectionId(slug)}`;
  const match = new RegExp(`^/${lang}/(?:([^?#]+?)/)?(#.*)?$`).exec(href);
  if (!match) return undefined;
  const target = match[1] ?? 'index';
  if (!slugs.has(target)) return undefined;
  const hash = match[2]?.slice(1);
  return hash ? `#${prefixedId(target, hash)}` : `#${sectionId(target)}`;
}

export function rewritePage(html: string, lang: string, slug: string, slugs: ReadonlySet<string>): string {
  const doc = parseDocument(html, { lowerCaseAttributeNames: false, lowerCaseTags: false, recognizeSelfClosing: true });
  for (const el of DomUtils.findAll(() => true, doc.children)) {
    const attrs = el.attribs;
    if (attrs.id) attrs.id = prefixedId(slug, attrs.id);
    for (const name of ID_REFS) if (attrs[name]) attrs[name] = attrs[name].split(/\s+/).map((id) => prefixedId(slug, id)).join(' ');
    if (el.name === 'a' && attrs.href) attrs.href = printHref(attrs.href, lang, slug, slugs) ?? attrs.href;
    const level = /^h([2-5])$/.exec(el.name)?.[1];
    if (level) el.name = `h${Number(level) + 1}`;
  }
  return DomUtils.getOuterHTML(doc.children, { encodeEntities: 'utf8' });
}
