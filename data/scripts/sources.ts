// sources.json: every citable source by key, the fact sources plus the datasets.
import { fail, jsonFile } from './lib/io.ts';
import type { OutputFile } from './lib/io.ts';
import { dataSources } from './lib/data-sources.ts';
import { loadSourceIndex } from './lib/sources-index.ts';

export function buildSources(): OutputFile[] {
  const { sources } = loadSourceIndex();
  const out: Record<string, unknown> = {};
  for (const [key, s] of Object.entries(sources)) {
    out[key] = { title: s.title, publisher: s.publisher, date: s.date, url: s.url, kind: 'fact' };
  }
  for (const [key, s] of Object.entries(dataSources())) {
    if (key in out) fail(`sources: data source key ${key} collides with a fact source key`);
    out[key] = { ...s, kind: 'data' };
  }
  // Keys come out sorted: stableStringify sorts object keys.
  return [jsonFile('sources.json', out, 2)];
}
