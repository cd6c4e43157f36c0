/**
 * Reads an integer setting from the environment, so every setting fails the
 * same way at start-up: with its name and the text it was given.
 */
export function readEnvInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: 0 | 1,
): number {
  const text = env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    const kind = min === 0 ? "non-negative" : "positive";
    throw new Error(`${name} must be a ${kind} integer, got "${text}"`);
  }
  return value;
}
