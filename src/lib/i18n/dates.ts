// Dates in the reader's language: "17 September 2024" / « 17 septembre 2024 », "March 2012", "2013".
import { LOCALE } from './index.ts';
import type { Lang } from './index.ts';

export function formatWhen(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return iso;
  if (!m) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  const text = new Intl.DateTimeFormat(LOCALE[lang], opts).format(date);
  // French writes the first of the month as an ordinal: « 1er avril 2012 ».
  return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
}
