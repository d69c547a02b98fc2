import { existsSync } from 'node:fs';
import type { Exercise, Positioner, TrackProblem } from './load.js';
import { fieldName, stringsUnder } from './walk.js';

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
  }
  return findings;
}


/** ubuntu:24.04, ubuntu@sha256:…, python:* (any tag), localhost:5000/app:1 — but not localhost:5000/app. */
export function hasTagOrDigest(reference: string): boolean {
  if (reference.includes('@')) return true;
  const lastPart = reference.slice(reference.lastIndexOf('/') + 1);
  return lastPart.includes(':');
}
