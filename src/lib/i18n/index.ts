// Languages of the site. English is at the root (/), French under /fr/. One typed dictionary of
// UI and map strings per language: `Dict` requires every English key, so a missing French string
// fails the type check (tests/unit/i18n-dict.test.ts also rejects extra keys).
import { en } from './en.ts';
import type { Dict, DictKey } from './en.ts';
import { fr } from './fr.ts';

export { DEFAULT_LANG, LANGS, isLang, localePath, otherLang } from './paths.ts';
export type { Lang } from './paths.ts';
import type { Lang } from './paths.ts';

const DICTS: Record<Lang, Dict> = { en, fr };

/** BCP 47 locale for Intl (dates, numbers) in each language. */
export const LOCALE: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };
/** Each language's name in itself, for the language switch. */
export const LANG_NAME: Record<Lang, string> = { en: 'English', fr: 'Français' };

export function t(lang: Lang, key: DictKey): string {
  return DICTS[lang][key];
}

export function isDictKey(key: string): key is DictKey {
  return Object.hasOwn(en, key);
}

export type { DictKey };
