// Build-time access to the glossary (from the fact sheet), in the reader's language. The fact
// sheet is English; French terms and definitions are our translations (src/lib/i18n/fr-glossary.ts).
import { readGenerated } from './geo-data.ts';
import type { Lang } from '../i18n/index.ts';
import { frGlossary } from '../i18n/fr-glossary.ts';

export interface GlossaryEntry {
  id: string;
  term: string;
  expansion: string;
  aka: string[];
  definition: string;
  notes: string | null;
  relatedTimelineIds: string[];
  sources: string[];
}

export function glossary(lang: Lang): GlossaryEntry[] {
  const entries = readGenerated<GlossaryEntry[]>('glossary.json');
  if (lang === 'en') return entries;
  return entries.map((g) => {
    const tr = frGlossary[g.id];
    if (!tr) throw new Error(`glossary: no French entry for "${g.id}" (src/lib/i18n/fr-glossary.ts)`);
    return { ...g, ...tr };
  });
}
