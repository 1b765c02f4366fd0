// timeline.json: dated events of the story, with sources by key.
import { z } from 'zod';
import { compareStrings, fail, jsonFile, readRawJson } from './lib/io.ts';
import type { OutputFile } from './lib/io.ts';
import { FactPlace, TimelineEntry } from './lib/schemas.ts';
import { loadSourceIndex } from './lib/sources-index.ts';

export function buildTimeline(): OutputFile[] {
  const index = loadSourceIndex();
  const entries = readRawJson('facts/timeline.json', z.array(TimelineEntry));
  const placeIds = new Set(readRawJson('facts/places.json', z.array(FactPlace)).map((p) => p.id));
  const out = entries.map((t) => {
    const unknown = t.place_ids.filter((id) => !placeIds.has(id));
    if (unknown.length) fail(`facts/timeline.json ${t.id}: unknown place ids ${unknown.join(', ')}`);
    return {
      id: t.id,
      date: t.date,
      endDate: t.end_date,
      precision: t.date_precision,
      title: t.title,
      summary: t.summary,
      placeIds: t.place_ids,
      tags: t.tags,
      confidence: t.confidence,
      notes: t.notes,
      figures: t.figures,
      sources: index.keysFor(t.sources, `facts/timeline.json ${t.id}`),
    };
  });
  // ISO dates of mixed precision ("2018", "2019-04", "2019-04-19") sort correctly as text.
  out.sort((a, b) => compareStrings(a.date, b.date) || compareStrings(a.id, b.id));
  return [jsonFile('timeline.json', out, 2)];
}
