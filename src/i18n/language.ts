/** The languages docker-kata speaks. English is the reference; every text falls back to it on its own. */
export const languages = ['en', 'nb', 'nl'] as const;
export type Language = (typeof languages)[number];

export const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);

/** Where the language choice came from, for `docker-kata lang` to explain. */
export type LanguageSource = '--lang' | 'DOCKER_KATA_LANG' | 'remembered' | 'LC_ALL' | 'LC_MESSAGES' | 'LANG' | 'default';

/**
 * A locale as the system names it ("nb_NO.UTF-8", "nl_BE", "no", "en_GB.utf8") to one of our languages.
 * Norwegian in any form (no, nb, and nn, whose readers read bokmål) is nb. "C" and "POSIX" say nothing.
 */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  const code = locale?.trim().toLowerCase().split(/[_.@-]/)[0];
  if (!code || code === 'c' || code === 'posix') return undefined;
  if (code === 'no' || code === 'nb' || code === 'nn') return 'nb';
  return isLanguage(code) ? code : undefined;
}

/**
 * The language to speak: --lang, then DOCKER_KATA_LANG, then the learner's remembered choice (`docker-kata lang
 * nb`), then the system locale (LC_ALL, LC_MESSAGES, LANG, in POSIX order), then English. A setting that names a
 * language docker-kata does not speak is passed over, like an unset one.
 */
export function chooseLanguage(settings: {
  flag?: string;
  env: Record<string, string | undefined>;
  remembered?: string;
}): { language: Language; source: LanguageSource } {
  const candidates: Array<[LanguageSource, string | undefined]> = [
    ['--lang', settings.flag],
    ['DOCKER_KATA_LANG', settings.env.DOCKER_KATA_LANG],
    ['remembered', settings.remembered],
    ['LC_ALL', settings.env.LC_ALL],
    ['LC_MESSAGES', settings.env.LC_MESSAGES],
    ['LANG', settings.env.LANG],
  ];
  for (const [source, value] of candidates) {
    const language = languageOfLocale(value);
    if (language) return { language, source };
  }
  return { language: 'en', source: 'default' };
}
