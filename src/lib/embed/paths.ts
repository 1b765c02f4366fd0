// Build-time: one embed page (and one oEmbed file) per chapter that has steps, in each edition.
import { loadStory } from '../content/story.ts';
import type { StoryChapter } from '../content/story.ts';
import type { Lang } from '../i18n/index.ts';

export async function embedChapters(lang: Lang): Promise<{ params: { chapter: string }; props: { lang: Lang; chapter: StoryChapter } }[]> {
  const chapters = (await loadStory(lang)).filter((c) => c.steps.length > 0);
  return chapters.map((chapter) => ({ params: { chapter: chapter.entry.data.id }, props: { lang, chapter } }));
}
