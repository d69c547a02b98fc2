/**
 * docker-kata in Norwegian and Dutch, run as a learner runs it: how the language is chosen (--lang,
 * DOCKER_KATA_LANG, `docker-kata lang`, the locale), the help, and a verify that fails and then passes against the
 * real Docker Engine. The expected texts come from the catalogue (src/ui/messages.ts) and the exercise files.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../src/i18n/current.js';
import type { Language } from '../src/i18n/language.js';
import { messages } from '../src/ui/messages.js';
import { containerSnapshot, docker, kata, learnerHomes, requireDocker, testLabel } from './support/kata.js';

/** The first exercise's title, as exercises/01-first-container/01-run-ubuntu.yaml has it. */
const firstTitle: Record<Language, string> = {
  en: 'Start a container from an image',
  nb: 'Start en container fra et image',
  nl: 'Start een container vanuit een image',
};

/** A text of the catalogue in one language. */
function say<T>(language: Language, pick: () => T): T {
  setLanguage(language);
  try {
    return pick();
  } finally {
    setLanguage('en');
  }
}

/** Help output with its wrapping undone, so a description can be found whole. */
const unwrapped = (text: string) => text.replace(/\s+/g, ' ');

/** No locale and no DOCKER_KATA_LANG from the machine the tests run on: each test sets what it needs. */
const neutral = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', DOCKER_KATA_LANG: '' };

const newLearner = learnerHomes();

describe('choosing the language', () => {
  it('--lang nb: next shows the Norwegian interface and exercise', async () => {
    const next = await kata(newLearner(), ['--lang', 'nb', 'next'], neutral);
    expect(next.exitCode, next.stderr).toBe(0);
    expect(next.stdout).toMatch(/Oppgave 1 av \d+ · /);
    expect(next.stdout).toContain(firstTitle.nb);
    expect(next.stdout).toContain(say('nb', () => messages.howToVerify));
    expect(next.stdout).toContain(say('nb', () => messages.progress));
    expect(next.stdout).not.toContain(firstTitle.en);
    expect(next.stdout).not.toContain(messages.howToVerify);
  });

  it('DOCKER_KATA_LANG=nl: list is Dutch', async () => {
    const list = await kata(newLearner(), ['list'], { ...neutral, DOCKER_KATA_LANG: 'nl' });
    expect(list.exitCode, list.stderr).toBe(0);
    expect(list.stdout).toContain(firstTitle.nl);
    expect(list.stdout).toContain(say('nl', () => messages.progress));
    expect(list.stdout).not.toContain(firstTitle.en);
  });

  it('LANG=nb_NO.UTF-8 picks Norwegian, and --lang still wins over it', async () => {
    const home = newLearner();
    const next = await kata(home, ['next'], { ...neutral, LANG: 'nb_NO.UTF-8' });
    expect(next.stdout).toContain(firstTitle.nb);
    expect(next.stdout).toContain(say('nb', () => messages.howToVerify));
    expect((await kata(home, ['--lang', 'en', 'next'], { ...neutral, LANG: 'nb_NO.UTF-8' })).stdout).toContain(firstTitle.en);
  });

  it('docker-kata lang nl is remembered; lang auto follows the locale again', async () => {
    const home = newLearner();
    const chosen = await kata(home, ['lang', 'nl'], neutral);
    expect(chosen.exitCode, chosen.stderr).toBe(0);
    expect(chosen.stdout).toContain(say('nl', () => messages.langSaved('nl')));

    const next = await kata(home, ['next'], neutral);
    expect(next.stdout).toContain(firstTitle.nl);
    expect(next.stdout).toContain(say('nl', () => messages.howToVerify));
    expect((await kata(home, ['lang'], neutral)).stdout).toContain(say('nl', () => messages.langCurrent('nl', 'remembered')));
    // DOCKER_KATA_LANG still wins over the remembered choice.
    expect((await kata(home, ['next'], { ...neutral, DOCKER_KATA_LANG: 'nb' })).stdout).toContain(firstTitle.nb);

    const auto = await kata(home, ['lang', 'auto'], neutral);
    expect(auto.exitCode, auto.stderr).toBe(0);
    expect(auto.stdout).toContain(messages.langAuto('en'));
    const back = await kata(home, ['next'], neutral);
    expect(back.stdout).toContain(firstTitle.en);
    expect(back.stdout).toContain(messages.howToVerify);
  });

  it('--lang nb --help describes every command in Norwegian', async () => {
    const help = await kata(newLearner(), ['--lang', 'nb', '--help'], neutral);
    expect(help.exitCode).toBe(0);
    const text = unwrapped(help.stdout);
    say('nb', () => {
      expect(text).toContain(messages.help.program);
      expect(text).toContain(messages.help.headings.commands);
      expect(text).toContain(messages.help.headings.options);
      expect(text).toContain(messages.help.options.track);
      expect(text).toContain(messages.help.version);
      expect(text).toContain(messages.help.helpOption);
      expect(text).toContain(messages.help.helpCommand);
      for (const command of ['next', 'verify', 'answer', 'hint', 'list', 'solution', 'reset', 'goto', 'watch', 'clean', 'doctor', 'lang'] as const) {
        expect(text).toContain(messages.help.commands[command].description);
      }
    });
    expect(text).not.toContain(messages.help.commands.verify.description);
    expect(text).not.toContain('Options:');
  });

  it('--lang nl verify --help is Dutch, and so is the hint after a usage mistake', async () => {
    const help = await kata(newLearner(), ['--lang', 'nl', 'verify', '--help'], neutral);
    expect(help.exitCode).toBe(0);
    const text = unwrapped(help.stdout);
    say('nl', () => {
      expect(text).toContain(`${messages.help.headings.usage} docker-kata verify`);
      expect(text).toContain(messages.help.commands.verify.description);
      expect(text).toContain(messages.help.commands.verify.options.json);
      expect(text).toContain(messages.help.helpOption);
    });

    const mistake = await kata(newLearner(), ['--lang', 'nl', 'verfy'], neutral);
    expect(mistake.exitCode).toBe(2);
    expect(mistake.stderr).toContain(say('nl', () => messages.help.afterError));
  });

  it('--lang de is refused with exit code 2, saying which languages there are', async () => {
    const refused = await kata(newLearner(), ['--lang', 'de', 'next'], neutral);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('"de"');
    expect(refused.stderr).toContain('en, nb, nl');
    expect(refused.stdout).toBe('');
    // Said in the language the learner would otherwise get.
    expect((await kata(newLearner(), ['--lang', 'de', 'next'], { ...neutral, LANG: 'nb_NO.UTF-8' })).stderr).toContain(
      say('nb', () => messages.langFlagUnknown('de')),
    );
  });
});

