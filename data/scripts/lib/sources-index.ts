// Maps the inline {title, publisher, date, url} citations of the fact files to the keys
// of facts/sources.json, so outputs can cite sources by key (one table, no duplication).
import { fail, readRawJson } from './io.ts';
import { FactSources } from './schemas.ts';
import type { FactSource } from './schemas.ts';

export interface SourceIndex {
  readonly sources: Readonly<Record<string, FactSource>>;
  /** Keys for a list of inline citations, in their original order, without repeats. */
  keysFor(citations: readonly FactSource[], where: string): string[];
}

export function loadSourceIndex(): SourceIndex {
  const sources = readRawJson('facts/sources.json', FactSources);
  const byUrl = new Map<string, string[]>();
  for (const [key, source] of Object.entries(sources)) {
    const keys = byUrl.get(source.url) ?? [];
    keys.push(key);
    byUrl.set(source.url, keys);
  }

  function keyFor(citation: FactSource, where: string): string {
    const candidates = byUrl.get(citation.url);
    if (!candidates) fail(`${where}: source url not in facts/sources.json: ${citation.url}`);
    if (candidates.length === 1) return candidates[0] as string;
    // A few urls are listed twice (one article cited for two different facts, with
    // different titles); the title then tells which entry is meant.
    const byTitle = candidates.filter((key) => sources[key]?.title === citation.title);
    if (byTitle.length !== 1) {
      fail(`${where}: url ${citation.url} matches keys ${candidates.join(', ')} and the title does not pick one`);
    }
    return byTitle[0] as string;
  }

  return {
    sources,
    keysFor(citations, where) {
      const keys: string[] = [];
      for (const citation of citations) {
        const key = keyFor(citation, where);
        if (!keys.includes(key)) keys.push(key);
      }
      return keys;
    },
  };
}
