import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckResult } from './checks/run.js';
import { Session } from './session.js';
import type { Exercise, Track } from './track/load.js';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const exercise = (number: number, id: string) => ({ number, id, definition: { id, title: `Exercise ${id}`, checks: [] } }) as unknown as Exercise;
const track: Track = { id: 'basics', name: 'Basics', dir: '/nowhere', exercises: [exercise(1, 'run-ubuntu'), exercise(2, 'leave')] };
const shell: CheckResult = {
  kind: 'container',
  id: 'shell',
  passed: true,
  expected: 'a running container from ubuntu',
  observed: 'found container `eager_wu` from ubuntu',
  objects: [{ type: 'container', id: 'e1'.padEnd(64, '0'), name: 'eager_wu' }],
};

function session(): Session {
  const folder = mkdtempSync(join(tmpdir(), 'docker-kata-session-'));
  folders.push(folder);
  return new Session(track, folder);
}

describe('Session.recordPass', () => {
  it('records the evidence of each check, keeps the first pass time, and opens the next exercise', () => {
    const learner = session();
    const next = learner.recordPass(track.exercises[0], [shell], 'DAEMON:ID', new Date('2026-01-01T10:00:00Z'));
    expect(next?.id).toBe('leave');
    const saved = JSON.parse(readFileSync(learner.stateFile, 'utf8')).tracks.basics;
    expect(saved.current).toBe('leave');
    expect(saved.exercises['run-ubuntu']).toEqual({
      passedAt: '2026-01-01T10:00:00.000Z',
      evidence: {
        recordedAt: '2026-01-01T10:00:00.000Z',
        daemon: 'DAEMON:ID',
        checks: [{ id: 'shell', kind: 'container', objects: [{ type: 'container', id: 'e1'.padEnd(64, '0'), name: 'eager_wu' }] }],
      },
    });
    expect(saved.exercises.leave.startedAt).toEqual(expect.any(String));

    // A later pass (after goto) keeps the first pass time and records what passed this time.
    const again = { ...shell, objects: [{ type: 'container' as const, id: 'f2'.padEnd(64, '0'), name: 'calm_hopper' }] };
    learner.recordPass(track.exercises[0], [again], 'DAEMON:ID', new Date('2026-01-02T10:00:00Z'));
    const timeline = learner.timeline(track.exercises[1]);
    expect(learner.progress.exercises['run-ubuntu'].passedAt).toBe('2026-01-01T10:00:00.000Z');
    expect(timeline.recordedPass?.('run-ubuntu')?.checks[0].objects[0].name).toBe('calm_hopper');
    expect(timeline.exerciseName?.('run-ubuntu')).toBe('1 ("Exercise run-ubuntu")');
  });
});
