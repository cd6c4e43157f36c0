/**
 * Checks that every quote stands in its source text at the offsets given, so
 * evidence can be shown in context and cannot drift from what the source says.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { GraphNode } from "../domain/graph-types.js";
import type { BuiltDataset } from "./build-dataset.js";
import type { SeedIssue } from "./seed-issue.js";

/** Every offset at which `quote` occurs in `text`, for messages and for authoring new evidence. */
export function findQuote(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

export async function checkQuotes(
  built: Pick<BuiltDataset, "nodes" | "evidence">,
  sourcesDir: string,
): Promise<SeedIssue[]> {
  const issues: SeedIssue[] = [];
  const missingReported = new Set<string>();
  const texts = new Map<string, string | undefined>();
  const sources = new Map<string, GraphNode>(
    built.nodes.filter((node) => node.source).map((node) => [node.id, node]),
  );
  const textOf = async (sourceId: string) => {
    if (!texts.has(sourceId)) {
      const file = sources.get(sourceId)?.source?.file;
      texts.set(
        sourceId,
        file ? await readFile(join(sourcesDir, file), "utf8").catch(() => undefined) : undefined,
      );
    }
    return texts.get(sourceId);
  };
  for (const { evidence, at } of built.evidence) {
    const source = sources.get(evidence.sourceId);
    if (!source) continue; // reported by buildDataset
    const text = await textOf(evidence.sourceId);
    if (text === undefined) {
      // One issue per missing text, not one per quote taken from it.
      if (missingReported.has(evidence.sourceId)) continue;
      missingReported.add(evidence.sourceId);
      issues.push({
        file: at.file.file,
        ...at.file.locate([...at.path, "source"]),
        message: `source text ${source.source?.file} is not in ${sourcesDir}`,
      });
      continue;
    }
    if (text.slice(evidence.start, evidence.end) === evidence.quote) continue;
    const found = findQuote(text, evidence.quote);
    const hint =
      found.length === 0
        ? "the quote does not occur in the source at all"
        : `it occurs at ${found.map((start) => `${start}–${start + evidence.quote.length}`).join(", ")}`;
    issues.push({
      file: at.file.file,
      ...at.file.locate([...at.path, "quote"]),
      message: `quote is not at ${evidence.start}–${evidence.end} of ${source.source?.file}; ${hint}`,
    });
  }
  return issues;
}
