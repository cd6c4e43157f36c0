/** Compares two answers as JSON text and says where they first differ. */

/** Undefined when the answers are equal; otherwise where they first differ, with context. */
export function answerDifference(want: unknown, got: unknown): string | undefined {
  const [a, b] = [JSON.stringify(want) ?? "", JSON.stringify(got) ?? ""];
  if (a === b) return undefined;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const from = Math.max(0, at - 80);
  return `at character ${at}: expected …${a.slice(from, at + 120)}… got …${b.slice(from, at + 120)}…`;
}
