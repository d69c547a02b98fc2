import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import type { EngineEvent } from '../engine/reader.js';
import { backoffMs, describeLoss, followEvents, readEvents } from './feed.js';

const start: EngineEvent = { Type: 'container', Action: 'start', Actor: { ID: 'c0ffee', Attributes: { name: 'web' } }, timeNano: 1740823400000000000 };
const line = (event: EngineEvent) => `${JSON.stringify(event)}\n`;

describe('readEvents', () => {
  it('reads one event per line, however the chunks fall, and says when the stream ended', async () => {
    const stream = new PassThrough();
    const seen: EngineEvent[] = [];
    const done = readEvents(stream, (event) => seen.push(event));
    const text = line(start) + line({ ...start, Action: 'die' });
    stream.write(text.slice(0, 10));
    stream.write(text.slice(10, 150));
    stream.end(text.slice(150));
    await expect(done).resolves.toBe('its event stream ended');
    expect(seen.map((event) => event.Action)).toEqual(['start', 'die']);
  });

  it('treats an error line from the daemon as an error', async () => {
    const stream = new PassThrough();
    const done = readEvents(stream, () => undefined);
    stream.write(line(start));
    stream.write('{"message":"daemon is shutting down"}\n');
    await expect(done).rejects.toThrow('the daemon reported: daemon is shutting down');
  });

  it('fails when the connection breaks', async () => {
    const stream = new PassThrough();
    const done = readEvents(stream, () => undefined);
    stream.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
    await expect(done).rejects.toMatchObject({ code: 'ECONNRESET' });
  });
});

describe('followEvents', () => {
  it('backs off 0.5, 1, 2, 4, 8, then 10 s', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(backoffMs)).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it('says when the daemon went away, retries with back-off, and carries on when it is back', async () => {
    const stop = new AbortController();
    const streams: PassThrough[] = [];
    const log: string[] = [];
    let opens = 0;
    const open = vi.fn(async () => {
      opens++;
      // The first connection works, the next two fail (the daemon restarts), the fourth works again.
      if (opens === 2 || opens === 3) throw Object.assign(new Error('connect ENOENT /tmp/docker.sock'), { code: 'ENOENT' });
      const stream = new PassThrough();
      streams.push(stream);
      return stream;
    });
    const sleeps: number[] = [];
    const following = followEvents(
      {
        open,
        onConnected: (again) => void log.push(again ? 'reconnected' : 'connected'),
        onEvent: (event) => void log.push(event.Action),
        onGone: (reason, retryInMs) => void log.push(`gone (${reason}), retry in ${retryInMs}`),
      },
      stop.signal,
      {
        now: () => 0,
        sleep: async (ms) => {
          sleeps.push(ms);
        },
      },
    );
    await vi.waitFor(() => expect(streams).toHaveLength(1));
    streams[0].write(line(start));
    await vi.waitFor(() => expect(log).toContain('start'));
    streams[0].destroy(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));
    await vi.waitFor(() => expect(streams).toHaveLength(2));
    streams[1].write(line({ ...start, Action: 'die' }));
    await vi.waitFor(() => expect(log).toContain('die'));
    stop.abort();
    await following;
    expect(log).toEqual([
      'connected',
      'start',
      'gone (the connection was closed), retry in 500',
      'gone (its socket is gone), retry in 1000',
      'gone (its socket is gone), retry in 2000',
      'reconnected',
      'die',
    ]);
    expect(sleeps).toEqual([500, 1000, 2000]);
    expect(streams[1].destroyed).toBe(true);
  });

  it('names each address tried when the daemon cannot be found again', () => {
    const notFound = Object.assign(new Error('not found'), {
      attempts: [{ candidate: { url: 'unix:///tmp/proxy.sock' }, failure: { detail: 'connect ENOENT /tmp/proxy.sock' } }],
    });
    expect(describeLoss(notFound)).toBe('unix:///tmp/proxy.sock: connect ENOENT /tmp/proxy.sock');
  });
});
