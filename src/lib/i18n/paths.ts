// Languages and addresses, safe for the browser bundle (no dictionaries here). English is at
// the root (/), French under /fr/; every page exists in both.
export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];
export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The address of a page in `lang`, from its English address: "/guide/" → "/fr/guide/". */
export function localePath(lang: Lang, path: string): string {
  if (!path.startsWith('/')) throw new Error(`localePath: "${path}" is not a site path`);
  return lang === DEFAULT_LANG ? path : `/${lang}${path}`;
}

/** The English address of a page from its address in any language: "/fr/guide/" → "/guide/". */
export function neutralPath(pathname: string): string {
  const m = /^\/([a-z]{2})(\/.*)?$/.exec(pathname);
  return m && isLang(m[1]) && m[1] !== DEFAULT_LANG ? (m[2] ?? '/') : pathname;
}

/** The other edition (the site has two). */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'fr' : 'en';
}

/** In the browser: the language of the page being read (its <html lang>). */
export function pageLang(): Lang {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
  return isLang(lang) ? lang : DEFAULT_LANG;
}

/** In the browser: a site address in the language of the page being read. */
export function here(path: string): string {
  return localePath(pageLang(), path);
}
