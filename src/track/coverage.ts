import { languages, type Language } from '../i18n/language.js';
import type { Text } from './exercise-schema.js';
import type { Track } from './load.js';

/** How much of a track is written in each language: every learner-facing text counts once. */
export interface Coverage {
  language: Language;
  translated: number;
  total: number;
  /** Where a translation is missing, e.g. "01-first-container/01-run-ubuntu.yaml: hints[1]". */
  missing: string[];
}

/** Every learner-facing text of a track, with where it is. */
export function trackTexts(track: Track): Array<{ where: string; text: Text }> {
  const texts: Array<{ where: string; text: Text | undefined }> = [
    { where: 'track.yaml: name', text: track.name },
    { where: 'track.yaml: welcome', text: track.welcome },
    { where: 'track.yaml: final', text: track.final },
  ];
  const modules = new Set<string>();
  for (const exercise of track.exercises) {
    if (!modules.has(exercise.module.folder)) {
      modules.add(exercise.module.folder);
      texts.push({ where: `${exercise.module.folder}: title`, text: exercise.module.title });
    }
    const { title, instructions, question, hints, success, needsDocker, checks } = exercise.definition;
    const at = (field: string) => `${exercise.file}: ${field}`;
    texts.push({ where: at('title'), text: title }, { where: at('instructions'), text: instructions });
    texts.push({ where: at('question'), text: question }, { where: at('success'), text: success }, { where: at('needsDocker'), text: needsDocker });
    hints.forEach((hint, index) => texts.push({ where: at(`hints[${index}]`), text: hint }));
    checks.forEach((check, index) => {
      texts.push({ where: at(`checks[${index}].description`), text: check.description });
      texts.push({ where: at(`checks[${index}].needsDocker`), text: check.needsDocker });
    });
  }
  return texts.filter((entry): entry is { where: string; text: Text } => entry.text !== undefined);
}

export function translationCoverage(track: Track, wanted: readonly Language[] = languages): Coverage[] {
  const texts = trackTexts(track);
  return wanted.map((language) => {
    const missing = texts
      .filter(({ text }) => language !== 'en' && (typeof text === 'string' || !text[language]))
      .map(({ where }) => where);
    return { language, translated: texts.length - missing.length, total: texts.length, missing };
  });
}
