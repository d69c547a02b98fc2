/**
 * The commands around verify, run as a learner runs them: help, version, hints, solutions, navigation,
 * progress files, and what happens when no Docker Engine can be reached.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kata, learnerHomes, repoRoot } from './support/kata.js';

const newLearner = learnerHomes();

describe('docker-kata commands', () => {
  it('lists every command with a description, and prints its version', async () => {
    const home = newLearner();
    const help = await kata(home, ['--help']);
    expect(help.exitCode).toBe(0);
    for (const command of ['next', 'verify', 'answer', 'hint', 'list', 'solution', 'reset', 'goto']) {
      expect(help.stdout).toMatch(new RegExp(`\\n  ${command}\\b.*\\w`));
    }
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect((await kata(home, ['--version'])).stdout.trim()).toBe(version);
  });

  it('answers a usage mistake with exit code 2 and a pointer to help', async () => {
    const unknown = await kata(newLearner(), ['verfy']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'verfy'");
    expect(unknown.stderr).toContain('docker-kata --help');
  });

  it('reveals hints one at a time and remembers how many', async () => {
    const home = newLearner();
    const first = await kata(home, ['hint']);
    expect(first.stdout).toContain('Hint 1 of');
    expect(first.stdout).not.toContain('Hint 2 of');
    const second = await kata(home, ['hint']);
    expect(second.stdout).toContain('Hint 2 of');
    const state = JSON.parse(readFileSync(join(home, 'state.json'), 'utf8'));
    expect(state.tracks['docker-basics'].exercises['run-ubuntu'].hintsShown).toBe(2);
  });

  it('asks before showing an unsolved solution, and shows it with --yes', async () => {
    const home = newLearner();
    const refused = await kata(home, ['solution']);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('docker-kata solution --yes');
    const shown = await kata(home, ['solution', '--yes']);
    expect(shown.exitCode).toBe(0);
    expect(shown.stdout).toContain('docker run -it ubuntu');
  });

  it('jumps with goto by number or id, and refuses what does not exist', async () => {
    const home = newLearner();
    expect((await kata(home, ['goto', '3'])).stdout).toContain('Exercise 3 of');
    expect((await kata(home, ['goto', 'inspect-image'])).stdout).toContain('Config.Cmd');
    const missing = await kata(home, ['goto', '999']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('There is no exercise "999"');
    const list = JSON.parse((await kata(home, ['list', '--json'])).stdout) as { exercises: Array<{ id: string; current: boolean }> };
    expect(list.exercises.find((exercise) => exercise.current)?.id).toBe('inspect-image');
  });

  it('refuses to answer an exercise that asks no question', async () => {
    const result = await kata(newLearner(), ['answer', 'hello']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('asks no question');
  });

  it("shows on an exercise's page that it needs Docker Engine, and why, in the learner's language", async () => {
    const home = newLearner();
    expect((await kata(home, ['goto', 'swarm-init'])).stdout).toContain('Needs Docker Engine (not Podman): Podman has no swarm mode.');
    expect((await kata(home, ['next'], { DOCKER_KATA_LANG: 'nb' })).stdout).toContain('Krever Docker Engine (ikke Podman): Podman har ikke swarm-modus.');
    expect((await kata(home, ['goto', '1'])).stdout).not.toContain('Needs Docker Engine');
  });

  it('resets one exercise, and everything only when told to', async () => {
    const home = newLearner();
    await kata(home, ['hint']);
    expect((await kata(home, ['reset'])).stdout).toContain('starts afresh');
    const refused = await kata(home, ['reset', '--all']);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('--all --yes');
    expect((await kata(home, ['reset', '--all', '--yes'])).exitCode).toBe(0);
  });

  it('keeps a damaged progress file as a backup and goes on', async () => {
    const home = newLearner();
    writeFileSync(join(home, 'state.json'), '{ this is not json');
    const next = await kata(home, ['next']);
    expect(next.exitCode).toBe(0);
    expect(next.stderr).toContain('was damaged');
    expect(readdirSync(home).some((file) => file.startsWith('state.json.corrupt-'))).toBe(true);
  });
});

describe('without a reachable Docker Engine', () => {
  it('says which address was tried, why it failed and what to do, with exit code 2', async () => {
    const result = await kata(newLearner(), ['--host', 'unix:///nonexistent/docker.sock', 'verify']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('/nonexistent/docker.sock');
    expect(result.stderr).toMatch(/--host/);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('names the variable that holds a malformed address', async () => {
    const result = await kata(newLearner(), ['verify'], { DOCKER_HOST: 'htp://localhost:2375' });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('DOCKER_HOST');
  });
});
