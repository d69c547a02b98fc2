/**
 * The whole built-in track, proven the way a track author proves it: `docker-kata dev check`, run once, types
 * every reference solution into a real terminal (tmux) with the real docker CLI against the real Docker Engine.
 * For every exercise verify must fail before the solution and pass after it; afterwards nothing the run made
 * may be left on the daemon.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadTrack } from '../src/track/load.js';
import type { DevCheckReport, ExerciseOutcome } from '../src/dev/check.js';
import { startLocalRegistry, type LocalRegistry } from './support/registry.js';
import { docker, kata, learnerHome, repoRoot, requireDocker, type Run } from './support/kata.js';
import { expectProven } from './support/track-proof.js';

const track = loadTrack(join(repoRoot, 'exercises'), join(repoRoot, 'solutions'));
/** Generous: the run types every solution of the track and every variant and near miss, each from a clean start. */
const runTimeoutMs = 45 * 60_000;

const containerIds = async () => new Set((await docker('ps', '-aq', '--no-trunc')).split('\n').filter(Boolean));

describe('the built-in track, proven by dev check', () => {
  const instructor = learnerHome();
  let registry: LocalRegistry | undefined;
  let pulledImage: string | undefined;
  let containersBefore: Set<string>;
  let run: Run;
  const runWindow = { start: 0, end: 0 };
  let report: (Omit<DevCheckReport, 'exercises'> & { exercises: ExerciseOutcome[] }) | undefined;

  beforeAll(async () => {
    await requireDocker();
    containersBefore = await containerIds();
    // No registry is reachable from the tests: `docker pull alpine` is pointed at a local one (--registry), which
    // holds the alpine stand-in. Its local tag is removed again, so the pull really pulls.
    registry = await startLocalRegistry();
    pulledImage = `${registry.address}/library/alpine:latest`;
    await docker('tag', 'alpine', pulledImage);
    await docker('push', pulledImage);
    await docker('rmi', pulledImage);

    runWindow.start = Date.now();
    run = await kata(instructor.home, ['dev', 'check', '--registry', registry.address, '--json'], {}, { timeoutMs: runTimeoutMs });
    runWindow.end = Date.now();
    try {
      report = JSON.parse(run.stdout);
    } catch {
      report = undefined;
    }
  }, runTimeoutMs + 60_000);

  afterAll(async () => {
    if (pulledImage) await docker('rmi', pulledImage).catch(() => undefined);
    await registry?.stop();
    instructor.remove();
  });

  it('has at least 15 exercises, each with at least two hints', () => {
    expect(track.exercises.length).toBeGreaterThanOrEqual(15);
    for (const exercise of track.exercises) expect.soft(exercise.definition.hints.length, exercise.id).toBeGreaterThanOrEqual(2);
  });

  it('runs dev check over the whole track and reports on every exercise', () => {
    expect(report, `dev check printed no JSON (exit ${run.exitCode})\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`).toBeDefined();
    expect(report!.registry).toBe(registry!.address);
    expect(report!.exercises.map((outcome) => outcome.id)).toEqual(track.exercises.map((exercise) => exercise.id));
  });

  it('proves every exercise: verify fails before its solution and passes after it', () => {
    expectProven(track.exercises, report?.exercises);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(report?.passed).toBe(true);
  });

  it('leaves no container the run created behind', async () => {
    const left: string[] = [];
    for (const id of [...(await containerIds())].filter((candidate) => !containersBefore.has(candidate))) {
      const [created, name] = (await docker('inspect', '--format', '{{.Created}} {{.Name}} ({{.Config.Image}})', id).catch(() => '')).split(/ (.*)/);
      // Only what was made while dev check ran: the daemon is shared, so something else may start a container
      // between this test's snapshot and dev check's own.
      if (created && Date.parse(created) >= runWindow.start && Date.parse(created) <= runWindow.end) left.push(name);
    }
    expect(left).toEqual([]);
    expect(report?.cleanUp.removed.some((item) => item.startsWith('container '))).toBe(true);
  });
});
