/**
 * The termbase (content/data/termbase.json): one preferred term per language and the variants that
 * must not appear. Checks read prose only (see `proseOf`), and skip quotations in “curly quotes”.
 */
import { z } from 'zod';
import { position } from './prose';

export const termbaseSchema = z.object({
  about: z.string(),
  terms: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      en: z.string().min(1),
      zh: z.string().min(1),
      note: z.string().optional(),
      /** Proper names that contain a banned variant (a product called "Artifact Registry"). */
      allow: z.array(z.string().min(1)).optional(),
      banned: z.object({ zh: z.array(z.string().min(1)).optional(), en: z.array(z.string().min(1)).optional() }),
    }),
  ),
});
export type Termbase = z.infer<typeof termbaseSchema>;

export interface TermProblem {
  line: number;
  column: number;
  variant: string;
  preferred: string;
}

/** Blank out quotations, keeping offsets: a quoted variant is someone else's wording. */
const unquoted = (text: string) => text.replace(/“[^”\n]*”/g, (quote) => ' '.repeat(quote.length));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Banned variants in one language's text, with where they are and what to write instead. */
export function bannedTerms(text: string, termbase: Termbase, lang: 'zh' | 'en'): TermProblem[] {
  const plain = unquoted(text);
  const problems: TermProblem[] = [];
  for (const term of termbase.terms) {
    const text = (term.allow ?? []).reduce((rest, name) => rest.replaceAll(name, ' '.repeat(name.length)), plain);
    for (const variant of term.banned[lang] ?? []) {
      // Latin-script variants match whole words only; Chinese ones anywhere.
      const pattern = /^[\x20-\x7e]+$/.test(variant) ? new RegExp(`\\b${escape(variant)}\\b`, 'gi') : new RegExp(escape(variant), 'g');
      for (const match of text.matchAll(pattern)) {
        problems.push({ ...position(text, match.index), variant: match[0], preferred: term[lang] });
      }
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
