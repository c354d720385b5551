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
/** Ids of the five source articles (000–004). */
export const sourceIdSchema = z.enum(['000', '001', '002', '003', '004']);

/** `slug` or `slug#section`: a place in the guide. */
export const refSchema = z.string().regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'expected "slug" or "slug#section"');

/** `slug#caveat-id`: the caveat aside that explains a source error shown in a cell. */
export const caveatRefSchema = z
  .string({ error: 'expected "slug#caveat-id"' })
  .regex(/^[a-z0-9-]+#[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected "slug#caveat-id"');

export const cellSchema = z.object(
  {
    zh: cellText,
    en: cellText,
    /** Caveats that explain a source error in this cell; shown as a "⚠ see note" link. */
    notes: z.array(caveatRefSchema).min(1, 'leave "notes" out instead of an empty list').optional(),
  },
  { error: 'expected { zh, en }' },
);

export const kindSchema = z.object({ id: idSchema, name: bilingual, page: refSchema });
export const topicSchema = z.object({ id: idSchema, label: bilingual });

export const rowSchema = z.object({
  id: idSchema,
  topic: idSchema,
  label: bilingual,
  cells: z.record(z.string(), cellSchema),
});

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
    .array(
      z.object({
        id: idSchema,
        label: bilingual,
        ratings: z.record(z.string(), ratingSchema),
        /** Caveats on single ratings, by type (`slug#caveat-id`), shown as "⚠ see note" under the stars. */
        notes: z.record(z.string(), z.array(caveatRefSchema).min(1)).optional(),
      }),
    )
    .min(1),
});

export const glossarySchema = z.array(
  z.object({ id: idSchema, zh: text, en: text, page: refSchema, definition: bilingual }),
);

/** One directory of the overlayfs diagram: a layer, the container's upper layer or the merged view. */
const ociLayerSchema = z.object({
  name: bilingual,
  role: bilingual,
  /** Digest and size as shown, e.g. "`sha256:28f400a238d9…` · 188 B"; checked against the OCI page. */
  meta: z.string().min(1).optional(),
  note: bilingual.optional(),
  files: z.array(z.object({ path: z.string().min(1), effect: bilingual })),
});

/** A ready-made view of the explorer or the chooser: a query string their parsers accept unchanged. */
const toolLinkSchema = z.object({
  page: z.enum(['compare', 'choose']),
  query: z.string().regex(/^\?[^\s#]+$/, 'expected a query string starting with "?"'),
  label: bilingual,
});

/** An answer either leads to a later question (`next`) or ends with a verdict and a tool view. */
const decisionAnswerSchema = z.object({
  answer: bilingual,
  next: idSchema.optional(),
  verdict: bilingual.optional(),
  tool: toolLinkSchema.optional(),
  /** Where the verdict is explained: "slug#section". */
  read: refSchema.optional(),
  /** A question every verdict still leads to (the host OS image). */
  then: idSchema.optional(),
});

const decisionQuestionSchema = z.object({
  id: idSchema,
  question: bilingual,
  /** Examples under the question, kept out of the heading so they do not weigh in search. */
  detail: bilingual.optional(),
  /** The section of the decision-guide page that explains the question. */
  section: idSchema,
  answers: z.array(decisionAnswerSchema).min(2, 'a question needs at least two answers'),
});

/** Text of the diagrams (`LayerStack`, `BootPaths`, `OciLayers`, `DecisionGuide`); `code` in backticks renders as code. */
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
  ociLayers: z.object({
    caption: bilingual,
    /** Top first: the container's writable layer, then the image layers. */
    layers: z.array(ociLayerSchema).min(2),
    merged: ociLayerSchema,
  }),
  decisionGuide: z.object({
    caption: bilingual,
    questions: z.array(decisionQuestionSchema).min(2),
  }),
});

/** The five source articles, for the sources page and citations (`<Source id="003" />`). */
export const sourcesSchema = z
  .array(
    z.object({
      id: sourceIdSchema,
      /** The article's own title, as published (Chinese), and its English rendering. */
      title: z.object({ original: text, en: text }),
      /** A short name that tells same-named rows of different articles apart in the explorer. */
      short: bilingual,
      /** Who published or wrote it and when, where the article names them; `null` when it does not. */
      publisher: bilingual.nullable(),
      author: text.nullable(),
      date: text.nullable(),
      /** Where the article names its own publisher or date, as a short note (for example a footer line). */
      provenance: bilingual,
    }),
  )
  .length(5, 'expected the five source articles 000–004');

export type Bilingual = z.infer<typeof bilingual>;
export type Cell = z.infer<typeof cellSchema>;
export type Kind = z.infer<typeof kindSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Row = z.infer<typeof rowSchema>;
export type ComparisonTableData = z.infer<typeof tableSchema>;
export type Ratings = z.infer<typeof ratingsSchema>;
export type GlossaryEntry = z.infer<typeof glossarySchema>[number];
export type Diagrams = z.infer<typeof diagramsSchema>;
export type SourceArticle = z.infer<typeof sourcesSchema>[number];
export type DecisionGuideData = Diagrams['decisionGuide'];
export type ToolLink = z.infer<typeof toolLinkSchema>;
