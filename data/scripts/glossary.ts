// glossary.json: acronyms and actors (JNIM, MINUSMA, AES…), with sources by key.
import { z } from 'zod';
import { compareStrings, fail, jsonFile, readRawJson } from './lib/io.ts';
import type { OutputFile } from './lib/io.ts';
import { GlossaryEntry, TimelineEntry } from './lib/schemas.ts';
import { loadSourceIndex } from './lib/sources-index.ts';

export function buildGlossary(): OutputFile[] {
  const index = loadSourceIndex();
  const entries = readRawJson('facts/glossary.json', z.array(GlossaryEntry));
  const timelineIds = new Set(readRawJson('facts/timeline.json', z.array(TimelineEntry)).map((t) => t.id));
  const out = entries.map((g) => {
    const unknown = g.related_timeline_ids.filter((id) => !timelineIds.has(id));
    if (unknown.length) fail(`facts/glossary.json ${g.id}: unknown timeline ids ${unknown.join(', ')}`);
    return {
      id: g.id,
      term: g.term,
      expansion: g.expansion,
      aka: g.aka,
      definition: g.definition,
      notes: g.notes,
      relatedTimelineIds: g.related_timeline_ids,
      sources: index.keysFor(g.sources, `facts/glossary.json ${g.id}`),
    };
  });
  out.sort((a, b) => compareStrings(a.id, b.id));
  return [jsonFile('glossary.json', out, 2)];
}
