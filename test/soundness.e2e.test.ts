/**
 * The three promises verification rests on, each against the real Docker Engine:
 * 1. docker-kata only reads: the Engine API sees nothing but GET and HEAD (a recording proxy sits in front of
 *    the daemon's socket);
 * 2. nothing that existed before the learner started an exercise makes it pass;
 * 3. a passed exercise stays passed when later steps remove what it looked at.
 * And near misses fail with a message that says what is wrong.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as delay } from 'node:timers/promises';
import { containerSnapshot, docker, kata, learnerHomes, requireDocker, testLabel } from './support/kata.js';
import { recordingProxy } from './support/proxy.js';



describe('soundness', () => {
  let snapshot: Awaited<ReturnType<typeof containerSnapshot>>;
  const newLearner = learnerHomes();

  beforeAll(async () => {
    await requireDocker();
    snapshot = await containerSnapshot();
  });
  afterEach(async () => {
    await snapshot.cleanUp();
  });

  it('sends only GET and HEAD requests to the Engine API, whatever the command', async () => {
    const proxy = await recordingProxy();
    try {
      const home = newLearner();
      const viaProxy = (args: string[]) => kata(home, ['--host', proxy.host, ...args]);
      expect((await viaProxy(['next'])).exitCode).toBe(0);
      expect((await viaProxy(['verify'])).exitCode).toBe(1);
      expect((await viaProxy(['hint'])).exitCode).toBe(0);
      expect((await viaProxy(['list'])).exitCode).toBe(0);
      await docker('run', '-itd', '--label', testLabel, 'ubuntu');
      const pass = await viaProxy(['verify', '--json']);
      expect(pass.exitCode, pass.stdout).toBe(0);
      expect((await viaProxy(['verify'])).exitCode).toBe(1); // exercise 2, a file check through the archive endpoint
      await viaProxy(['goto', 'isolated-network']);
      expect((await viaProxy(['answer', '10.0.0.1'])).exitCode).toBe(1);
      await viaProxy(['goto', 'pull-an-image']);
      expect((await viaProxy(['verify'])).exitCode).toBe(1); // an event check

      expect(proxy.requests.length).toBeGreaterThan(5);
      expect(proxy.requests.some((request) => request.startsWith('GET /_ping'))).toBe(true);
      expect(proxy.requests.some((request) => /GET \S*\/containers\/json/.test(request))).toBe(true);
      expect(proxy.requests.some((request) => /GET \S*\/archive/.test(request))).toBe(true);
      expect(proxy.requests.some((request) => /GET \S*\/events/.test(request))).toBe(true);
      expect(proxy.requests.filter((request) => !/^(GET|HEAD) /.test(request))).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it('does not count a container made before the learner started the exercise', async () => {
    const home = newLearner();
    const leftover = (await docker('run', '-itd', '--label', testLabel, 'ubuntu')).slice(0, 12);
    await delay(1100); // creation times have whole-second precision in places: keep the two moments apart
    expect((await kata(home, ['next'])).exitCode).toBe(0);
    const verify = await kata(home, ['verify']);
    expect(verify.exitCode).toBe(1);
    const name = (await docker('inspect', '--format', '{{.Name}}', leftover)).slice(1);
    expect(verify.stdout).toContain(name);
    expect(verify.stdout.replace(/\s+/g, ' ')).toContain('before you started this exercise');
  });

  it('keeps a passed exercise passed when its container is gone later', async () => {
    const home = newLearner();
    await kata(home, ['next']);
    const container = await docker('run', '-itd', '--label', testLabel, 'ubuntu');
    expect((await kata(home, ['verify'])).exitCode).toBe(0);
    await docker('rm', '-f', container);

    await kata(home, ['goto', '1']);
    const again = await kata(home, ['verify']);
    expect(again.exitCode).toBe(1);
    expect(again.stdout).toContain('stays marked as done');
    const list = JSON.parse((await kata(home, ['list', '--json'])).stdout) as { exercises: Array<{ id: string; status: string }> };
    expect(list.exercises[0]).toMatchObject({ id: 'run-ubuntu', status: 'done' });
  });

  it('explains a near miss: ubuntu started without -it', async () => {
    const home = newLearner();
    await kata(home, ['next']);
    await docker('run', '--label', testLabel, 'ubuntu');
    const verify = await kata(home, ['verify']);
    expect(verify.exitCode).toBe(1);
    // Lines are wrapped to the terminal's width: read the text as one line.
    expect(verify.stdout.replace(/\s+/g, ' ')).toMatch(/found container `\w+` from ubuntu, but it exited normally \(exit code 0\), and it was started without a terminal \(-t\)/);
    expect(verify.stdout).toContain('docker-kata hint');
  });

  it('explains a near miss: the container was killed instead of left with Ctrl-D', async () => {
    const home = newLearner();
    await kata(home, ['next']);
    await docker('run', '-itd', '--label', testLabel, 'ubuntu');
    expect((await kata(home, ['verify'])).exitCode).toBe(0);
    await kata(home, ['goto', 'leave-the-container']);
    await docker('kill', (await docker('ps', '-lq', '--filter', 'ancestor=ubuntu')).trim());
    const verify = await kata(home, ['verify', '--json']);
    expect(verify.exitCode).toBe(1);
    const result = JSON.parse(verify.stdout) as { passed: boolean; checks: Array<{ passed: boolean; observed: string }> };
    expect(result.passed).toBe(false);
    expect(result.checks[0].observed).toContain('it was killed (exit code 137');
  });

  it('tells a wrong answer from a right one, read live from the daemon', async () => {
    const home = newLearner();
    await kata(home, ['goto', 'inspect-image']);
    expect((await kata(home, ['answer', '/bin/sh'])).exitCode).toBe(1);
    const cmd = JSON.parse(await docker('image', 'inspect', '--format', '{{json .Config.Cmd}}', 'ubuntu')) as string[];
    const right = await kata(home, ['answer', cmd[0]]);
    expect(right.exitCode, right.stdout).toBe(0);
  });
});
