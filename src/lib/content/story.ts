// Build-time: the story's chapters and steps in reading order, validated against the scenes
// and the sources. The order of the story is this one list.
import { getCollection } from 'astro:content';
import type { CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/index.ts';
import { hasScene } from '../scenes/index.ts';
import { sources } from '../build/geo-data.ts';

export interface StoryChapter {
  entry: CollectionEntry<'chapters'>;
  steps: CollectionEntry<'steps'>[];
}

export async function loadStory(lang: Lang): Promise<StoryChapter[]> {
  const chapters = (await getCollection('chapters', (c) => c.id.startsWith(`${lang}/`))).sort(
    (a, b) => a.data.number - b.data.number,
  );
  const steps = await getCollection('steps', (s) => s.id.startsWith(`${lang}/`));
  const known = sources();
  const seen = new Set<string>();
  for (const s of steps) {
    if (seen.has(s.data.id)) throw new Error(`duplicate step id ${s.data.id}`);
    seen.add(s.data.id);
    if (!hasScene(s.data.scene)) throw new Error(`step ${s.data.id}: unknown scene "${s.data.scene}"`);
    for (const key of s.data.sources) {
      if (!known[key]) throw new Error(`step ${s.data.id}: unknown source "${key}"`);
    }
    if (!chapters.some((c) => c.data.id === s.data.chapter)) throw new Error(`step ${s.data.id}: unknown chapter "${s.data.chapter}"`);
  }
  return chapters.map((entry) => ({
    entry,
    steps: steps.filter((s) => s.data.chapter === entry.data.id).sort((a, b) => a.data.order - b.data.order),
  }));
}
