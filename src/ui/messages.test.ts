import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/current.js';
import type { Language } from '../i18n/language.js';
import { messages } from './messages.js';

type Leaf = string | ((...args: never[]) => string);

/** Every text of the catalogue, in the language set now, by its path: "doctor.fixNode", "help.commands.verify.description". */
function leaves(node: object, path: string[] = []): Map<string, Leaf> {
  const found = new Map<string, Leaf>();
  for (const key of Object.keys(node)) {
    const value = (node as Record<string, unknown>)[key];
    if (typeof value === 'string' || typeof value === 'function') found.set([...path, key].join('.'), value as Leaf);
    else for (const [subpath, leaf] of leaves(value as object, [...path, key])) found.set(subpath, leaf);
  }
  return found;
}

function catalogue(language: Language): Map<string, Leaf> {
  setLanguage(language);
  return leaves(messages);
}

/**
 * Arguments for the messages that need more than a plain word per parameter (arrays, objects, numbers that pick
 * a branch): each list is tried in turn, so both the singular and the plural are exercised.
 */
const samples: Record<string, unknown[][]> = {
  hintsAvailable: [[3], [1], [0]],
  cleanDeclaredBy: [[[{ number: 7, id: 'run-nginx' }]], [[{ number: 7, id: 'run-nginx' }, { number: 8, id: 'name-it' }]]],
  cleanFound: [[1, 'SCOPE'], [4, 'SCOPE']],
  cleanAsk: [[1], [4]],
  cleanNeedsYes: [[1], [4]],
  cleanUntagged: [['web:1', []], ['web:1', ['web:2', 'web:latest']]],
  cleanInUse: [['container web', ['c1']], ['container web', ['c1', 'c2']]],
  cleanSummary: [[3, 0], [3, 1], [3, 2]],
  cleanWhat: [['container', 'web'], ['image', 'nginx:latest'], ['network', 'backend'], ['volume', 'data'], ['service', 'api']],
  validateSummary: [[1, 0, 1], [12, 3, 5]],
  langCurrent: [['nb', 'default'], ['nl', 'LANG'], ['nb', 'remembered']],
  'doctor.summaryOk': [[0], [1], [2]],
  'doctor.summaryProblems': [[1, 0], [2, 3]],
  'doctor.engineRule': ['flag', 'DOCKER_HOST', 'DOCKER_CONTEXT', 'config-context', 'default-socket'].map((rule) => [rule, 'SOURCE', '/run/real.sock']),
  'doctor.noEngineDetail': [[1], [4]],
  'doctor.fixWslIntegration': [[], ['Ubuntu']],
  'doctor.fixWsl1': [[], ['Ubuntu']],
  'doctor.daemonTitle': [['Docker Engine', '27.1.0', 'linux', 'amd64'], ['Docker Engine', '27.1.0']],
  'doctor.daemonDetail': [
    [{ operatingSystem: 'Ubuntu 24.04', kernelVersion: '6.8.0', driver: 'overlay2', cgroupVersion: '2', dockerRootDir: '/var/lib/docker', name: 'box' }],
  ],
  'doctor.apiDetail': [['1.24'], []],
  'doctor.clockOffset': [[90], [-90]],
  'doctor.wsl': [[2, 'Ubuntu'], [1]],
  'doctor.rootlessLowPorts': [[[80]], [[80, 443]]],
  'doctor.fixRootlessLowPorts': [[80]],
  'doctor.track': [['Docker basics', 1], ['Docker basics', 40]],
  'doctor.imagesPresent': [[1], [5]],
  'doctor.imagesMissing': [[['nginx:latest'], 5], [['nginx:latest', 'redis:7'], 5]],
  'doctor.imagesUnknown': [[2, 5]],
  'doctor.fixPullImages': [[['nginx:latest']], [['nginx:latest', 'redis:7']]],
  'doctor.portsFree': [[[8080]], [[8080, 5432]]],
  'doctor.portsFreeDetail': [[1], [2]],
  'doctor.portPublished': [[8080, [{ name: 'web', image: 'nginx' }]], [8080, [{ name: 'web', image: 'nginx' }, { name: 'api', image: 'node' }]]],
  'doctor.fixPortContainer': [[8080, ['web']], [8080, ['web', 'api']]],
  'doctor.diskFree': [['12 GB', 'docker-root', '/var/lib/docker'], ['12 GB', 'state-folder', '/home/ada/.docker-kata']],
  'doctor.fixNode': [['>=20']],
};

/** Parameters that pick a word rather than being shown as given (an object kind, a rule, where a choice came from). */
const choosers: Record<string, number[]> = { cleanWhat: [0], langCurrent: [1], 'doctor.engineRule': [0], 'doctor.diskFree': [1] };

/** One distinct word per parameter, for the messages that only print what they are given. */
const argumentsFor = (path: string, fn: Leaf): unknown[][] => samples[path] ?? [Array.from({ length: (fn as () => string).length }, (_, index) => `ARG${index}x`)];

