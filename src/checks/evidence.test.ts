/**
 * Checks that name the learner's own objects: `evidence` (what an earlier exercise's pass recorded) and `sameAs`
 * (what passed another check of the same exercise), judged on recorded Engine API JSON.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ContainerInspect, EngineEvent, EngineReader, ImageInspect } from '../engine/reader.js';
import { readerWith, summaryOf } from '../engine/reader.testing.js';
import type { Exercise } from '../track/load.js';
import { answerCheck } from './answer.js';
import { containerCheck } from './container.js';
import { nothingRecorded } from './context.testing.js';
import { runChecks } from './run.js';
import { selectContainers } from './select.js';
import type { CheckContext, RecordedPass } from './types.js';

const ubuntuId = 'sha256:a04dc4851cbcbb42b0cd2d4b8e0cf2f4f7a3ff63c4ab0e64e2e7d0c3c3b1d0a1';
const ubuntuImage: ImageInspect = { Id: ubuntuId, RepoTags: ['ubuntu:latest'], Created: '2025-02-10T00:00:00Z', Config: { Cmd: ['/bin/bash'] } };
const daemonId = 'ZQ3L:4V7X:2N5K:OJ6M:EXAM:PLE0:DAEM:ON00:ID00:0000:0000:0000';
const exerciseStart = new Date('2025-03-01T10:10:00.000Z');
const now = new Date('2025-03-01T10:15:00.000Z');

/** `docker run -it ubuntu`, as `docker container inspect` shows it (trimmed); running unless told otherwise. */
function container(id: string, name: string, created: string, state: Partial<ContainerInspect['State']> = {}): ContainerInspect {
  const running = state.Status === undefined || state.Status === 'running';
  return {
    Id: id.padEnd(64, '0'),
    Name: `/${name}`,
    Created: created,
    Image: ubuntuId,
    Path: '/bin/bash',
    Args: [],
    State: { Status: 'running', Running: running, ExitCode: 0, StartedAt: created, FinishedAt: '0001-01-01T00:00:00Z', ...state },
    Config: { Image: 'ubuntu', Tty: true, OpenStdin: true, AttachStdin: true, AttachStdout: true, Cmd: ['/bin/bash'], Labels: {} },
    HostConfig: { AutoRemove: false, PortBindings: {} },
    Mounts: [],
    NetworkSettings: { Networks: { bridge: { IPAddress: '172.17.0.2' } } },
  };
}

/** The learner's shell from exercise 1, still running, and `docker run ubuntu true` since then, which exited normally. */
const shell = container('e1', 'eager_wu', '2025-03-01T10:01:00Z');
const other = container('f2', 'brave_tesla', '2025-03-01T10:11:00Z', { Status: 'exited', ExitCode: 0, FinishedAt: '2025-03-01T10:11:02Z' });
other.Config = { ...other.Config, Tty: false, OpenStdin: false };

function engineWith(containers: ContainerInspect[], events: EngineEvent[] = []) {
  return readerWith({
    listContainers: vi.fn(async () => containers.map(summaryOf)),
    inspectContainer: vi.fn(async (id: string) => containers.find((candidate) => candidate.Id === id || candidate.Name === `/${id}`)),
    inspectImage: vi.fn(async (reference: string) => (reference.startsWith('ubuntu') || reference === ubuntuId ? ubuntuImage : undefined)),
    engineId: vi.fn(async () => daemonId),
    events: vi.fn(async () => events),
  });
}

const passOf = (objects: ContainerInspect[], daemon = daemonId): RecordedPass => ({
  daemon,
  checks: [{ id: 'shell', kind: 'container', objects: objects.map((one) => ({ type: 'container', id: one.Id, name: one.Name.slice(1) })) }],
});

function contextWith(engine: EngineReader, recorded: Record<string, RecordedPass> = {}): CheckContext {
  return {
    ...nothingRecorded,
    engine,
    exerciseStart,
    now,
    startOf: (id) => (id === 'run-ubuntu' ? new Date('2025-03-01T10:00:00Z') : undefined),
    recordedPass: (id) => recorded[id],
    exerciseName: (id) => (id === 'run-ubuntu' ? '1 ("Start a container from an image")' : id),
  };
}

const leftTheShell = {
  image: 'ubuntu:latest',
  evidence: { exercise: 'run-ubuntu', replaceable: true },
  expect: { state: 'exited', stoppedDuringExercise: true, killed: false, tty: true, stdin: true },
} as const;

