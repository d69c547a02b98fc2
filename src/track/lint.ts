import { existsSync } from 'node:fs';
import type { ExerciseDefinition, Text } from './exercise-schema.js';
import type { Exercise, Positioner, TrackProblem } from './load.js';
import { fieldName, stringsUnder, type FieldPath } from './walk.js';

/** Keys that name an image: selectors and actors (`image`), image checks (`reference`), `uses.images`. */
const imageKeys = ['image', 'reference', 'images'];

/** What `validate` adds to loading: files a track should have, and habits that bite learners later. */
export interface Finding extends TrackProblem {
  severity: 'error' | 'warning';
}

export function lintExercises(exercises: Exercise[], positions: Map<Exercise, Positioner>, relativeTo: (path: string) => string): Finding[] {
  const findings: Finding[] = [];
  for (const exercise of exercises) {
    const position = positions.get(exercise) ?? (() => ({ line: 1, column: 1 }));
    if (!existsSync(exercise.solutionFile)) {
      findings.push({
        severity: 'error',
        file: exercise.file,
        line: 1,
        column: 1,
        field: '',
        message: `has no reference solution: write ${relativeTo(exercise.solutionFile)} (the lines a learner types)`,
      });
    }
    for (const { path, value } of stringsUnder(exercise.definition, imageKeys)) {
      if (hasTagOrDigest(value)) continue;
      findings.push({
        severity: 'warning',
        file: exercise.file,
        ...position(path),
        field: fieldName(path),
        message: `image "${value}" has no tag, so it means ${value}:latest, which moves; write ${value}:latest to say so, or pin a version`,
      });
    }
    exercise.definition.checks.forEach((check, index) => {
      const internals = internalsShownBy(check);
      if (check.description !== undefined || internals.length === 0) return;
      findings.push({
        severity: 'warning',
        file: exercise.file,
        ...position(['checks', index]),
        field: fieldName(['checks', index]),
        message: `has no description, so verify would show the learner ${internals.join(' and ')}; describe the check in the learner's words`,
      });
    });
    for (const { path, value } of learnerTexts(exercise.definition)) {
      for (const internal of internalsIn(value)) {
        findings.push({ severity: 'warning', file: exercise.file, ...position(path), field: fieldName(path), message: internal });
      }
    }
  }
  return findings;
}

/**
 * What a check's generated "expected" text would show that a learner cannot read: inspect paths (`where`) and
 * regular expressions (`matches` at any depth, image `history`). A description replaces that text.
 */
function internalsShownBy(check: ExerciseDefinition['checks'][number]): string[] {
  const where = Array.isArray(check.where) ? check.where.map((condition: { path?: unknown }) => String(condition.path)) : [];
  const regexes = stringsUnder(check, check.kind === 'image' ? ['matches', 'history'] : ['matches']).map(({ value }) => value);
  return [
    ...(where.length ? [`inspect paths (${where.join(', ')})`] : []),
    ...(regexes.length ? [`regular expressions (${regexes.map((regex) => `/${regex}/`).join(', ')})`] : []),
  ];
}

/** Every learner-facing text of an exercise, one per language, with where it is. */
function learnerTexts(definition: ExerciseDefinition): Array<{ path: FieldPath; value: string }> {
  const texts: Array<{ path: FieldPath; text: Text | undefined }> = [
    ...(['title', 'instructions', 'question', 'success'] as const).map((key) => ({ path: [key], text: definition[key] })),
    ...definition.hints.map((text, index) => ({ path: ['hints', index], text })),
    ...definition.checks.map((check, index) => ({ path: ['checks', index, 'description'], text: check.description })),
  ];
  return texts.flatMap(({ path, text }) =>
    typeof text === 'string'
      ? [{ path, value: text }]
      : Object.entries(text ?? {}).flatMap(([language, value]) => (typeof value === 'string' ? [{ path: [...path, language], value }] : [])),
  );
}

/** Engine event names in backticks, which learners never type: `exec_start`, `die`, `health_status: healthy`. */
const eventName = /`(exec_(?:create|start|die|detach)|health_status(?::[^`]*)?|die|destroy|oom)`/g;
/** A regular expression written as /^…/: no file path starts with /^. */
const anchoredRegex = /(?:^|[\s(`"'])(\/\^[^\n]*?\/)(?=$|[\s)`"',.;:!?])/gm;

/** Why a learner-facing text shows an internal, once per internal found. */
export function internalsIn(text: string): string[] {
  return [
    ...[...text.matchAll(eventName)].map(
      ([, name]) => `shows the Engine event name \`${name}\`, which learners never type; say what happens instead (a command run with \`docker exec\`, a container removed, ...)`,
    ),
    ...[...text.matchAll(anchoredRegex)].map(([, regex]) => `shows the regular expression ${regex}; say in words what it matches`),
  ];
}


/** ubuntu:24.04, ubuntu@sha256:…, python:* (any tag), localhost:5000/app:1 — but not localhost:5000/app. */
export function hasTagOrDigest(reference: string): boolean {
  if (reference.includes('@')) return true;
  const lastPart = reference.slice(reference.lastIndexOf('/') + 1);
  return lastPart.includes(':');
}