/** The words and numbers inside sample arguments, as they would appear in a text. */
const printable = (value: unknown): string[] =>
  typeof value === 'string' || typeof value === 'number'
    ? [String(value)]
    : Array.isArray(value)
      ? value.flatMap(printable)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(printable)
        : [];

/** What a text says: a string itself, a message with each set of sample arguments. */
const outputs = (leaf: Leaf, args: unknown[][]): string[] =>
  typeof leaf === 'string' ? [leaf] : args.map((list) => (leaf as (...args: unknown[]) => string)(...list));

/**
 * Entries that may read the same as in English: product and feature names, and texts made only of
 * what they are given. Everything else must really be translated.
 */
const sameAsEnglish: Record<'nb' | 'nl', string[]> = {
  nb: ['watchStatus', 'doctor.candidateFailed', 'doctor.imageUnknown', 'doctor.daemonTitle', 'doctor.dockerDesktop', 'doctor.colima', 'doctor.rootless'],
  nl: [
    'watchStatus',
    'doctor.candidateFailed',
    'doctor.imageUnknown',
    'doctor.daemonTitle',
    'doctor.dockerDesktop',
    'doctor.colima',
    'doctor.rootless',
    'doctor.wsl',
    'cleanGroup.container',
    'cleanGroup.service',
    'cleanGroup.volume',
    'cleanGroup.image',
    // Docker's words for these are Dutch too.
    'objectTypes.container',
    'objectTypes.image',
    'objectTypes.volume',
    'objectTypes.service',
  ],
};

describe('messages', () => {
  afterEach(() => setLanguage('en'));
  const english = catalogue('en');

  it('has a few hundred texts to translate', () => {
    expect(english.size).toBeGreaterThan(200);
  });

  describe.each(['nb', 'nl'] as const)('%s', (language) => {
    // The texts themselves: plain strings and functions that do not depend on the language set at the moment.
    const translated = catalogue(language);

    it('has every English entry, of the same kind, and nothing else', () => {
      expect([...translated.keys()]).toEqual([...english.keys()]);
      for (const [path, leaf] of english) expect(typeof translated.get(path), path).toBe(typeof leaf);
    });

    it('has no empty text', () => {
      for (const [path, leaf] of translated) {
        const args = argumentsFor(path, english.get(path)!);
        const inEnglish = outputs(english.get(path)!, args);
        outputs(leaf, args).forEach((text, index) => {
          if (inEnglish[index].trim() !== '') expect(text.trim(), `${path}(${JSON.stringify(args[index])})`).not.toBe('');
        });
      }
    });

    it('takes the same arguments as English and shows what English shows of them', () => {
      for (const [path, leaf] of translated) {
        if (typeof leaf !== 'function') continue;
        const englishLeaf = english.get(path) as Leaf;
        expect(leaf.length, `${path}: number of parameters`).toBe((englishLeaf as () => string).length);
        const args = argumentsFor(path, englishLeaf);
        const inEnglish = outputs(englishLeaf, args);
        const inTranslation = outputs(leaf, args);
        args.forEach((list, index) => {
          for (const word of printable(list.filter((_, position) => !choosers[path]?.includes(position)))) {
            if (inEnglish[index].includes(word)) expect(inTranslation[index], `${path}(${JSON.stringify(list)}) should show ${word}`).toContain(word);
          }
        });
      }
    });

    it('is really translated: every entry differs from English, but names and legends', () => {
      const same = [...translated].filter(([path, leaf]) => {
        const args = argumentsFor(path, leaf);
        return outputs(leaf, args).join('\n') === outputs(english.get(path)!, args).join('\n');
      });
      expect(same.map(([path]) => path).sort()).toEqual([...sameAsEnglish[language]].sort());
      expect(same.length / translated.size).toBeLessThan(0.1);
    });

    it('keeps docker-kata commands untranslated', () => {
      for (const [path, leaf] of english) {
        const args = argumentsFor(path, leaf);
        const englishText = outputs(leaf, args).join('\n');
        const text = outputs(translated.get(path)!, args).join('\n');
        for (const command of englishText.match(/docker-kata (?:verify|hint|solution|list|clean|reset|doctor|validate|goto|watch|lang|answer|dev check)\b[^,.;)]*/g) ?? []) {
          const name = command.split(' ').slice(0, 2).join(' ');
          expect(text, `${path} should name ${name}`).toContain(name);
        }
      }
    });
  });

  it('reads in the language of the moment', () => {
    setLanguage('nb');
    expect(messages.passed('Start en container')).toBe('✓ Bestått: Start en container');
    setLanguage('nl');
    expect(messages.notYet('Start een container')).toBe('✗ Nog niet: Start een container');
    expect(messages.help.commands.verify.options.json).toContain('JSON');
  });
});
