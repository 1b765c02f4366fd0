// Build-time: the story as a deck of slides for presenter mode, the notes window and the
// teacher's guide. Whatever chapters and steps exist, in reading order.
import type { CollectionEntry } from 'astro:content';
import type { StoryChapter } from '../content/story.ts';
import { chapterTiming, wordCount } from './timing.ts';
import type { ChapterTiming } from './timing.ts';
import { localePath } from '../i18n/paths.ts';
import type { Lang } from '../i18n/paths.ts';

export interface Slide {
  step: CollectionEntry<'steps'>;
  chapter: CollectionEntry<'chapters'>;
  /** 1-based position in the whole story. */
  number: number;
  /** 1-based position in its chapter. */
  inChapter: number;
  chapterSize: number;
  words: number;
}

export interface DeckChapter {
  entry: CollectionEntry<'chapters'>;
  slides: Slide[];
  /** Index (0-based) of the chapter's first slide in the whole deck. */
  start: number;
  timing: ChapterTiming;
}

export interface Deck {
  chapters: DeckChapter[];
  slides: Slide[];
}

export function buildDeck(story: readonly StoryChapter[]): Deck {
  const chapters: DeckChapter[] = [];
  const slides: Slide[] = [];
  for (const c of story) {
    if (c.steps.length === 0) continue;
    const start = slides.length;
    const own = c.steps.map((step, i) => ({
      step,
      chapter: c.entry,
      number: start + i + 1,
      inChapter: i + 1,
      chapterSize: c.steps.length,
      words: wordCount(step.body ?? ''),
    }));
    slides.push(...own);
    chapters.push({ entry: c.entry, slides: own, start, timing: chapterTiming(own.map((s) => s.words), c.entry.data.questions.length) });
  }
  return { chapters, slides };
}

/** Where a step's downloadable maps live (written by scripts/map-downloads.ts). */
/** A step's downloadable map: /maps/<id>.svg, /fr/maps/<id>.png (labels in the edition's language). */
export const mapDownload = (lang: Lang, id: string, ext: 'svg' | 'png'): string => localePath(lang, `/maps/${id}.${ext}`);

/** The first paragraph of a step as plain text, for lists in the guide. */
export function excerpt(markdown: string, max = 180): string {
  const first = markdown.trim().split(/\n\s*\n/)[0] ?? '';
  const plain = first.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`>#]/g, '').replace(/\s+/g, ' ').trim();
  return plain.length <= max ? plain : `${plain.slice(0, plain.lastIndexOf(' ', max - 1))}…`;
}
