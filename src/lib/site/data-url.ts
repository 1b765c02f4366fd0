// The one rule for where the browser fetches the site's data files. Every page and mode (the
// story in any language, the presenter, notes, embeds) shares one /data/ folder at the site's
// root; resolving against the page instead sent the French story to /fr/data/ (a 404).
export function dataUrl(file: string): string {
  return new URL(`/data/${file}`, location.origin).href;
}

export const EVENTS_FILE = 'events-2021.json';
