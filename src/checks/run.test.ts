import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EngineReader, ImageInspect } from '../engine/reader.js';
import type { CheckDefinition } from '../track/exercise-schema.js';
import type { Exercise } from '../track/load.js';
import { answerCheck } from './answer.js';
import { imageCheck } from './image.js';
import { runChecks, type Timeline } from './run.js';
import type { CheckContext } from './types.js';

const exerciseStart = new Date('2025-03-01T10:00:00.000Z');
const now = new Date('2025-03-01T10:05:00.000Z');
const pulledAt = new Date('2025-02-20T09:00:00.000Z');
const ubuntuId = 'sha256:a04dc4851cbcbb42b0cd2d4b8e0cf2f4f7a3ff63c4ab0e64e2e7d0c3c3b1d0a1';

/** `docker pull ubuntu` made in an earlier exercise of the track (the image itself was built upstream before). */
const ubuntuImage: ImageInspect = { Id: ubuntuId, RepoTags: ['ubuntu:latest'], Created: '2025-02-25T07:26:51Z', Config: { Cmd: ['/bin/bash'] } };

/** An exercise as loadTrack would give it for 02-images/03-image-cmd.yaml. */
function exercise(checks: CheckDefinition[], question?: Exercise['definition']['question']): Exercise {
  return {
    number: 8,
    id: 'image-cmd',
    file: '02-images/03-image-cmd.yaml',
    module: { folder: '02-images', title: 'Images' },
    definition: {
      format: 1,
      id: 'image-cmd',
      title: 'What does an image run?',
      instructions: 'Find out which command the ubuntu image runs when you start it without one.',
      ...(question !== undefined ? { question } : {}),
      hints: ['Look at `docker image inspect ubuntu`.', 'The field is Config.Cmd.'],
      checks,
    },
    solutionFile: 'solutions/02-images/03-image-cmd.sh',
  };
}

/** A reader with only the reads these checks make; any other read fails the test ("… is not a function"). */
const readerWith = <T extends Partial<EngineReader>>(reads: T) => reads as T & EngineReader;

function fakeEngine(inspectImage: (reference: string) => Promise<ImageInspect | undefined> = async (reference) => (reference === 'ubuntu' ? ubuntuImage : undefined)) {
  return readerWith({ inspectImage: vi.fn(inspectImage), events: vi.fn(async (_query: Parameters<EngineReader['events']>[0]) => []) });
}

