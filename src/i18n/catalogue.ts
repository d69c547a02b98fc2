import { currentLanguage } from './current.js';
import type { Language } from './language.js';

/**
 * The shape of a translation: every key of the English catalogue, texts as strings, message functions with the
 * same parameters. TypeScript refuses a translation that misses a key, so a catalogue is complete or does not build.
 */
export type Translation<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : T[K] extends string ? string : Translation<T[K]>;
};

/**
 * One catalogue in three languages, read in the language of this run: `messages.passed(title)` gives the
 * learner's language. Looked up at each use, so the language can be chosen after the modules were loaded.
 */
export function localized<T extends object>(catalogues: { en: T } & Record<Exclude<Language, 'en'>, Translation<T>>): T {
  const view = (pick: () => object): T =>
    new Proxy({} as T, {
      get: (_target, key) => {
        const value = (pick() as Record<PropertyKey, unknown>)[key];
        return value !== null && typeof value === 'object' ? view(() => (pick() as Record<PropertyKey, object>)[key]) : value;
      },
      ownKeys: () => Reflect.ownKeys(pick()),
      getOwnPropertyDescriptor: (_target, key) => ({ ...Reflect.getOwnPropertyDescriptor(pick(), key), configurable: true }),
    });
  return view(() => catalogues[currentLanguage()] ?? catalogues.en);
}
