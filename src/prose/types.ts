// The props of the per-language prose components (src/prose/<lang>/*.astro): the same parts and
// values in every language, so a page lays out the prose the same way whatever the edition.
export interface GuideProseProps {
  part: 'dek' | 'goals' | 'presenting' | 'planIntro' | 'handout' | 'maps' | 'offline';
  links: { story: string; present: string; sources: string };
  plan?: { steps: number; chapters: number; present: string; questions: number; wordsPerMinute: number; questionMinutes: number };
}

export interface SourcesProseProps {
  part: 'dek' | 'method' | 'downloads' | 'corrections';
  /** Names (in the page's language) of the GeoNames points the maps draw: for the method note. */
  geonames?: readonly string[];
  /** Where to report an error (CORRECTIONS_URL at build time): for the corrections log. */
  report?: { href: string; text: string };
}

export interface NotFoundProseProps {
  part: 'dek' | 'embedHint';
}
