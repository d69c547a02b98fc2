import { afterEach, describe, expect, it } from 'vitest';
import { localized } from './catalogue.js';
import { setLanguage } from './current.js';

const en = { hello: 'Hello', passed: (title: string) => `Passed: ${title}`, nested: { bye: 'Bye' } };
const words = localized({
  en,
  nb: { hello: 'Hei', passed: (title) => `Bestått: ${title}`, nested: { bye: 'Ha det' } },
  nl: { hello: 'Hallo', passed: (title) => `Geslaagd: ${title}`, nested: { bye: 'Dag' } },
});

describe('localized', () => {
  afterEach(() => setLanguage('en'));

  it('reads the catalogue of the language chosen at the moment of use', () => {
    expect(words.hello).toBe('Hello');
    setLanguage('nb');
    expect(words.hello).toBe('Hei');
    expect(words.passed('x')).toBe('Bestått: x');
    expect(words.nested.bye).toBe('Ha det');
    setLanguage('nl');
    expect(words.nested.bye).toBe('Dag');
  });

  it('lists the same keys as the English catalogue', () => {
    setLanguage('nl');
    expect(Object.keys(words)).toEqual(Object.keys(en));
  });
});