describe('evidence: the container the learner made in an earlier exercise', () => {
  it('judges that container alone: another one that ended meanwhile does not count (leave-the-container)', async () => {
    const engine = engineWith([shell, other]);
    const verdict = await containerCheck.run(leftTheShell, contextWith(engine, { 'run-ubuntu': passOf([shell]) }));
    expect(verdict.passed).toBe(false);
    expect(verdict.expected).toContain('a container you used in exercise 1 ("Start a container from an image")');
    expect(verdict.observed).toBe('found container `eager_wu` from ubuntu, but it is still running');
    // By ID, not by listing everything of the image.
    expect(engine.inspectContainer).toHaveBeenCalledWith(shell.Id);
  });

  it('passes once that very container ended from inside, and records it', async () => {
    const left = { ...shell, State: { ...shell.State, Status: 'exited', Running: false, ExitCode: 0, FinishedAt: '2025-03-01T10:12:00Z' } };
    const verdict = await containerCheck.run(leftTheShell, contextWith(engineWith([left, other]), { 'run-ubuntu': passOf([shell]) }));
    expect(verdict).toMatchObject({ passed: true, objects: [{ type: 'container', id: shell.Id, name: 'eager_wu' }] });
  });

  it('says it was killed when docker stop or docker kill ended it', async () => {
    const killed = { ...shell, State: { ...shell.State, Status: 'exited', Running: false, ExitCode: 137, FinishedAt: '2025-03-01T10:12:00Z' } };
    const verdict = await containerCheck.run(leftTheShell, contextWith(engineWith([killed]), { 'run-ubuntu': passOf([shell]) }));
    expect(verdict.passed).toBe(false);
    expect(verdict.observed).toContain('it was killed (exit code 137');
  });

  it('lets a container made during this exercise stand in once the recorded one is gone (replaceable)', async () => {
    const newShell = container('a3', 'calm_hopper', '2025-03-01T10:12:00Z', { Status: 'exited', ExitCode: 0, FinishedAt: '2025-03-01T10:13:00Z' });
    const selection = await selectContainers(leftTheShell, contextWith(engineWith([newShell]), { 'run-ubuntu': passOf([shell]) }));
    expect(selection.removed).toMatchObject({ id: shell.Id, name: 'eager_wu', exercise: 'run-ubuntu' });
    expect(selection.matching.map((one) => one.Name)).toEqual(['/calm_hopper']);
    // Not while the recorded one still runs: then it is the one the lesson means.
    const whileRunning = await selectContainers(leftTheShell, contextWith(engineWith([shell, newShell]), { 'run-ubuntu': passOf([shell]) }));
    expect(whileRunning.matching.map((one) => one.Name)).toEqual(['/eager_wu']);
  });

  it('says plainly that the recorded container was removed, by the name it had', async () => {
    const verdict = await containerCheck.run({ evidence: 'run-ubuntu', expect: { state: 'exited' } }, contextWith(engineWith([other]), { 'run-ubuntu': passOf([shell]) }));
    expect(verdict.passed).toBe(false);
    expect(verdict.observed).toContain('the container `eager_wu` you used in exercise 1 ("Start a container from an image") has been removed since');
  });

  it('keeps judging a name after the container is removed: its name is still its name', async () => {
    const context = { ...contextWith(engineWith([other]), { 'run-ubuntu': passOf([shell]) }), answer: 'eager_wu' };
    const verdict = await answerCheck.run({ container: { evidence: 'run-ubuntu', path: 'Name' } }, context);
    expect(verdict).toMatchObject({ passed: true, objects: [{ type: 'container', id: shell.Id, name: 'eager_wu' }] });
    const wrong = await answerCheck.run({ container: { evidence: 'run-ubuntu', path: 'Name' } }, { ...context, answer: 'brave_tesla' });
    expect(wrong.passed).toBe(false);
  });

  it('follows a rename: the recorded ID still finds the container', async () => {
    const renamed = { ...shell, Name: '/old-ubuntu' };
    const selection = await selectContainers({ evidence: 'run-ubuntu' }, contextWith(engineWith([renamed]), { 'run-ubuntu': passOf([shell]) }));
    expect(selection.matching.map((one) => one.Name)).toEqual(['/old-ubuntu']);
  });

  it('ignores what was recorded on another engine, and falls back to "anything since that exercise"', async () => {
    const engine = engineWith([shell, other]);
    const selection = await selectContainers({ image: 'ubuntu:latest', evidence: 'run-ubuntu' }, contextWith(engine, { 'run-ubuntu': passOf([shell], 'another-daemon') }));
    expect(selection.matching.map((one) => one.Name)).toEqual(['/brave_tesla', '/eager_wu']);
  });

  it('falls back the same way when the earlier exercise was never passed (skipped with goto)', async () => {
    const selection = await selectContainers({ image: 'ubuntu:latest', evidence: 'run-ubuntu' }, contextWith(engineWith([shell, other])));
    expect(selection.matching).toHaveLength(2);
  });
});

