// Suggested timings for the teacher's guide, from word counts: a step is read aloud (about
// 130 words a minute) and its map talked through (half a minute), never less than a minute;
// each discussion question gets a few minutes.
export const WORDS_PER_MINUTE = 130;
export const MAP_MINUTES = 0.5;
export const QUESTION_MINUTES = 4;

/** Words of running text in a Markdown body (markup, links and punctuation-only tokens aside). */
export function wordCount(markdown: string): number {
  const text = markdown
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function stepMinutes(words: number): number {
  return Math.max(1, words / WORDS_PER_MINUTE + MAP_MINUTES);
}

export interface ChapterTiming {
  steps: number;
  words: number;
  /** Presenting the steps, rounded to the minute. */
  present: number;
  /** Discussing the chapter's questions. */
  discuss: number;
  total: number;
}

export function chapterTiming(stepWords: readonly number[], questions: number): ChapterTiming {
  const present = Math.round(stepWords.reduce((sum, w) => sum + stepMinutes(w), 0));
  const discuss = questions * QUESTION_MINUTES;
  return { steps: stepWords.length, words: stepWords.reduce((a, b) => a + b, 0), present, discuss, total: present + discuss };
}

/** "1 h 05 min", "45 min". */
export function formatMinutes(min: number): string {
  if (min < 60) return `${min} min`;
  return `${Math.floor(min / 60)} h ${String(min % 60).padStart(2, '0')} min`;
}
