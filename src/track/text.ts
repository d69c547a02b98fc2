import { currentLanguage } from '../i18n/current.js';
import type { Language } from '../i18n/language.js';
import type { Text } from './exercise-schema.js';

/** A text in the learner's language; a translation that is missing falls back to English, field by field. */
export const textOf = (text: Text | undefined, language: Language = currentLanguage()): string =>
  text === undefined ? '' : typeof text === 'string' ? text : (text[language] ?? text.en);
