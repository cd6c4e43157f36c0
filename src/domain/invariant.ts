/**
 * For what cannot happen: a broken assumption of the code itself, never a client's
 * mistake or a store failure (those have their own typed errors). An InvariantError is
 * masked as an internal error at the API's edge and logged with its message.
 */
export class InvariantError extends Error {
  override readonly name = "InvariantError";
}

/** Asserts `condition`; the message says which assumption broke. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InvariantError(message);
}
