/**
 * When watch verifies: soon after Docker reports a change (debounced, so the burst of events one `docker run`
 * makes gives one verification), at once when asked (`r`), and never two at a time: a request that comes while
 * a verification runs is queued, once, and runs right after it.
 */
export interface RecheckTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

const realTimers: RecheckTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  now: () => Date.now(),
};

export class Rechecker {
  private timer: unknown;
  private firstRequestAt = 0;
  private running: Promise<void> | undefined;
  private queued = false;
  private stopped = false;

  constructor(
    private readonly verify: () => Promise<void>,
    /** Quiet time after the last event before verifying. */
    private readonly debounceMs = 100,
    /** A steady stream of events still gets a verification this often. */
    private readonly maxWaitMs = 1000,
    private readonly timers: RecheckTimers = realTimers,
  ) {}

  /** Verify once things have been quiet for a moment. */
  soon(): void {
    if (this.stopped) return;
    if (this.timer !== undefined) {
      if (this.timers.now() - this.firstRequestAt >= this.maxWaitMs) return;
      this.timers.clearTimeout(this.timer);
    } else this.firstRequestAt = this.timers.now();
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      this.start();
    }, this.debounceMs);
  }

  /** Verify now (or right after the verification under way). */
  now(): void {
    if (this.stopped) return;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.start();
  }

  /** Whether a verification is under way. */
  get busy(): boolean {
    return this.running !== undefined;
  }

  /** Resolves when no verification runs or waits. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.queued = false;
  }

  private start(): void {
    if (this.stopped) return;
    if (this.running) {
      this.queued = true;
      return;
    }
    this.running = (async () => {
      try {
        await this.verify();
      } catch {
        // verify reports its own failures; a throw must not stop later verifications
      }
    })().finally(() => {
      this.running = undefined;
      if (this.queued) {
        this.queued = false;
        this.start();
      }
    });
  }
}
