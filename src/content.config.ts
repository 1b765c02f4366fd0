// The story's copy lives here, never in components. One collection of chapters and one of steps,
// both per language (folder = language code). The zod schemas are the content model's contract:
// a step that lacks its map description, its teacher notes or a source fails the build.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase slug: letters, digits, hyphens');

export const chapterSchema = z.object({
  /** Stable id, also the anchor and the embed path: /#<id>, /embed/<id>/ */
  id: slug,
  number: z.number().int().min(1).max(10),
  title: z.string().min(3),
  /** One-line standfirst shown under the chapter heading. */
  dek: z.string().min(10),
  /** Discussion questions for the teacher's guide. */
  questions: z.array(z.string().min(10)).default([]),
});

export const stepSchema = z.object({
  /** Stable slug; the DOM id of the step and the value of ?step= and #hash links. */
  id: slug,
  chapter: slug,
  /** Position within the chapter, 1-based. */
  order: z.number().int().min(1),
  /** Id of the scene that gives this step's picture (see src/lib/scenes). */
  scene: slug,
  /** What the map shows, in words: read by screen readers and printed in the plain article. */
  mapDescription: z.string().min(40),
  /** Notes for a teacher presenting this step. */
  notes: z.string().min(20),
  /** Keys of src/generated/sources.json (from the fact sheet). At least one. */
  sources: z.array(z.string().regex(/^[A-Z0-9_]+$/)).min(1),
  /** Where in time the step stands, ISO date or year, for the date label. */
  when: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
});

export type ChapterData = z.infer<typeof chapterSchema>;
export type StepData = z.infer<typeof stepSchema>;

export const collections = {
  chapters: defineCollection({
    loader: glob({ pattern: '*/*.md', base: './src/content/chapters' }),
    schema: chapterSchema,
  }),
  steps: defineCollection({
    loader: glob({ pattern: '*/*/*.md', base: './src/content/steps' }),
    schema: stepSchema,
  }),
};
