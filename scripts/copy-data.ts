// Publishes generated data the browser fetches on demand (events layer) and the downloads
// offered on the sources page, from src/generated (npm run data) to public/data.
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const FILES = [
  'events-2021.json', // fetched lazily by the live map when a scene shows events
  'events-2021.csv',
  'events-2021.geojson',
  'deaths-yearly.csv',
  'places.json',
  'timeline.json',
];
mkdirSync(`${root}public/data`, { recursive: true });
for (const f of FILES) copyFileSync(`${root}src/generated/${f}`, `${root}public/data/${f}`);
