/**
 * Typed errors with stable codes. The GraphQL layer passes `code` to clients in
 * `extensions.code`; anything that is not an EntenteError is masked there.
 */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "STORE_UNAVAILABLE"
  | "SEED_INVALID"
  /** The request ran past its deadline (ENTENTE_REQUEST_TIMEOUT_MS) and was stopped. */
  | "DEADLINE_EXCEEDED"
  /** Too many requests are running and waiting; the client should retry shortly. */
  | "SERVER_BUSY";

export class EntenteError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra, client-safe details (e.g. which argument was wrong). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = "EntenteError";
  }
}

/** The caller sent an argument the API cannot accept; `argument` names it. */
export class BadUserInputError extends EntenteError {
  constructor(argument: string, message: string) {
    super("BAD_USER_INPUT", `${argument}: ${message}`, { argument });
    this.name = "BadUserInputError";
  }
}
