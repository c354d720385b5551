import { Parser } from 'htmlparser2';
import { BLOCK_SEPARATOR, FIELDS, FIELD_SEPARATOR, FIELD_WEIGHTS, fragmentWords, type Field } from './search-data';
import { escapeHtml } from './text';

/**
 * From a built page to search records: one record per section, with the reader-visible text sorted
 * into fields (see search-data.ts). Hidden labels, controls, anchors, navigation and anything marked
 * `data-pagefind-ignore` are left out; tables, diagrams and tool output go to `aux`, code blocks to
 * `code`, so the browser can tell a prose match from a match in a code block.
 */

export interface SectionText {
  /** '' for the part of the page above its first heading. */
  id: string;
  heading: string;
  /** Headings of the enclosing sections, outermost first. */
  ancestors: string[];
  keywords: string[];
  prose: string[];
  aux: string[];
  code: string[];
}

export interface PageText {
  title: string;
  kind: string;
  keywords: string[];
  sections: SectionText[];
}

const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button', 'select', 'option', 'input', 'textarea', 'label', 'details', 'nav']);
const BLOCK_TAGS = new Set(['p', 'li', 'dt', 'dd', 'div', 'blockquote', 'figcaption', 'pre', 'td', 'th', 'caption', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'figure', 'section', 'aside']);
const SECTION_HEADING = /^h[2-4]$/;

function isSkipped(name: string, attrs: Record<string, string>): boolean {
  if (SKIPPED_TAGS.has(name)) return true;
  if ('hidden' in attrs || attrs['aria-hidden'] === 'true' || 'data-pagefind-ignore' in attrs) return true;
  return /(^|\s)sr-only(\s|$)/.test(attrs.class ?? '');
}

