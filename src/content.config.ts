/**
 * Collections. Content lives in `content/` at the repo root (data apart from code); each collection's
 * schema is checked at build, and a bad field fails the build with the file and the field named.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase kebab-case');

/** Guide chapters: `content/guide/<slug>.mdx`; the file name is the URL. */
const guide = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guide' }),
  schema: z.object({
    title: text(5, 70),
    /** Meta description and the chapter list's summary: one sentence. */
    description: text(50, 160),
    /** Position in the guide (1 = first). Unique across chapters. */
    order: z.number().int().positive(),
    /** The chapter's one "start here" move: one concrete action, shown at the top of the chapter. Required. */
    startHere: text(30, 220),
    /** True when the chapter draws on Ruff's article: the layout then credits him and names it. */
    drawsOnArticle: z.boolean(),
    updated: z.coerce.date(),
  }),
});

/** Stand-alone prose pages (About): `content/pages/<slug>.mdx`. */
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: z.object({
    title: text(5, 70),
    description: text(50, 160),
    drawsOnArticle: z.boolean(),
    updated: z.coerce.date(),
  }),
});

/**
 * The check, one file per instrument version: `content/quiz/v<N>.json`. A published version is
 * never edited in a way that changes scoring: result links carry its version (see src/lib/result-code.ts).
 * Cross-references (unknown dimension, duplicate id, band gaps, missing chapters) are checked by
 * `instrumentProblems` in src/lib/instrument.ts when the instrument is loaded (src/data/instruments.ts).
 */
const quiz = defineCollection({
  loader: glob({ pattern: 'v*.json', base: './content/quiz' }),
  schema: z.object({
    version: z.number().int().min(1).max(9999),
    /** Honest time to finish, shown on the intro. */
    minutes: z.number().int().min(1).max(30),
    scale: z
      .array(z.object({ value: z.number().int(), label: text(2, 40) }).strict())
      .min(3)
      .max(7),
    dimensions: z
      .array(
        z
          .object({
            id: slug,
            name: text(3, 32),
            short: text(3, 18),
            meaning: text(20, 400),
            low: text(5, 80),
            high: text(5, 80),
            chapter: slug,
          })
          .strict(),
      )
      .min(1)
      .max(16),
    items: z
      .array(
        z
          .object({
            id: slug,
            dimension: slug,
            keying: z.enum(['mini-me', 'adaptive']),
            self: text(10, 200),
            rater: text(10, 200).optional(),
            mirror: slug.optional(),
          })
          .strict(),
      )
      .min(2),
    bands: z
      .array(
        z
          .object({
            id: slug,
            min: z.number().int().min(0).max(100),
            max: z.number().int().min(0).max(100),
            name: text(3, 28),
            meaning: text(10, 400),
          })
          .strict(),
      )
      .min(2),
    advice: z.array(z.object({ dimension: slug, band: slug, text: text(20, 600), chapters: z.array(slug).min(1).max(3) }).strict()),
    selfReportNote: text(40, 900),
    raterIntro: text(20, 600),
    /** The frequency format (version 2 on): see VerdictRules in src/lib/instrument.ts. */
    window: text(10, 120).optional(),
    notApplicable: text(3, 40).optional(),
    verdict: z
      .object({
        minAnsweredPerDimension: z.number().int().min(1),
        minAnsweredShare: z.number().min(0).max(1),
        minSpread: z.number().min(0),
        maxContradictions: z.number().int().min(0),
        maxInconsistency: z.number().min(0),
      })
      .strict()
      .optional(),
    /** Being written: checked at build but not published. */
    draft: z.boolean().optional(),
  }),
});

export const collections = { guide, pages, quiz };
