import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Rechecker } from './recheck.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A verification that takes `ms` and counts how often it ran. */
function slowVerify(ms: number) {
  const runs: number[] = [];
  let running = 0;
  let overlapped = false;
  const verify = vi.fn(async () => {
    running++;
    if (running > 1) overlapped = true;
    runs.push(Date.now());
    await new Promise((resolve) => setTimeout(resolve, ms));
    running--;
  });
  return { verify, runs, overlapped: () => overlapped };
}

describe('Rechecker', () => {
  it('makes one verification of a burst of events, 100 ms after the last', async () => {
    const { verify, runs } = slowVerify(10);
    const recheck = new Rechecker(verify, 100, 1000);
    const start = Date.now();
    recheck.soon();
    await vi.advanceTimersByTimeAsync(50);
    recheck.soon();
    await vi.advanceTimersByTimeAsync(50);
    recheck.soon();
    await vi.advanceTimersByTimeAsync(99);
    expect(verify).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([start + 200]);
    await vi.advanceTimersByTimeAsync(500);
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('still verifies during a steady stream of events, at least once a second', async () => {
    const { verify } = slowVerify(10);
    const recheck = new Rechecker(verify, 100, 1000);
    for (let index = 0; index < 30; index++) {
      recheck.soon();
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(verify.mock.calls.length).toBeGreaterThanOrEqual(1);
  });

  it('never runs two verifications at once, and queues what comes meanwhile only once', async () => {
    const { verify, overlapped } = slowVerify(300);
    const recheck = new Rechecker(verify, 100, 1000);
    recheck.now();
    expect(recheck.busy).toBe(true);
    recheck.now();
    recheck.soon();
    await vi.advanceTimersByTimeAsync(150);
    recheck.now();
    await vi.advanceTimersByTimeAsync(1000);
    expect(verify).toHaveBeenCalledTimes(2);
    expect(overlapped()).toBe(false);
    await recheck.idle();
    expect(recheck.busy).toBe(false);
  });

  it('goes on after a verification that throws, and does nothing once stopped', async () => {
    const verify = vi.fn().mockRejectedValueOnce(new Error('daemon gone')).mockResolvedValue(undefined);
    const recheck = new Rechecker(verify, 100, 1000);
    recheck.now();
    await recheck.idle();
    recheck.now();
    await recheck.idle();
    expect(verify).toHaveBeenCalledTimes(2);
    recheck.soon();
    recheck.stop();
    recheck.now();
    await vi.advanceTimersByTimeAsync(500);
    expect(verify).toHaveBeenCalledTimes(2);
  });
});
