/**
 * Following the Engine's live event stream (`GET /events`, one JSON object per line) for as long as watch runs:
 * when the stream ends or fails (the daemon stopped or restarted, its socket went away) it says so and connects
 * again, waiting longer after each failed attempt (0.5, 1, 2, 4, 8, then every 10 s), until watch stops.
 */
import type { Readable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import type { EngineEvent } from '../engine/reader.js';
import { watchWords } from './words.js';

export interface FeedHandlers {
  /** Finds the daemon and opens its event stream; resolves once the daemon answered. */
  open(signal: AbortSignal): Promise<Readable>;
  /** The stream is open; `again` after the daemon was gone. A throw counts as the daemon being gone. */
  onConnected(again: boolean): void | Promise<void>;
  onEvent(event: EngineEvent): void;
  /** The daemon is gone; the next attempt comes in `retryInMs`. */
  onGone(reason: string, retryInMs: number): void;
}

export interface FeedOptions {
  backoff?: (attempt: number) => number;
  /** A connection that lasted this long starts the back-off afresh when it drops. */
  stableMs?: number;
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** 0.5 s, 1 s, 2 s, 4 s, 8 s, then 10 s. */
export const backoffMs = (attempt: number) => Math.min(10_000, 500 * 2 ** attempt);

const abortableSleep = (ms: number, signal: AbortSignal) => delay(ms, undefined, { signal }).catch(() => undefined);

/** Follows the daemon's events until `signal` aborts. */
export async function followEvents(handlers: FeedHandlers, signal: AbortSignal, options: FeedOptions = {}): Promise<void> {
  const { backoff = backoffMs, stableMs = 10_000, now = Date.now, sleep = abortableSleep } = options;
  let attempt = 0;
  let connectedBefore = false;
  while (!signal.aborted) {
    let reason: string;
    let stream: Readable | undefined;
    let upSince: number | undefined;
    try {
      stream = await handlers.open(signal);
      if (signal.aborted) break;
      upSince = now();
      await handlers.onConnected(connectedBefore);
      connectedBefore = true;
      reason = await readEvents(stream, handlers.onEvent, signal);
    } catch (error) {
      reason = describeLoss(error);
    } finally {
      stream?.destroy();
    }
    if (signal.aborted) break;
    if (upSince !== undefined && now() - upSince >= stableMs) attempt = 0;
    const wait = backoff(attempt++);
    handlers.onGone(reason, wait);
    await sleep(wait, signal);
  }
}

/**
 * Reads event lines until the stream ends (resolves with why) or fails (throws). A line that is not an event but
 * a `message` is the daemon reporting an error: that ends the stream too.
 */
export async function readEvents(stream: Readable, onEvent: (event: EngineEvent) => void, signal?: AbortSignal): Promise<string> {
  const abort = () => stream.destroy();
  signal?.addEventListener('abort', abort, { once: true });
  stream.setEncoding('utf8');
  let buffered = '';
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        if (!line) continue;
        const parsed = JSON.parse(line) as Partial<EngineEvent> & { message?: string; error?: string };
        if (!parsed.Type && (parsed.message || parsed.error)) throw new Error(watchWords.loss.reported(String(parsed.message ?? parsed.error)));
        onEvent(parsed as EngineEvent);
      }
    }
    return watchWords.loss.streamEnded;
  } finally {
    signal?.removeEventListener('abort', abort);
  }
}

/** Why the connection is gone, in a few words. */
export function describeLoss(error: unknown): string {
  const attempts = (error as { attempts?: Array<{ candidate: { url: string }; failure: { detail: string } }> } | undefined)?.attempts;
  if (Array.isArray(attempts) && attempts.length) {
    return attempts.map(({ candidate, failure }) => `${candidate.url ? `${candidate.url}: ` : ''}${failure.detail}`).join('; ');
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ECONNRESET':
    case 'ERR_STREAM_PREMATURE_CLOSE':
    case 'EPIPE':
      return watchWords.loss.closed;
    case 'ECONNREFUSED':
      return watchWords.loss.refused;
    case 'ENOENT':
      return watchWords.loss.socketGone;
  }
  return message === 'aborted' ? watchWords.loss.closed : message;
}