describe('verify in Norwegian and Dutch, against the real Docker Engine', () => {
  let snapshot: Awaited<ReturnType<typeof containerSnapshot>>;

  beforeAll(async () => {
    await requireDocker();
    snapshot = await containerSnapshot();
  });
  afterEach(async () => {
    await snapshot.cleanUp();
  });

  it.each<[Exclude<Language, 'en'>, Record<string, string>]>([
    ['nb', { ...neutral, LANG: 'nb_NO.UTF-8' }],
    ['nl', { ...neutral, DOCKER_KATA_LANG: 'nl' }],
  ])('%s: not yet, then passed', async (language, env) => {
    const home = newLearner();
    expect((await kata(home, ['next'], env)).stdout).toContain(firstTitle[language]);

    const notYet = await kata(home, ['verify'], env);
    expect(notYet.exitCode, notYet.stdout + notYet.stderr).toBe(1);
    expect(notYet.stdout).toContain(say(language, () => messages.notYet(firstTitle[language])));
    expect(notYet.stdout).toContain(say(language, () => messages.afterFailure));

    await docker('run', '-itd', '--label', testLabel, 'ubuntu');
    const passed = await kata(home, ['verify'], env);
    expect(passed.exitCode, passed.stdout + passed.stderr).toBe(0);
    expect(passed.stdout).toContain(say(language, () => messages.passed(firstTitle[language])));
    expect(passed.stdout).toContain(say(language, () => messages.nextUp));
    expect(passed.stdout).not.toContain(messages.passed(firstTitle.en));
  });
});