describe('sameAs: checks of one exercise tied to the same container', () => {
  const exercise = (checks: unknown[]) =>
    ({ id: 'stop-container', number: 12, definition: { id: 'stop-container', checks } }) as unknown as Exercise;
  const stopped = container('e1', 'eager_wu', '2025-03-01T10:01:00Z', { Status: 'exited', ExitCode: 137, FinishedAt: '2025-03-01T10:12:00Z' });
  const stopEvent = (id: string): EngineEvent => ({
    Type: 'container',
    Action: 'stop',
    Actor: { ID: id, Attributes: { name: 'somebody_else', image: 'ubuntu' } },
    timeNano: Date.parse('2025-03-01T10:12:00Z') * 1e6,
  });
  const checks = [
    { kind: 'event', actions: ['stop'], actor: { sameAs: 'stopped' } },
    { kind: 'container', id: 'stopped', image: 'ubuntu:latest', since: 'any', expect: { state: 'exited', stoppedDuringExercise: true } },
  ];
  const timeline = { exerciseStart, startOf: () => undefined };

  it('runs the tied check after the one it names, whatever their order, and judges the same container', async () => {
    const results = await runChecks(exercise(checks), engineWith([stopped], [stopEvent(stopped.Id)]), timeline, { now });
    expect(results.map((result) => [result.kind, result.passed])).toEqual([
      ['event', true],
      ['container', true],
    ]);
    expect(results[1]).toMatchObject({ id: 'stopped', objects: [{ id: stopped.Id }] });
  });

  it('does not count another container stopped meanwhile (docker kill on this one leaves no stop event)', async () => {
    const results = await runChecks(exercise(checks), engineWith([stopped], [stopEvent('ff'.padEnd(64, '0'))]), timeline, { now });
    expect(results[0].passed).toBe(false);
  });
});

describe('a daemon holding a course worth of old containers of the same image', () => {
  it('lists them newest first in short pages, down to the first one older than the exercise, and inspects only the new', async () => {
    const old = Array.from({ length: 1000 }, (_, index) =>
      container(`0${index}`, `old_${index}`, new Date(Date.parse('2025-03-01T09:00:00Z') + index * 1000).toISOString(), { Status: 'exited' }),
    );
    const fresh = container('a3', 'calm_hopper', '2025-03-01T10:12:00Z');
    const all = [fresh, ...old.reverse()];
    const engine = readerWith({
      // As Docker does it: newest first, at most `limit`.
      listContainers: vi.fn(async (_filters?: Record<string, string[]>, limit?: number) => all.slice(0, limit ?? all.length).map(summaryOf)),
      inspectContainer: vi.fn(async (id: string) => all.find((candidate) => candidate.Id === id)),
      inspectImage: vi.fn(async () => ubuntuImage),
    });
    const verdict = await containerCheck.run({ image: 'ubuntu:latest', expect: { state: 'running' } }, contextWith(engine));
    expect(verdict.passed).toBe(true);
    expect(engine.listContainers).toHaveBeenCalledTimes(1);
    expect(engine.listContainers).toHaveBeenCalledWith({ ancestor: [ubuntuId] }, 16);
    // The new one, and the newest old one (to say why it would not count).
    expect(engine.inspectContainer).toHaveBeenCalledTimes(2);
  });

  it('asks for a longer page while everything on it is new', async () => {
    const many = Array.from({ length: 20 }, (_, index) => container(`b${index}`, `new_${index}`, `2025-03-01T10:12:${String(index).padStart(2, '0')}Z`));
    const engine = readerWith({
      listContainers: vi.fn(async (_filters?: Record<string, string[]>, limit?: number) => many.slice(0, limit ?? many.length).map(summaryOf)),
      inspectContainer: vi.fn(async (id: string) => many.find((candidate) => candidate.Id === id)),
      inspectImage: vi.fn(async () => ubuntuImage),
    });
    const verdict = await containerCheck.run({ image: 'ubuntu:latest', count: 20 }, contextWith(engine));
    expect(verdict.passed).toBe(true);
    expect(vi.mocked(engine.listContainers).mock.calls.map((call) => call[1])).toEqual([16, 128]);
  });
});

describe('evidence through exercises skipped with goto', () => {
  it('follows what the skipped exercise would have judged, down to one that was passed', async () => {
    const killed = { ...shell, State: { ...shell.State, Status: 'exited', Running: false, ExitCode: 137, FinishedAt: '2025-03-01T10:12:00Z' } };
    const context: CheckContext = {
      ...contextWith(engineWith([killed, other]), { 'run-ubuntu': passOf([shell]) }),
      evidenceNamedBy: (id) => ({ 'isolated-processes': { exercise: 'isolated-network' }, 'isolated-network': { exercise: 'run-ubuntu' } })[id],
    };
    const leave = { ...leftTheShell, evidence: { exercise: 'isolated-processes', replaceable: true } };
    const verdict = await containerCheck.run(leave, context);
    expect(verdict.observed).toContain('found container `eager_wu` from ubuntu, but it was killed (exit code 137');
  });
});
