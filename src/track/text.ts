import type { Text } from './exercise-schema.js';

/** The English text for now; the language choice arrives with translations, and falls back to English per field. */
export const textOf = (text: Text | undefined): string => (text === undefined ? '' : typeof text === 'string' ? text : text.en);