const startOf = (id: string) => (id === 'pull-ubuntu' ? pulledAt : undefined);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runChecks', () => {
  it('hands every check the engine, the timeline, the moment and the engine address given', async () => {
    const seen: CheckContext[] = [];
    vi.spyOn(imageCheck, 'run').mockImplementation(async (_definition, context) => {
      seen.push(context);
      return { passed: true, expected: 'e', observed: 'o' };
    });
    const engine = fakeEngine();
    const timeline: Timeline = { exerciseStart, startOf: vi.fn(startOf), answer: '/bin/bash' };
    const engineAddress = 'unix:///var/run/docker.sock';
    await runChecks(exercise([{ kind: 'image', reference: 'ubuntu' }, { kind: 'image', reference: 'alpine' }]), engine, timeline, { now, engineAddress });
    expect(seen).toHaveLength(2);
    for (const context of seen) {
      expect(context).toMatchObject({ engine, exerciseStart, answer: '/bin/bash', now, engineAddress });
      expect(context.engine).toBe(engine);
      expect(context.startOf('pull-ubuntu')).toEqual(startOf('pull-ubuntu'));
      expect(timeline.startOf).toHaveBeenCalledWith('pull-ubuntu');
    }
    expect(imageCheck.run).toHaveBeenCalledWith({ kind: 'image', reference: 'ubuntu' }, expect.anything());
  });

  it('uses the timeline in the real checks: exerciseStart, startOf and answer all decide verdicts', async () => {
    const checks: CheckDefinition[] = [
      { kind: 'image', reference: 'ubuntu' },
      { kind: 'image', reference: 'ubuntu', since: 'pull-ubuntu' },
      { kind: 'answer', image: { reference: 'ubuntu', path: 'Config.Cmd' }, match: 'command' },
    ];
    const timeline: Timeline = { exerciseStart, startOf: vi.fn(startOf), answer: 'bash' };
    const results = await runChecks(exercise(checks), fakeEngine(), timeline, { now });
    expect(results.map(({ kind, passed }) => ({ kind, passed }))).toEqual([
      // Made before this exercise started...
      { kind: 'image', passed: false },
      // ...but after pull-ubuntu started.
      { kind: 'image', passed: true },
      { kind: 'answer', passed: true },
    ]);
    expect(timeline.startOf).toHaveBeenCalledWith('pull-ubuntu');
    expect(results[2].observed).toBe('you answered "bash": right');

    const unanswered = await runChecks(exercise(checks.slice(2)), fakeEngine(), { exerciseStart, startOf }, { now });
    expect(unanswered).toEqual([{ kind: 'answer', passed: false, expected: 'the right answer, given with `docker-kata answer <text>`', observed: 'no answer yet' }]);
  });

  it('passes the given `now` on to checks that read a window of time, and uses the current time without one', async () => {
    const engine = fakeEngine();
    await runChecks(exercise([{ kind: 'event', actions: ['die'] }]), engine, { exerciseStart, startOf }, { now });
    expect(engine.events).toHaveBeenCalledWith(expect.objectContaining({ since: exerciseStart, until: now }));

    const before = Date.now();
    await runChecks(exercise([{ kind: 'event', actions: ['die'] }]), engine, { exerciseStart, startOf });
    // The check's own query of the second run (a failing event check also asks for the whole window).
    const until = engine.events.mock.calls.filter(([query]) => query.filters).at(-1)![0].until.getTime();
    expect(until).toBeGreaterThanOrEqual(before);
    expect(until).toBeLessThanOrEqual(Date.now());
  });

  it('on Podman, a miss of a check that needsDocker does not count, and says so; on Docker it counts', async () => {
    const engine = fakeEngine(async () => undefined);
    const checks: CheckDefinition[] = [{ kind: 'image', reference: 'alpine', since: 'any', needsDocker: 'Podman reasons' }];
    const [onPodman] = await runChecks(exercise(checks), engine, { exerciseStart, startOf }, { now, podman: true });
    expect(onPodman.passed).toBe(true);
    expect(onPodman.observed).toMatch(/ \(not counted on Podman: Podman reasons\)$/);
    const [onDocker] = await runChecks(exercise(checks), engine, { exerciseStart, startOf }, { now });
    expect(onDocker.passed).toBe(false);
    expect(onDocker.observed).not.toContain('Podman');
  });

  it('keeps the order of the checks, whichever finishes first', async () => {
    const finished: string[] = [];
    const slowEngine = fakeEngine(async (reference) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      finished.push(`image ${reference}`);
      return reference === 'ubuntu' ? ubuntuImage : undefined;
    });
    const answerRun = answerCheck.run.bind(answerCheck);
    vi.spyOn(answerCheck, 'run').mockImplementation(async (definition, context) => {
      const verdict = await answerRun(definition, context);
      finished.push('answer');
      return verdict;
    });
    const checks: CheckDefinition[] = [
      { kind: 'image', reference: 'ubuntu', since: 'any' },
      { kind: 'answer', accept: ['/bin/bash'] },
      { kind: 'image', reference: 'alpine', since: 'any' },
    ];
    const results = await runChecks(exercise(checks), slowEngine, { exerciseStart, startOf, answer: '/bin/bash' }, { now });
    expect(finished[0]).toBe('answer');
    expect(results.map((result) => [result.kind, result.passed, result.observed])).toEqual([
      ['image', true, 'found image ubuntu (a04dc4851cbc)'],
      ['answer', true, 'you answered "/bin/bash": right'],
      ['image', false, 'there is no image alpine on this machine (see `docker images`)'],
    ]);
  });

  it.each<{ name: string; check: CheckDefinition; question?: Exercise['definition']['question']; description: string | undefined }>([
    {
      name: 'an answer check without a description is named by the exercise question',
      check: { kind: 'answer', accept: ['/bin/bash'] },
      question: 'Which command does the ubuntu image run?\n',
      description: 'Which command does the ubuntu image run?',
    },
    {
      name: 'a question given in several languages is named in English',
      check: { kind: 'answer', accept: ['/bin/bash'] },
      question: { en: '  Which command does ubuntu run? ', nb: 'Hvilken kommando kjører ubuntu?' },
      description: 'Which command does ubuntu run?',
    },
    {
      name: "an answer check's own description wins over the question",
      check: { kind: 'answer', accept: ['/bin/bash'], description: 'The command of the ubuntu image ' },
      question: 'Which command does the ubuntu image run?',
      description: 'The command of the ubuntu image',
    },
    {
      name: 'an answer check in an exercise without a question has no description',
      check: { kind: 'answer', accept: ['/bin/bash'] },
      description: undefined,
    },
    {
      name: 'another kind of check is never named by the question',
      check: { kind: 'image', reference: 'ubuntu', since: 'any' },
      question: 'Which command does the ubuntu image run?',
      description: undefined,
    },
    {
      name: 'another kind of check keeps its own description',
      check: { kind: 'image', reference: 'ubuntu', since: 'any', description: { en: 'The ubuntu image is here', nl: 'Het ubuntu-image is er' } },
      question: 'Which command does the ubuntu image run?',
      description: 'The ubuntu image is here',
    },
  ])('$name', async ({ check, question, description }) => {
    const [result] = await runChecks(exercise([check], question), fakeEngine(), { exerciseStart, startOf, answer: '/bin/bash' }, { now });
    expect(result.passed).toBe(true);
    expect(result.kind).toBe(check.kind);
    if (description === undefined) expect(result).not.toHaveProperty('description');
    else expect(result.description).toBe(description);
    // The generated text stays available next to the description.
    expect(result.expected).not.toBe('');
  });
});

describe('runChecks on a daemon whose clock is off', () => {
  it('moves the learner timeline onto the daemon clock before checks compare', async () => {
    const seen: CheckContext[] = [];
    vi.spyOn(imageCheck, 'run').mockImplementation(async (_definition, context) => {
      seen.push(context);
      return { passed: true, expected: 'e', observed: 'o' };
    });
    const start = new Date('2026-11-23T10:00:00.000Z');
    const earlier = new Date('2026-11-23T09:30:00.000Z');
    const timeline: Timeline = { exerciseStart: start, startOf: () => earlier };
    await runChecks(exercise([{ kind: 'image', reference: 'ubuntu' }]), fakeEngine(), timeline, {
      now: new Date('2026-11-23T10:01:00.000Z'),
      clockOffsetMs: -300_000,
    });
    expect(seen[0].exerciseStart.toISOString()).toBe('2026-11-23T09:55:00.000Z');
    expect(seen[0].now.toISOString()).toBe('2026-11-23T09:56:00.000Z');
    expect(seen[0].startOf('any')?.toISOString()).toBe('2026-11-23T09:25:00.000Z');
  });
});
