/**
 * Fails fast while Neo4j is known to be unreachable, and finds out by itself when
 * it is back. After a connection failure, calls fail at once with the same
 * STORE_UNAVAILABLE for `failFastMs`; then one call goes through as a probe (others
 * still fail fast meanwhile): if it reaches the database the breaker closes and
 * every call goes through again, if not it stays open for another `failFastMs`.
 * Only connection failures open it: a query that fails on a reachable database
 * says nothing about availability.
 */
import type { EntenteError } from "../../domain/errors.js";

export class CircuitBreaker {
  private failure: EntenteError | undefined;
  private openUntil = 0;
  private probing = false;

  constructor(
    readonly failFastMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether calls currently fail fast (open), for readiness and tests. */
  get isOpen(): boolean {
    return this.failure !== undefined;
  }

  /**
   * Throws the last failure while open; otherwise lets the call through (after the
   * cool-down, as the one probe, which must report back through succeeded or failed).
   */
  admit(): void {
    if (!this.failure) return;
    if (this.now() < this.openUntil || this.probing) throw this.failure;
    this.probing = true;
  }

  /** The call reached the database (whatever the query's own outcome). */
  succeeded(): void {
    this.failure = undefined;
    this.probing = false;
  }

  /** The call could not reach the database. */
  failed(error: EntenteError): void {
    this.failure = error;
    this.openUntil = this.now() + this.failFastMs;
    this.probing = false;
  }
}
