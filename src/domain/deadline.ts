/**
 * The time a request may take. Created when a request arrives; every layer that
 * does work for it (resolvers, store calls, the Neo4j transaction) asks how much
 * time is left and stops, with DEADLINE_EXCEEDED, once none is.
 */
import { EntenteError } from "./errors.js";

export class DeadlineExceededError extends EntenteError {
  constructor(timeoutMs: number) {
    super("DEADLINE_EXCEEDED", `the request did not finish within its ${timeoutMs} ms deadline`, {
      timeoutMs,
    });
    this.name = "DeadlineExceededError";
  }
}

export class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  /**
   * The races still waiting, each rejected when the deadline passes. One request may race
   * many store calls at once (15 aliased root fields); one listener on the signal for all
   * of them, rather than one each, keeps Node's "possible EventTarget memory leak"
   * warning (past 10 listeners) from being written for every such request.
   */
  private readonly waiting = new Set<() => void>();
  /** When the deadline passes, in `Date.now()` milliseconds. */
  readonly expiresAt: number;

  constructor(readonly timeoutMs: number) {
    this.expiresAt = Date.now() + timeoutMs;
    this.timer = setTimeout(() => this.controller.abort(this.error()), timeoutMs);
    this.timer.unref();
    this.controller.signal.addEventListener(
      "abort",
      () => {
        for (const reject of this.waiting) reject();
        this.waiting.clear();
      },
      { once: true },
    );
  }

  /** Aborted, with a DeadlineExceededError as its reason, when the deadline passes. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get expired(): boolean {
    return this.controller.signal.aborted || Date.now() >= this.expiresAt;
  }

  /** Milliseconds left, never below 0. */
  remainingMs(): number {
    return Math.max(0, this.expiresAt - Date.now());
  }

  /** Throws DEADLINE_EXCEEDED once the deadline has passed. */
  check(): void {
    if (this.expired) throw this.error();
  }

  /** Settles like `promise`, or rejects with DEADLINE_EXCEEDED when the deadline passes first. */
  race<T>(promise: Promise<T>): Promise<T> {
    if (this.expired) {
      promise.catch(() => {});
      return Promise.reject(this.error());
    }
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(this.error());
      this.waiting.add(onAbort);
      promise.then(
        (value) => {
          this.waiting.delete(onAbort);
          resolve(value);
        },
        (error: unknown) => {
          this.waiting.delete(onAbort);
          reject(error);
        },
      );
    });
  }

  /** Stops the timer once the request is answered. */
  dispose(): void {
    clearTimeout(this.timer);
  }

  error(): DeadlineExceededError {
    return new DeadlineExceededError(this.timeoutMs);
  }
}
