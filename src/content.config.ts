import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const docs = defineCollection({
  // Ids keep the file path (`en/index`, `zh/os-image-types`): language folder, then the English slug.
  loader: glob({
    pattern: '**/*.{md,mdx}',
    base: './content/docs',
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1).max(200),
    /** Search filter: concept pages, interactive tools, the glossary. */
    kind: z.enum(['concept', 'tool', 'glossary']).default('concept'),
    /** Other ways readers ask for this page (e.g. "镜像和容器的区别"); indexed for search, not shown. */
    keywords: z.array(z.string().min(1)).default([]),
  }),
});

export const collections = { docs };
