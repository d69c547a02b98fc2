/**
 * The built-in track on Podman's Docker-compatible API, proven as on Docker (track.e2e.test.ts): `docker-kata dev
 * check` types every reference solution into a real terminal, with the real docker CLI talking to Podman. Every
 * exercise must be proven, except those whose file says they need Docker Engine (needsDocker): exactly those are
 * skipped. Run by `npm run test:podman`, which starts Podman first (test/podman/start.sh) and stops it after.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { join } from 'node:path';
import { loadTrack } from '../../src/track/load.js';
import type { DevCheckReport } from '../../src/dev/check.js';
import { kata, learnerHomes, repoRoot, type Run } from '../support/kata.js';
import { expectProven } from '../support/track-proof.js';

const track = loadTrack(join(repoRoot, 'exercises'), join(repoRoot, 'solutions'));
/** Where start.sh's registry listens; it holds the alpine stand-in for the pull exercise. */
const registry = '127.0.0.1:15000';
/** Generous: every reference solution, then every variant and near miss from a clean start. */
const runTimeoutMs = 45 * 60_000;
const newLearner = learnerHomes();

/** The tests run against Podman or not at all: DOCKER_HOST must name a socket where Podman answers. */
async function requirePodman(): Promise<string> {
  const host = process.env.DOCKER_HOST ?? '';
  const howTo = 'Start it with `export "$(bash test/podman/start.sh)"` (as root), or run `npm run test:podman`, which does.';
  if (!host.startsWith('unix://')) throw new Error(`The Podman tests need DOCKER_HOST=unix://…/podman.sock; it is "${host}". ${howTo}`);
  const podmanVersion = await new Promise<string | undefined>((resolve, reject) => {
    const request = http.get({ socketPath: host.slice('unix://'.length), path: '/_ping', timeout: 5000 }, (response) => {
      response.resume();
      const header = response.headers['libpod-api-version'];
      resolve(typeof header === 'string' ? header : undefined);
    });
    request.on('timeout', () => request.destroy(new Error('no answer within 5 s')));
    request.on('error', (error) => reject(new Error(`Podman does not answer at ${host}: ${error.message}. ${howTo}`)));
  });
  if (!podmanVersion) throw new Error(`What answers at ${host} is not Podman (no Libpod-Api-Version header). ${howTo}`);
  return podmanVersion;
}

describe('the built-in track on Podman, proven by dev check', () => {
  let podmanVersion: string;
  let run: Run;
  let report: DevCheckReport | undefined;

  beforeAll(async () => {
    podmanVersion = await requirePodman();
    run = await kata(newLearner(), ['dev', 'check', '--registry', registry, '--json'], {}, { timeoutMs: runTimeoutMs });
    try {
      report = JSON.parse(run.stdout);
    } catch {
      report = undefined;
    }
  }, runTimeoutMs + 60_000);

  it('reports on every exercise, against Podman', () => {
    expect(report, `dev check printed no JSON (exit ${run.exitCode})\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`).toBeDefined();
    expect(report!.engine).toBe(process.env.DOCKER_HOST);
    expect(report!.exercises.map((outcome) => outcome.id)).toEqual(track.exercises.map((exercise) => exercise.id));
  });

  it('skips exactly the exercises that say they need Docker, and proves every other one', () => {
    const needsDocker = track.exercises.filter((exercise) => exercise.definition.needsDocker).map((exercise) => exercise.id);
    expect(needsDocker.length).toBeGreaterThan(0);
    expect(report?.exercises.filter((outcome) => outcome.skipped !== undefined).map((outcome) => outcome.id)).toEqual(needsDocker);
    expectProven(track.exercises.filter((exercise) => !exercise.definition.needsDocker), report?.exercises);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(report?.passed).toBe(true);
  });

  it('verify on an exercise that needs Docker says so, with the way on, exit 2, and records no pass', async () => {
    const home = newLearner();
    const swarmInit = track.exercises.find((exercise) => exercise.id === 'swarm-init')!;
    expect((await kata(home, ['goto', String(swarmInit.number)])).exitCode).toBe(0);
    const verify = await kata(home, ['verify']);
    expect(verify.exitCode).toBe(2);
    expect(verify.stderr).toContain(`Exercise ${swarmInit.number} needs Docker Engine, and docker-kata reached Podman ${podmanVersion} at ${process.env.DOCKER_HOST}`);
    expect(verify.stderr).toContain('Podman has no swarm mode.');
    expect(verify.stderr).toContain(`docker-kata goto ${swarmInit.number + 1}`);
    const list = JSON.parse((await kata(home, ['list', '--json'])).stdout) as { exercises: Array<{ id: string; status: string }> };
    expect(list.exercises.find((exercise) => exercise.id === 'swarm-init')?.status).toBe('current');
  });
});
