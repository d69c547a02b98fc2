import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageOfLocale } from './language.js';

describe('languageOfLocale', () => {
  it.each([
    ['nb_NO.UTF-8', 'nb'],
    ['no_NO', 'nb'],
    ['nn_NO.UTF-8', 'nb'],
    ['nl_BE.utf8', 'nl'],
    ['NL', 'nl'],
    ['en_GB.UTF-8', 'en'],
    ['de_DE.UTF-8', undefined],
    ['C', undefined],
    ['POSIX', undefined],
    ['C.UTF-8', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language);
  });
});

describe('chooseLanguage', () => {
  it.each([
    ['--lang wins over everything', { flag: 'nl', env: { DOCKER_KATA_LANG: 'nb', LANG: 'nb_NO' }, remembered: 'nb' }, 'nl', '--lang'],
    ['then DOCKER_KATA_LANG', { env: { DOCKER_KATA_LANG: 'nb', LANG: 'nl_NL' }, remembered: 'nl' }, 'nb', 'DOCKER_KATA_LANG'],
    ['then the remembered choice', { env: { LC_ALL: 'nl_NL' }, remembered: 'nb' }, 'nb', 'remembered'],
    ['then LC_ALL before LC_MESSAGES and LANG', { env: { LC_ALL: 'nl_NL', LC_MESSAGES: 'nb_NO', LANG: 'en_US' } }, 'nl', 'LC_ALL'],
    ['then LC_MESSAGES before LANG', { env: { LC_MESSAGES: 'nb_NO.UTF-8', LANG: 'nl_NL' } }, 'nb', 'LC_MESSAGES'],
    ['then LANG', { env: { LANG: 'nl_BE.UTF-8' } }, 'nl', 'LANG'],
    ['a language it does not speak is passed over', { env: { DOCKER_KATA_LANG: 'de', LANG: 'nb_NO' } }, 'nb', 'LANG'],
    ['C means nothing; English', { env: { LC_ALL: 'C', LANG: 'C.UTF-8' } }, 'en', 'default'],
    ['nothing set: English', { env: {} }, 'en', 'default'],
  ])('%s', (_what, settings, language, source) => {
    expect(chooseLanguage(settings)).toEqual({ language, source });
  });
});