function auxContainer(name: string, attrs: Record<string, string>): boolean {
  // Tables, diagrams and the interactive tools (custom elements) are facts, not running prose.
  return name === 'table' || name.includes('-') || (name === 'figure' && /(^|\s)diagram(\s|$)/.test(attrs.class ?? ''));
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Frame {
  name: string;
  skip: boolean;
  field: 'prose' | 'aux' | 'code';
  /** Inside an interactive tool: its headings do not start sections. */
  inTool: boolean;
  target?: 'title' | 'heading';
}

/** Split a built page's `<article data-pagefind-body>` into sections. Returns null for pages without one. */
export function extractPage(html: string): PageText | null {
  let found = false;
  let depth = 0;
  const page: PageText = { title: '', kind: 'concept', keywords: [], sections: [] };
  let section: SectionText = { id: '', heading: '', ancestors: [], keywords: [], prose: [], aux: [], code: [] };
  const headingStack: Array<{ level: number; text: string }> = [];
  const stack: Frame[] = [];
  let block = '';
  let blockField: Frame['field'] = 'prose';
  let title = '';
  let heading = '';

  const flush = () => {
    const text = clean(block);
    if (text) section[blockField].push(text);
    block = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (!found) {
          if (name === 'article' && 'data-pagefind-body' in attrs) {
            found = true;
            depth = 0;
            page.kind = attrs['data-search-kind'] ?? 'concept';
          }
          return;
        }
        depth++;
        const parent = stack.at(-1);
        const skip = (parent?.skip ?? false) || isSkipped(name, attrs);
        const inTool = (parent?.inTool ?? false) || name.includes('-');
        let field: Frame['field'] = parent?.field ?? 'prose';
        if (name === 'pre') field = 'code';
        else if (field !== 'code' && auxContainer(name, attrs)) field = 'aux';
        const frame: Frame = { name, skip, field, inTool };
        if (!skip && BLOCK_TAGS.has(name)) flush();
        if (!skip && name === 'h1') {
          frame.target = 'title';
          page.keywords = (attrs['data-keywords'] ?? '').split(' · ').filter(Boolean);
        } else if (!skip && SECTION_HEADING.test(name) && attrs.id && !inTool) {
          frame.target = 'heading';
          page.sections.push(section);
          const level = Number(name[1]);
          while (headingStack.length > 0 && headingStack.at(-1)!.level >= level) headingStack.pop();
          section = {
            id: attrs.id,
            heading: '',
            ancestors: headingStack.map((h) => h.text),
            keywords: attrs['data-keywords'] ? [attrs['data-keywords']] : [],
            prose: [],
            aux: [],
            code: [],
          };
          headingStack.push({ level, text: '' });
        }
        // Text in another language beside a name (a glossary entry's other name) is a separate word.
        if (!skip && attrs.lang) {
          if (frame.target === undefined && stack.findLast((f) => f.target)?.target === 'heading') heading += ' ';
          else block += ' ';
        }
        blockField = field;
        stack.push(frame);
      },
      ontext(text) {
        if (!found || depth === 0) return;
        const frame = stack.at(-1);
        if (!frame || frame.skip) return;
        const target = stack.findLast((f) => f.target)?.target;
        if (target === 'title') title += text;
        else if (target === 'heading') heading += text;
        else {
          blockField = frame.field;
          block += text;
        }
      },
      onclosetag(name) {
        if (!found) return;
        if (depth === 0) {
          flush();
          found = false;
          return;
        }
        depth--;
        const frame = stack.pop();
        if (!frame || frame.skip) return;
        if (frame.target === 'title') {
          page.title = clean(title);
          title = '';
        } else if (frame.target === 'heading') {
          section.heading = clean(heading);
          headingStack.at(-1)!.text = section.heading;
          heading = '';
        } else if (BLOCK_TAGS.has(name)) {
          blockField = frame.field;
          flush();
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  if (page.sections.length === 0 && !section.heading && !page.title) return null;
  page.sections.push(section);
  page.sections[0]!.heading = page.title;
  page.sections[0]!.keywords = page.keywords;
  // A section with no words at all (a heading straight followed by a sub-heading) still gets a
  // record: its heading alone can be what the reader looks for.
  return page;
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/**
 * Chinese text for the index: every Han character becomes a word of its own. Pagefind's Chinese
 * segmenter at index time and the browser's at query time disagree (镜像 is one word to one and
 * two to the other); single characters keep both sides in step, and the browser matches words as
 * runs of adjacent characters.
 */
export function spaceHan(text: string): string {
  return text.replace(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g, ' $& ').replace(/\s+/g, ' ').trim();
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** The fields of one section's record, in FIELDS order, each as a list of blocks. */
export function recordFields(page: PageText, section: SectionText): Record<Field, string[]> {
  const intro = section.id === '';
  return {
    heading: [section.heading],
    keywords: section.keywords,
    context: intro ? page.keywords : [page.title, ...section.ancestors, ...page.keywords],
    prose: section.prose,
    aux: section.aux,
    code: section.code,
  };
}

/** The HTML Pagefind indexes for a record: one weighted element per field, separators between. */
export function recordHtml(lang: string, fields: Record<Field, string[]>): string {
  const parts = FIELDS.map((field) => {
    // Chinese is indexed by character on both sites (the English one has Chinese glossary names).
    const text = fields[field].map((block) => spaceHan(escapeHtml(block.replaceAll(FIELD_SEPARATOR, ' ').replaceAll(BLOCK_SEPARATOR, ' ')))).join(` ${BLOCK_SEPARATOR} `);
    return `<span data-pagefind-weight="${FIELD_WEIGHTS[field]}">${text}</span>`;
  });
  return `<html lang="${lang}"><body>${parts.join(` ${FIELD_SEPARATOR} `)}</body></html>`;
}

/** Word positions of the field separators, read back from Pagefind's stored content. */
export function separatorPositions(rawContent: string): number[] {
  const positions: number[] = [];
  fragmentWords(rawContent).forEach((word, index) => {
    if (word.trim() === FIELD_SEPARATOR) positions.push(index);
  });
  return positions;
}
