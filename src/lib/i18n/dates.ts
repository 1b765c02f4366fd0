// Dates in the reader's language: "17 September 2024", "March 2012", "2013".
import type { Lang } from './index.ts';

const LOCALE: Record<Lang, string> = { en: 'en-GB' };

export function formatWhen(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return iso;
  if (!m) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALE[lang], opts).format(date);
}
