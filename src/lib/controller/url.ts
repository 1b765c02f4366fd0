// Strict parsing of the step in a URL. Only known step ids are accepted; anything else is
// ignored (the story then starts at its first step). Nothing from the URL is ever inserted
// into the page as markup.
const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+){0,12}$/;

function decode(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

export function stepFromUrl(search: string, hash: string, known: ReadonlySet<string>): string | null {
  const fromQuery = new URLSearchParams(search).get('step');
  const fromHash = hash.startsWith('#') ? decode(hash.slice(1)) : null;
  for (const candidate of [fromQuery, fromHash]) {
    if (candidate && candidate.length <= 100 && STEP_ID.test(candidate) && known.has(candidate)) return candidate;
  }
  return null;
}

/** The URL for a step: the same path and query (minus any step), with the step as the hash. */
export function urlForStep(current: URL, stepId: string): string {
  const url = new URL(current.href);
  url.searchParams.delete('step');
  url.hash = stepId;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The `?step=` a reader asked for when it names no step of this page (a typo, an old link), so
 * the page can say so instead of silently starting at the top. Trimmed to 60 characters; the
 * caller must insert it as text, never as markup.
 */
export function unknownStepFromUrl(search: string, known: ReadonlySet<string>): string | null {
  const raw = new URLSearchParams(search).get('step');
  if (raw === null || raw.trim() === '' || known.has(raw)) return null;
  return raw.length > 60 ? `${raw.slice(0, 59)}…` : raw;
}
