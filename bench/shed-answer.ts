/**
 * Whether a body is the server shedding load: its 503 answer when a request's deadline
 * passed or every admission slot stayed taken (DEADLINE_EXCEEDED, SERVER_BUSY). That is
 * the server protecting itself as designed, and how often it happens depends on how fast
 * the machine is at that moment; so it is counted and printed, never taken for a wrong
 * answer (which fails the run).
 */
export function isShedBody(body: string): boolean {
  if (body.length > 1_000) return false;
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    const codes = (parsed.errors ?? []).map((e) => e.extensions?.code);
    return codes.length > 0 && codes.every((c) => c === "DEADLINE_EXCEEDED" || c === "SERVER_BUSY");
  } catch {
    return false;
  }
}
