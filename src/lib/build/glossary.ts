// Build-time access to the glossary (from the fact sheet).
import { readGenerated } from './geo-data.ts';

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

export function glossary(): GlossaryEntry[] {
  return readGenerated<GlossaryEntry[]>('glossary.json');
}
