/**
 * Instructors' tools, run as an instructor runs them: `validate` on broken and hostile tracks (every problem at
 * once, at its file:line:column, nothing executed), and `new` scaffolding an exercise that validates.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { kata, learnerHome } from './support/kata.js';

const folders: string[] = [];
const home = learnerHome();
afterAll(() => {
  folders.forEach((folder) => rmSync(folder, { recursive: true, force: true }));
  home.remove();
});

/** A track folder with these files (paths relative to it), and a solution for every exercise unless told. */
function track(files: Record<string, string>, { solutions = true } = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'docker-kata-track-'));
  folders.push(folder);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
    if (solutions && /^\d.*\/\d.*\.yaml$/.test(path)) {
      const solution = join(folder, 'solutions', path.replace(/\.yaml$/, '.sh'));
      mkdirSync(dirname(solution), { recursive: true });
      writeFileSync(solution, 'docker run -d --name web nginx:latest\n');
    }
  }
  return folder;
}

const exercise = (id: string, extra = '') => `format: 1
id: ${id}
title: Run ${id}
instructions: Do it.
hints: [one, two]
checks:
  - kind: container
    name: ${id}
    image: nginx:latest
${extra}`;

describe('docker-kata validate', () => {
  it('passes a clean track with exit code 0', async () => {
    const result = await kata(home.home, ['validate', track({ '01-a/01-web.yaml': exercise('web') })]);
    expect(result.stdout).toContain('1 exercise: no errors, 0 warnings');
    expect(result.exitCode).toBe(0);
  });

  it('reports every problem in every file at once, each at file:line:column with its field', async () => {
    const folder = track({
      '01-a/01-web.yaml': exercise('web').replace('title:', 'titel:'),
      '01-a/02-db.yaml': exercise('db').replace('kind: container', 'kind: containr'),
      '01-a/03-cache.yaml': exercise('cache', '    expect: { tty: "yes" }\n').replace('hints: [one, two]', 'hints: [one]'),
      '01-a/04-dup.yaml': exercise('ok'),
      '01-a/05-ok.yaml': exercise('ok'),
      '01-a/04-again.yaml': exercise('again').replace('nginx:latest', 'nginx'),
      '02-b/01-broken.yaml': 'format: 1\nid: [unclosed\n',
    });
    const result = await kata(home.home, ['validate', folder]);
    expect(result.exitCode).toBe(1);
    const lines = result.stdout.split('\n');
    const expectLine = (pattern: RegExp) => expect(lines.some((line) => pattern.test(line)), `${pattern}\n${result.stdout}`).toBe(true);
    expectLine(/01-a\/01-web\.yaml:3:1: error: titel: unknown key "titel" \(did you mean "title"\?\)/);
    expectLine(/01-a\/01-web\.yaml:1:1: error: title: missing required key "title"/);
    expectLine(/01-a\/02-db\.yaml:7:11: error: checks\[0\]\.kind: unknown kind "containr" \(did you mean "container"\?\); valid: container, image/);
    expectLine(/01-a\/03-cache\.yaml:5:8: error: hints: needs at least 2 entries, found 1/);
    expectLine(/01-a\/03-cache\.yaml:10:20: error: checks\[0\]\.expect\.tty: expected true or false/);
    expectLine(/01-a\/05-ok\.yaml:2:5: error: id: id "ok" is already used by 01-a\/04-dup\.yaml/);
    expectLine(/01-a\/04-dup\.yaml:1:1: error: has the same number as 04-again\.yaml/);
    expectLine(/01-a\/04-again\.yaml:9:12: warning: checks\[0\]\.image: image "nginx" has no tag/);
    expectLine(/02-b\/01-broken\.yaml:\d+:\d+: error: YAML syntax/);
    expect(result.stdout).toMatch(/\d+ exercises?: \d+ errors, 1 warning/);
  });

  it('reports a missing reference solution', async () => {
    const result = await kata(home.home, ['validate', track({ '01-a/01-web.yaml': exercise('web') }, { solutions: false })]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/01-web\.yaml:1:1: error: has no reference solution: write .*solutions\/01-a\/01-web\.sh/);
  });

  it('answers --json with the same findings', async () => {
    const result = await kata(home.home, ['validate', '--json', track({ '01-a/01-web.yaml': exercise('web').replace('nginx:latest', 'nginx') })]);
    const json = JSON.parse(result.stdout) as { errors: number; warnings: number; findings: Array<{ severity: string; line: number }> };
    expect(json).toMatchObject({ errors: 0, warnings: 1 });
    expect(json.findings[0]).toMatchObject({ severity: 'warning', line: 9 });
  });
});

describe('a hostile track', () => {
  it('stays data: script-like text is shown, never run', async () => {
    const marker = join(tmpdir(), `docker-kata-pwned-${process.pid}`);
    const folder = track({
      '01-a/01-web.yaml': exercise('web').replace('Do it.', `"$(touch ${marker})\`touch ${marker}\`; touch ${marker}"`),
    });
    for (const args of [['validate', folder], ['--track', folder, 'next'], ['--track', folder, 'list'], ['--track', folder, 'hint']]) {
      expect((await kata(home.home, args)).exitCode).toBe(0);
    }
    expect(existsSync(marker)).toBe(false);
  });

  it('refuses a YAML alias bomb without exhausting memory', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level++) bomb.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${String.fromCharCode(96 + level)}`).join(',')}]`);
    const result = await kata(home.home, ['validate', track({ '01-a/01-web.yaml': `${exercise('web')}${bomb.join('\n')}\n` })]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/uses \d+ YAML aliases \(\*name\); at most 50 are allowed/);
  });

  it('refuses a huge file', async () => {
    const result = await kata(home.home, ['validate', track({ '01-a/01-web.yaml': `${exercise('web')}# ${'x'.repeat(400 * 1024)}\n` })]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/01-web\.yaml:1:1: error: \d+ KiB is too large for an exercise file/);
  });

  it('refuses links that lead out of the track', async () => {
    const outside = track({ '01-x/01-secret.yaml': exercise('secret') });
    const folder = track({ '01-a/01-web.yaml': exercise('web') });
    symlinkSync(join(outside, '01-x'), join(folder, '02-linked'));
    const result = await kata(home.home, ['validate', folder]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/02-linked:1:1: error: is a link to a place outside the track folder/);
  });
});

describe('docker-kata new', () => {
  it('scaffolds an exercise and its solution with the next number, which validate accepts', async () => {
    const folder = track({ '01-a/01-web.yaml': exercise('web') });
    const created = await kata(home.home, ['--track', folder, 'new', 'run-redis']);
    expect(created.exitCode).toBe(0);
    expect(existsSync(join(folder, '01-a', '02-run-redis.yaml'))).toBe(true);
    expect(existsSync(join(folder, 'solutions', '01-a', '02-run-redis.sh'))).toBe(true);
    const validated = await kata(home.home, ['validate', folder]);
    expect(validated.stdout).toContain('2 exercises: no errors, 0 warnings');
    const again = await kata(home.home, ['--track', folder, 'new', 'run-redis']);
    expect(again.exitCode).toBe(2);
    expect((await kata(home.home, ['--track', folder, 'new', 'Bad Id'])).stderr).toContain('cannot be an exercise id');
  });
});
