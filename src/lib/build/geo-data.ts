// Build-time access to the generated geodata (src/generated, made by data/scripts/build.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';

// Resolved from the project root (where npm runs the build): after bundling, import.meta.url
// points into dist/, not src/.
const GENERATED = join(process.cwd(), 'src', 'generated');

export function readGenerated<T>(name: string): T {
  const path = join(GENERATED, name);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new Error(`Missing or invalid generated file ${name}: run \`npm run data\` first (${String(err)})`);
  }
}

export const topology = (name: string): Topology => readGenerated<Topology>(`geo/${name}.topo.json`);

export interface Place {
  id: string;
  name: string;
  name_fr: string;
  lat: number;
  lon: number;
  kind: string;
  country: string;
  approximate: boolean;
  confidence: 'high' | 'medium' | 'low';
  note: string | null;
  sources: string[];
}

export interface Source {
  title: string;
  publisher: string;
  date: string | null;
  url: string;
  kind: 'fact' | 'data';
  licence?: string;
  citation?: string;
}

let placesCache: Map<string, Place> | null = null;
export function places(): Map<string, Place> {
  placesCache ??= new Map(readGenerated<Place[]>('places.json').map((p) => [p.id, p]));
  return placesCache;
}

let sourcesCache: Record<string, Source> | null = null;
export function sources(): Record<string, Source> {
  sourcesCache ??= readGenerated<Record<string, Source>>('sources.json');
  return sourcesCache;
}
