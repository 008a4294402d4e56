// i18next set-up: Japanese first, English second. Signed in, the language is the user's (session
// user.locale); before that, the last one chosen on this browser, else Japanese.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import ja from '../locales/ja.json';
import en from '../locales/en.json';

export type Locale = 'ja' | 'en';
export const LOCALES: readonly Locale[] = ['ja', 'en'];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof ja };
  }
}

const STORAGE_KEY = 'daifuku.locale';

function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'ja';
  } catch {
    // Storage can be disabled (private mode, policies); Japanese is the default anyway.
    return 'ja';
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja }, en: { translation: en } },
  lng: storedLocale(),
  fallbackLng: 'ja',
  supportedLngs: LOCALES,
  interpolation: { escapeValue: false }, // React escapes what it renders.
  returnNull: false,
  initAsync: false,
});

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not remembering the choice only costs a click on the next visit.
  }
});
document.documentElement.lang = i18n.language;

export function currentLocale(): Locale {
  return i18n.language === 'en' ? 'en' : 'ja';
}

/**
 * For keys built from server data (audit actions, job kinds), which the typed `t` cannot check:
 * the translation when there is one, else the fallback (the raw code, still meaningful to an admin).
 */
export function translateDynamic(key: string, fallback: string): string {
  return i18n.exists(key) ? (i18n.t as (key: string) => string)(key) : fallback;
}
