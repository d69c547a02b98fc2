import { describe, expect, it } from 'vitest';
import { loadTrack } from './load.js';
import { translationCoverage } from './coverage.js';

describe('the built-in track in every language', () => {
  it('has every learner-facing text in English, Norwegian and Dutch', () => {
    const coverage = translationCoverage(loadTrack('exercises', 'solutions'));
    for (const { language, translated, total, missing } of coverage) {
      expect(missing, `${language} is missing:\n${missing.join('\n')}`).toEqual([]);
      expect(translated).toBe(total);
    }
  });
});
