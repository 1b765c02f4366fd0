// The student worksheet and the teacher's answer key (issue 15): the shapes shared by both
// languages (src/prose/<lang>/worksheet.ts hold the words). Every worksheet task and every
// guide question has a stable id; the key answers each id (tests/unit/kit.test.ts), and every
// answer names the fact-sheet sources (keys of data/raw/facts/sources.json) and story steps
// it rests on. Contested figures are answered as contested, each attributed.
export interface Task {
  id: string;
  /** The chapter the task belongs to (a chapter id). */
  chapter: string;
  kind: 'map' | 'order' | 'compare' | 'question';
  prompt: string;
  /** Ruled lines left for the answer. */
  lines: number;
}

export interface Answer {
  text: string;
  /** Source keys (sources.json). */
  sources: string[];
  /** Steps of the story where the facts are told (step ids). */
  steps: string[];
  /** The sources disagree: the answer gives each figure with who gave it. */
  contested?: boolean;
}

export interface KitWords {
  /** Worksheet tasks in story order (map and order tasks first, in their chapters). */
  tasks: Task[];
  /** Answers to worksheet tasks (by task id) and to the guide's questions (q-<chapter>-<n>). */
  answers: Record<string, Answer>;
  /** Names on the blank map, numbered in this order (the answer key gives them). */
  mapNames: string[];
  /** Short labels for the timeline events used in the ordering task and on the timeline sheet. */
  events: Record<string, string>;
}

/** The id of a chapter's n-th discussion question (1-based), as the answer key files it. */
export const questionId = (chapter: string, n: number): string => `q-${chapter}-${n}`;

/** Timeline events (ids in src/generated/timeline.json) put in order on the worksheet. */
export const ORDER_EVENTS = ['konna-serval', 'coup-2012', 'algiers-accord', 'coup-2020', 'moura', 'french-exit-mali', 'aes-charter', 'bamako-attack'] as const;

/** The one-page timeline: these events, in date order (dates and sources from the data). */
export const TIMELINE_EVENTS = [
  'rebellion-1990',
  'rebellion-2006',
  'rebellion-2012',
  'coup-2012',
  'north-falls-2012',
  'konna-serval',
  'minusma-created',
  'barkhane-start',
  'algiers-accord',
  'jnim-formed',
  'coup-2020',
  'coup-2021',
  'solhan',
  'moura',
  'french-exit-mali',
  'niger-coup',
  'aes-charter',
  'minusma-ends',
  'kidal-retaken',
  'algiers-ended',
  'aes-confederation',
  'tinzaouaten',
  'barsalogho',
  'bamako-attack',
] as const;

/** A fixed, scrambled order for the ordering task (the same on every print, not by date). */
export function scrambled<T>(items: readonly T[]): T[] {
  const out = [...items];
  // A fixed permutation: odd positions reversed, then even ones.
  return [...out.filter((_, i) => i % 2 === 1).reverse(), ...out.filter((_, i) => i % 2 === 0)];
}
