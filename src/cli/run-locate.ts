import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { findQuote } from "../seed/check-quotes.js";

/**
 * `entente locate`: prints where a quote stands in a source text, as the
 * `start`/`end` to write in a seed file's evidence.
 */
export async function runLocate(
  options: { sourcesDir: string; file: string; quote: string },
  out: (line: string) => void,
): Promise<number> {
  const text = await readFile(join(options.sourcesDir, options.file), "utf8");
  const found = findQuote(text, options.quote);
  if (found.length === 0) {
    out(`not found in ${options.file}: check spelling, quotes (’ vs ') and dashes (– vs -)`);
    return 1;
  }
  for (const start of found) out(`start: ${start}, end: ${start + options.quote.length}`);
  return 0;
}
