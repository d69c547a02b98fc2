/**
 * Helpers for end-to-end tests: the built CLI run as a learner runs it, the real docker CLI, a real terminal
 * (tmux) for interactive steps, and clean-up of exactly what a test created.
 */
import { execa } from 'execa';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

export const repoRoot = resolve(import.meta.dirname, '../..');
const bin = join(repoRoot, 'bin', 'docker-kata.js');

export interface Run {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** A learner's own progress folder, so tests never see each other's state or the developer's. */
export function learnerHome(): { home: string; remove(): void } {
  const home = mkdtempSync(join(tmpdir(), 'docker-kata-e2e-'));
  return { home, remove: () => rmSync(home, { recursive: true, force: true }) };
}

export async function kata(home: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const result = await execa('node', [bin, ...args], {
    reject: false,
    timeout: 60_000,
    env: { FORCE_COLOR: '0', NO_COLOR: '1', DOCKER_KATA_HOME: home, ...env },
  });
  return { exitCode: result.exitCode ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export async function docker(...args: string[]): Promise<string> {
  return (await execa('docker', args, { timeout: 120_000 })).stdout;
}

/** End-to-end tests need a real Docker Engine: without one they fail, loudly, never skip. */
export async function requireDocker(): Promise<void> {
  const version = await execa('docker', ['version', '--format', '{{.Server.Version}}'], { reject: false, timeout: 20_000 });
  if (version.exitCode !== 0) {
    throw new Error(
      `No Docker daemon answers (docker version: ${version.stderr.trim() || version.stdout.trim()}).\n` +
        'The end-to-end tests need a real Docker Engine: start dockerd (bash .ci/run does it for you), then run npm test again.',
    );
  }
  for (const image of ['ubuntu', 'python', 'alpine']) {
    const inspect = await execa('docker', ['image', 'inspect', image], { reject: false });
    if (inspect.exitCode !== 0) throw new Error(`The stand-in image ${image} is missing: run npm run test:images first.`);
  }
}

/**
 * Remembers which containers existed before a test, so afterwards it removes only the ones the test made
 * (from the stand-in images): a learner's own containers on the same daemon are never touched.
 */
export async function containerSnapshot(): Promise<{ cleanUp(): Promise<void> }> {
  const before = new Set((await docker('ps', '-aq', '--no-trunc')).split('\n').filter(Boolean));
  const imageIds = new Set(
    await Promise.all(['ubuntu', 'python', 'alpine'].map((image) => docker('image', 'inspect', '--format', '{{.Id}}', image))),
  );
  return {
    async cleanUp() {
      const now = (await docker('ps', '-aq', '--no-trunc')).split('\n').filter(Boolean);
      const created = now.filter((id) => !before.has(id));
      for (const id of created) {
        const image = await execa('docker', ['inspect', '--format', '{{.Image}}', id], { reject: false });
        if (imageIds.has(image.stdout.trim())) await execa('docker', ['rm', '-f', id], { reject: false });
      }
    },
  };
}

/** The shell prompt of the host side of the test terminal, and the prompts the learner meets inside containers. */
const hostPrompt = 'learner$ ';
const promptPattern = /(learner\$ |root@[\w.-]+:[^\n#]*# |>>> )$/;

/**
 * A real terminal in tmux, typed into as a learner types. Each typed line waits (bounded) until a new prompt
 * appears: the host shell's, a container shell's or Python's.
 */
export class Terminal {
  private readonly server = `docker-kata-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly session = 'learner';

  async start(env: Record<string, string> = {}): Promise<void> {
    const exports = Object.entries({ PS1: hostPrompt, ...env })
      .map(([key, value]) => `${key}='${value}'`)
      .join(' ');
    await this.tmux('new-session', '-d', '-s', this.session, '-x', '160', '-y', '50', `env ${exports} sh`);
    await this.waitForPrompts(1);
  }

  /** Types one line and presses Enter, then waits for the next prompt. */
  async type(line: string, timeoutMs = 60_000): Promise<string> {
    const before = await this.promptCount();
    await this.tmux('send-keys', '-t', this.session, '-l', line);
    await this.tmux('send-keys', '-t', this.session, 'Enter');
    return this.waitForPrompts(before + 1, timeoutMs);
  }

  /** Presses a key such as C-d, then waits for the next prompt. */
  async key(key: string, timeoutMs = 30_000): Promise<string> {
    const before = await this.promptCount();
    await this.tmux('send-keys', '-t', this.session, key);
    return this.waitForPrompts(before + 1, timeoutMs);
  }

  /** Everything on screen and in the scroll-back, as the learner sees it. */
  async screen(): Promise<string> {
    return (await this.tmux('capture-pane', '-p', '-J', '-S', '-5000', '-t', this.session)).replace(/\s+$/, ' ').replace(/\n\s*$/, '');
  }

  async close(): Promise<void> {
    await execa('tmux', ['-L', this.server, 'kill-server'], { reject: false });
  }

  private async promptCount(): Promise<number> {
    const screen = await this.tmux('capture-pane', '-p', '-J', '-S', '-5000', '-t', this.session);
    return screen.split('\n').filter((line) => /(learner\$ |root@[\w.-]+:[^#]*# |>>> )/.test(line)).length;
  }

  private async waitForPrompts(count: number, timeoutMs = 30_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (let attempt = 0; attempt < 2000 && Date.now() < deadline; attempt++) {
      const screen = await this.tmux('capture-pane', '-p', '-J', '-S', '-5000', '-t', this.session);
      const lastLine = screen.replace(/\n+$/, '').split('\n').pop() ?? '';
      if ((await this.promptCount()) >= count && promptPattern.test(`${lastLine.trimEnd()} `.replace(/# $/, '# ').replace(/\$ $/, '$ '))) {
        return screen;
      }
      await delay(100);
    }
    throw new Error(`the terminal showed no new prompt within ${timeoutMs} ms; it shows:\n${await this.screen()}`);
  }

  private async tmux(...args: string[]): Promise<string> {
    return (await execa('tmux', ['-L', this.server, ...args], { timeout: 10_000 })).stdout;
  }
}

/**
 * A reference solution as typed input: the lines a learner types (comments skipped) and `# key: C-d` lines
 * for keys they press. Substitutions let a test point `docker pull` at its local registry.
 */
export function solutionSteps(file: string, substitutions: Array<[string, string]> = []): Array<{ type?: string; key?: string }> {
  const steps: Array<{ type?: string; key?: string }> = [];
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    const key = line.match(/^# key: (\S+)/);
    if (key) steps.push({ key: key[1] });
    else if (line && !line.startsWith('#')) {
      steps.push({ type: substitutions.reduce((text, [from, to]) => text.split(from).join(to), line) });
    }
  }
  return steps;
}
