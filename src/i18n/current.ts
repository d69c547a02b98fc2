import type { Language } from './language.js';

/** The language of this run, chosen once at start-up (see chooseLanguage) before any text is printed. */
let current: Language = 'en';

export const currentLanguage = (): Language => current;
export function setLanguage(language: Language): void {
  current = language;
}
