import { z } from 'zod';

/** A language-neutral id: lowercase kebab-case ASCII, safe in URLs and HTML ids. */
export const idSchema = z
  .string({ error: 'expected an id' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase kebab-case ASCII (a-z, 0-9, -)');

const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'missing translation' : 'expected text') })
  .trim()
  .min(1, 'missing translation (empty text)');

/** Text in both languages; a missing side is reported as a missing translation. */
export const bilingual = z.object(
  { zh: text, en: text },
  { error: (issue) => (issue.input === undefined ? 'missing (needs zh and en text)' : 'expected { zh, en }') },
);

const cellText = z.union([text, z.array(text).min(1, 'empty list')], {
  error: (issue) => (issue.input === undefined ? 'missing translation' : 'expected text or a list of texts'),
});
export const cellSchema = z.object({ zh: cellText, en: cellText }, { error: 'expected { zh, en }' });

/** `slug` or `slug#section`: a place in the guide. */
export const refSchema = z.string().regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'expected "slug" or "slug#section"');

export const kindSchema = z.object({ id: idSchema, name: bilingual, page: refSchema });
export const topicSchema = z.object({ id: idSchema, label: bilingual });

export const rowSchema = z.object({
  id: idSchema,
  topic: idSchema,
  label: bilingual,
  cells: z.record(z.string(), cellSchema),
});

export const sourceIdSchema = z.enum(['000', '001', '002', '003', '004']);

/** One of the five source articles: a short name to tell same-named rows apart, and its page here. */
export const sourceSchema = z.object({ id: sourceIdSchema, short: bilingual, page: refSchema });

export const tableSchema = z.object({
  id: idSchema,
  source: sourceIdSchema,
  title: bilingual,
  kinds: z.array(idSchema).min(2, 'a comparison needs at least two kinds'),
  rows: z.array(rowSchema).min(1, 'a table needs rows'),
});

export const ratingSchema = z
  .number({ error: 'expected a whole number from 1 to 5' })
  .int('ratings are whole numbers')
  .min(1, 'out of range: ratings go from 1 to 5')
  .max(5, 'out of range: ratings go from 1 to 5');

export const ratingsSchema = z.object({
  source: z.literal('003'),
  title: bilingual,
  types: z.array(idSchema).min(2),
  scenarios: z
    .array(z.object({ id: idSchema, label: bilingual, ratings: z.record(z.string(), ratingSchema) }))
    .min(1),
  /** Ratings the site disputes, each with the section that explains why. */
  caveats: z.array(z.object({ type: idSchema, scenario: idSchema, page: refSchema })).default([]),
});

export const glossarySchema = z.array(
  z.object({ id: idSchema, zh: text, en: text, page: refSchema, definition: bilingual }),
);

/** Text of the two diagrams (`LayerStack`, `BootPaths`); `code` in backticks renders as code. */
export const diagramsSchema = z.object({
  bootPaths: z.object({
    caption: bilingual,
    paths: z
      .array(
        z.object({
          label: bilingual,
          note: bilingual,
          steps: z.array(z.object({ name: bilingual, detail: bilingual })).min(1),
        }),
      )
      .length(2, 'the diagram compares exactly two paths'),
  }),
  layerStack: z.object({
    caption: bilingual,
    layers: z.array(z.object({ name: z.string().min(1), role: bilingual, adds: bilingual })).min(2),
    kernel: bilingual,
    kernelOwner: bilingual,
    kernelNote: bilingual,
  }),
});

export type Bilingual = z.infer<typeof bilingual>;
export type Cell = z.infer<typeof cellSchema>;
export type Kind = z.infer<typeof kindSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Row = z.infer<typeof rowSchema>;
export type ComparisonTableData = z.infer<typeof tableSchema>;
export type Ratings = z.infer<typeof ratingsSchema>;
export type GlossaryEntry = z.infer<typeof glossarySchema>[number];
export type Diagrams = z.infer<typeof diagramsSchema>;
