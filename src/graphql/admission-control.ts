/**
 * Bounds how much work runs at once, so one client's expensive queries cannot take
 * the server from everyone else: at most `maxConcurrent` operations run, of which at
 * most `maxHeavyConcurrent` are heavy (estimated cost at or above `heavyCost`); the
 * rest wait in line, cheap ones first, and past `maxQueued` waiting the server
 * answers SERVER_BUSY at once instead of piling up memory.
 *
 * Node runs JavaScript on one thread, so bounding concurrency is not enough on its
 * own: a waiter handed a turn when another finishes would start in the same run of
 * promise callbacks, and a backlog of heavy queries would then run back to back
 * without the server reading new requests. A turn is therefore handed over on the
 * next turn of the event loop (setImmediate), after pending I/O has been read.
 */
import { EntenteError } from "../domain/errors.js";

export interface AdmissionLimits {
  /** Operations running at once. */
  readonly maxConcurrent: number;
  /** Heavy operations running at once (they also count towards `maxConcurrent`). */
  readonly maxHeavyConcurrent: number;
  /** Operations waiting for a turn; more are refused with SERVER_BUSY. */
  readonly maxQueued: number;
  /** Estimated cost from which an operation is heavy. */
  readonly heavyCost: number;
}

export const DEFAULT_ADMISSION_LIMITS: AdmissionLimits = {
  maxConcurrent: 32,
  maxHeavyConcurrent: 1,
  maxQueued: 256,
  heavyCost: 10_000,
};

export class ServerBusyError extends EntenteError {
  constructor(running: number, queued: number) {
    super(
      "SERVER_BUSY",
      `the server is busy (${running} requests running, ${queued} waiting); retry shortly`,
    );
    this.name = "ServerBusyError";
  }
}

interface Waiter {
  readonly heavy: boolean;
  /** Called with the turn, already counted as running. */
  readonly start: (release: Release) => void;
}

export type Release = () => void;

export class AdmissionControl {
  private running = 0;
  private runningHeavy = 0;
  private readonly lightQueue: Waiter[] = [];
  private readonly heavyQueue: Waiter[] = [];

  constructor(readonly limits: AdmissionLimits = DEFAULT_ADMISSION_LIMITS) {}

  isHeavy(cost: number): boolean {
    return cost >= this.limits.heavyCost;
  }

  /** What is running and waiting now, for tests and diagnostics. */
  stats(): { running: number; runningHeavy: number; queued: number; queuedHeavy: number } {
    return {
      running: this.running,
      runningHeavy: this.runningHeavy,
      queued: this.lightQueue.length + this.heavyQueue.length,
      queuedHeavy: this.heavyQueue.length,
    };
  }

  /**
   * Waits for a turn and returns the function that gives it back (call it exactly once,
   * when the work is done). Rejects with SERVER_BUSY when the line is full, and with the
   * signal's reason when it aborts while waiting (e.g. the request's deadline).
   */
  /**
   * A turn at once when one is free (as acquire would give it, without a promise), else
   * undefined: then acquire waits, refuses or rejects as it says.
   */
  tryAcquire(heavy: boolean, signal?: AbortSignal): Release | undefined {
    if (signal?.aborted || !this.canStart(heavy)) return undefined;
    return this.reserve(heavy);
  }

  acquire(heavy: boolean, signal?: AbortSignal): Promise<Release> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.canStart(heavy)) return Promise.resolve(this.reserve(heavy));
    const queued = this.lightQueue.length + this.heavyQueue.length;
    if (queued >= this.limits.maxQueued) {
      return Promise.reject(new ServerBusyError(this.running, queued));
    }
    return new Promise<Release>((resolve, reject) => {
      const queue = heavy ? this.heavyQueue : this.lightQueue;
      const onAbort = () => {
        const at = queue.indexOf(waiter);
        if (at >= 0) queue.splice(at, 1);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        heavy,
        start: (release) => {
          signal?.removeEventListener("abort", onAbort);
          if (signal?.aborted) {
            release();
            reject(signal.reason);
          } else {
            resolve(release);
          }
        },
      };
      queue.push(waiter);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  private canStart(heavy: boolean): boolean {
    if (this.running >= this.limits.maxConcurrent || this.lightQueue.length > 0) return false;
    if (!heavy) return true;
    return this.runningHeavy < this.limits.maxHeavyConcurrent && this.heavyQueue.length === 0;
  }

  /** Counts a turn as running and returns the function that gives it back. */
  private reserve(heavy: boolean): Release {
    this.running += 1;
    if (heavy) this.runningHeavy += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      if (heavy) this.runningHeavy -= 1;
      this.dispatch();
    };
  }

  /** Starts waiters while there is room: cheap ones first, heavy ones while heavy room is left. */
  private dispatch(): void {
    while (this.running < this.limits.maxConcurrent) {
      const next =
        this.lightQueue.shift() ??
        (this.runningHeavy < this.limits.maxHeavyConcurrent ? this.heavyQueue.shift() : undefined);
      if (!next) return;
      const release = this.reserve(next.heavy);
      setImmediate(() => next.start(release));
    }
  }
}
