/**
 * The package as a learner gets it: `npm pack`, installed into an empty folder, run through `npx docker-kata`.
 * Proves that `files`, `bin` and the runtime dependencies are right, and that no dev dependency is needed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './support/kata.js';

describe('the packed package', () => {
  const folder = mkdtempSync(join(tmpdir(), 'docker-kata-pack-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('installs from its tarball and runs with npx', { timeout: 300_000 }, async () => {
    await execa('npm', ['pack', '--pack-destination', folder], { cwd: repoRoot, env: { npm_config_loglevel: 'error' } });
    const tarball = readdirSync(folder).find((file) => file.endsWith('.tgz'));
    expect(tarball).toBeDefined();

    const app = join(folder, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'learner', version: '1.0.0', private: true }));
    await execa('npm', ['install', '--no-audit', '--no-fund', join(folder, tarball!)], { cwd: app, env: { npm_config_loglevel: 'error' } });
    expect(existsSync(join(app, 'node_modules', 'vitest'))).toBe(false);
    expect(existsSync(join(app, 'node_modules', 'typescript'))).toBe(false);

    const env = { DOCKER_KATA_HOME: join(folder, 'home'), FORCE_COLOR: '0' };
    const version = await execa('npx', ['docker-kata', '--version'], { cwd: app, env });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const next = await execa('npx', ['docker-kata', 'next'], { cwd: app, env });
    expect(next.stdout).toContain('Exercise 1 of');
    const solution = await execa('npx', ['docker-kata', 'solution', '--yes'], { cwd: app, env });
    expect(solution.stdout).toContain('docker run -it ubuntu');
    const validate = await execa('npx', ['docker-kata', 'validate'], { cwd: app, env });
    expect(validate.stdout).toMatch(/\d+ exercises: no errors/);
    expect(existsSync(join(app, 'node_modules', 'docker-kata', 'schemas', 'exercise.schema.json'))).toBe(true);
  });
});
