/**
 * `docker-kata doctor` against the real Docker Engine: it names the engine and the rule that found it, the
 * daemon's version as `docker version` reports it, a port the track uses that something else holds, and, with no
 * engine, the place it tried and the fix; and it only reads (GET and HEAD, through a recording proxy).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer as createHttpServer } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createTcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { containerSnapshot, docker, kata, learnerHomes, requireDocker, testLabel } from './support/kata.js';
import { recordingProxy } from './support/proxy.js';

interface Finding {
  id: string;
  status: 'ok' | 'warn' | 'problem' | 'info';
  title: string;
  detail: string;
  fix?: string;
}
interface Report {
  engine: { found: boolean; url: string | null; rule: string | null; candidates: Array<{ url: string; outcome: string; reason: string | null }> };
  daemon: { serverVersion: string; apiVersion: string; os: string; arch: string } | null;
  findings: Finding[];
}



/** A port nothing listens on right now: the kernel picks one. */
async function freePort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A one-exercise track that says it uses these images and host ports. */
function tinyTrack(images: string[], ports: number[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'docker-kata-doctor-track-'));
  mkdirSync(join(dir, '01-doctor'));
  writeFileSync(join(dir, 'track.yaml'), 'format: 1\nid: doctor-e2e\nname: Doctor test track\n');
  writeFileSync(
    join(dir, '01-doctor', '01-serve.yaml'),
    [
      'format: 1',
      'id: serve',
      'title: Serve something',
      'instructions: Publish a port.',
      'hints: [one, two]',
      'uses:',
      `  images: [${images.join(', ')}]`,
      `  ports: [${ports.join(', ')}]`,
      'checks:',
      '  - kind: container',
      '    image: alpine',
      '    expect: { state: running }',
      '',
    ].join('\n'),
  );
  return dir;
}

