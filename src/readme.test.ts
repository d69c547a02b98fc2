import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkKinds } from './checks/index.js';
import { loadTrack } from './track/load.js';

/** The README is a newcomer's first page: keep its lists in step with the code they describe. */
describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('lists every check kind in its table', () => {
    for (const kind of Object.keys(checkKinds)) expect(readme).toMatch(new RegExp(`^\\| \`${kind}\` \\|`, 'm'));
  });

  it('has an authoring guide with a worked example of every check kind', () => {
    const guide = readFileSync('docs/authoring.md', 'utf8');
    for (const kind of Object.keys(checkKinds)) expect(guide).toMatch(new RegExp(`kind: ${kind}\\b`));
  });

  it('names every exercise of the built-in track, with its number', () => {
    const track = loadTrack('exercises', 'solutions');
    for (const exercise of track.exercises) expect(readme).toContain(`${exercise.number} ${exercise.id}`);
    expect(readme).toContain(`${track.exercises.length} exercises`);
  });
});