const parse = (stdout: string) => JSON.parse(stdout) as Report;
const finding = (report: Report, id: string) => report.findings.find((candidate) => candidate.id === id);
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('docker-kata doctor', () => {
  const cleanUps: Array<() => void | Promise<void>> = [];
  let snapshot: Awaited<ReturnType<typeof containerSnapshot>>;
  const newLearner = learnerHomes();

  beforeAll(async () => {
    await requireDocker();
    snapshot = await containerSnapshot();
  });
  afterAll(async () => {
    for (const cleanUp of cleanUps.reverse()) await cleanUp();
    await snapshot?.cleanUp();
  });

  it('names the engine, the rule that found it, and the version docker reports; --json parses', async () => {
    const home = newLearner();
    const expectedRule = process.env.DOCKER_HOST ? 'DOCKER_HOST' : 'default-socket';
    const serverVersion = (await docker('version', '--format', '{{.Server.Version}}')).trim();

    const human = await kata(home, ['doctor']);
    expect([0, 1], human.stdout + human.stderr).toContain(human.exitCode);
    expect(human.stdout).toContain('✓ Docker Engine found at unix://');
    expect(human.stdout).toContain(`rule "${expectedRule}"`);
    expect(human.stdout).toContain(serverVersion);
    expect(human.stdout).toMatch(/Engine API \d+\.\d+/);
    expect(human.stdout).toMatch(/free on the disk of/);
    expect(human.stdout).toContain('Node.js');

    const json = await kata(home, ['doctor', '--json']);
    expect(json.exitCode).toBe(human.exitCode);
    const report = parse(json.stdout);
    expect(report.engine).toMatchObject({ found: true, rule: expectedRule });
    expect(report.engine.candidates.find((candidate) => candidate.outcome === 'answered')?.url).toBe(report.engine.url);
    expect(report.daemon?.serverVersion).toBe(serverVersion);
    expect(report.daemon?.apiVersion).toMatch(/^\d+\.\d+$/);
    expect(finding(report, 'engine')?.status).toBe('ok');
    expect(finding(report, 'api-version')?.status).toBe('ok');
    // Doctor reads the progress file's folder, and never creates or changes anything in it.
    expect(finding(report, 'state-file')?.title).toContain(join(home, 'state.json'));
  });

  it('reports a port the track uses as busy when a program here holds it, with the fix', async () => {
    const port = await freePort();
    const server = createHttpServer((_, response) => response.end('not docker'));
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    cleanUps.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const track = tinyTrack(['alpine', 'docker-kata-doctor-e2e-missing:never'], [port]);
    cleanUps.push(() => rmSync(track, { recursive: true, force: true }));
    const home = newLearner();

    const json = await kata(home, ['--track', track, 'doctor', '--json']);
    expect(json.exitCode, json.stdout + json.stderr).toBe(1);
    const report = parse(json.stdout);
    expect(finding(report, `port-${port}`)).toMatchObject({ status: 'problem', title: `Port ${port} is taken by a program on this machine` });
    expect(finding(report, `port-${port}`)?.fix).toContain(`docker ps --filter publish=${port}`);
    // An image that is not here is a warning: it will be pulled on first use.
    expect(finding(report, 'images')).toMatchObject({ status: 'warn', fix: expect.stringContaining('docker pull docker-kata-doctor-e2e-missing:never') });

    const human = await kata(home, ['--track', track, 'doctor']);
    expect(human.exitCode).toBe(1);
    expect(human.stdout).toContain(`✗ Port ${port} is taken by a program on this machine`);
    expect(oneLine(human.stdout)).toContain(`Fix: Stop what uses port ${port}`);
    expect(oneLine(human.stdout)).toContain('1 problem, 1 warning');
  });

  it('names the container that publishes a port the track uses', async () => {
    const port = await freePort();
    const name = `docker-kata-doctor-e2e-${process.pid}`;
    const id = (await docker('run', '-d', '--label', testLabel, '--name', name, '-p', `${port}:80`, 'alpine', 'sleep', '300')).trim();
    cleanUps.push(async () => void (await docker('rm', '-f', id)));
    const track = tinyTrack(['alpine'], [port]);
    cleanUps.push(() => rmSync(track, { recursive: true, force: true }));

    const json = await kata(newLearner(), ['--track', track, 'doctor', '--json']);
    expect(json.exitCode, json.stdout + json.stderr).toBe(1);
    const busy = finding(parse(json.stdout), `port-${port}`);
    expect(busy).toMatchObject({ status: 'problem', title: `Port ${port} is published by container \`${name}\` (alpine)` });
    expect(busy?.fix).toContain(`docker stop ${name}`);
  });

  it('exits 2 without an engine, listing the place it tried and the fix', async () => {
    const home = newLearner();
    const human = await kata(home, ['--host', 'unix:///nonexistent.sock', 'doctor']);
    expect(human.exitCode).toBe(2);
    expect(human.stdout).toContain('✗ No Docker Engine answers');
    expect(human.stdout).toContain('--host: unix:///nonexistent.sock: nothing there');
    expect(human.stdout).toContain('connect ENOENT /nonexistent.sock');
    expect(oneLine(human.stdout)).toContain('Fix: Is Docker running?');
    expect(oneLine(human.stdout)).toContain('check that --host points at it');
    // Everything else is still checked.
    expect(human.stdout).toContain('Node.js');

    const json = await kata(home, ['--host', 'unix:///nonexistent.sock', 'doctor', '--json']);
    expect(json.exitCode).toBe(2);
    const report = parse(json.stdout);
    expect(report.engine).toMatchObject({ found: false, url: null });
    expect(report.engine.candidates).toEqual([expect.objectContaining({ url: 'unix:///nonexistent.sock', outcome: 'failed', reason: 'no-socket' })]);
    expect(report.daemon).toBeNull();
    expect(finding(report, 'engine')).toMatchObject({ status: 'problem', fix: expect.stringContaining('--host') });
  });

  it('sends only GET and HEAD requests to the Engine API', async () => {
    const proxy = await recordingProxy();
    cleanUps.push(async () => {
      await proxy.close();
    });
    const track = tinyTrack(['alpine', 'docker-kata-doctor-e2e-missing:never'], [await freePort()]);
    cleanUps.push(() => rmSync(track, { recursive: true, force: true }));
    const home = newLearner();

    for (const args of [['doctor'], ['doctor', '--json'], ['--track', track, 'doctor'], ['--track', track, 'doctor', '--json']]) {
      const run = await kata(home, ['--host', proxy.host, ...args]);
      expect([0, 1], run.stdout + run.stderr).toContain(run.exitCode);
    }
    const seen = (pattern: RegExp) => proxy.requests.some((line) => pattern.test(line));
    expect(seen(/^GET \S*\/_ping/)).toBe(true);
    expect(seen(/^GET \S*\/version/)).toBe(true);
    expect(seen(/^GET \S*\/info/)).toBe(true);
    expect(seen(/^GET \S*\/images\/alpine\/json/)).toBe(true);
    expect(seen(/^GET \S*\/containers\/json\?.*publish/)).toBe(true);
    expect(proxy.requests.filter((line) => !/^(GET|HEAD) /.test(line))).toEqual([]);
  });
});
