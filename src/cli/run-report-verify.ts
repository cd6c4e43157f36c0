import { claimsOf, referenceDayFrom, type Statement, verifyStatements } from "../domain/claims.js";
import type { Dataset } from "../domain/graph-types.js";
import { loadSeed } from "../seed/load-seed.js";

/**
 * `entente report verify`: what to verify next in the seed — predictions whose date has
 * passed with no outcome, claims from different sources that disagree, facts that rest
 * on inference only — measured against the reference date (docs/decisions/0008).
 */
export async function runReportVerify(
  options: { seedDir: string; referenceDate?: string },
  out: (line: string) => void,
): Promise<number> {
  const referenceDate = referenceDayFrom(
    options.referenceDate ?? process.env.ENTENTE_REFERENCE_DATE,
  );
  const dataset = await loadSeed({ seedDir: options.seedDir });
  for (const line of verificationReport(dataset, referenceDate)) out(line);
  return 0;
}

/** The report's lines: a heading, then each list with its count. */
export function verificationReport(dataset: Dataset, referenceDate: string): string[] {
  const names = new Map(dataset.nodes.map((node) => [node.id, node.name]));
  const label = (statement: Statement) =>
    "category" in statement
      ? `${statement.name} [${statement.id}]`
      : `${names.get(statement.from) ?? statement.from} –${statement.type}→ ${names.get(statement.to) ?? statement.to} [${statement.id}]`;
  const result = verifyStatements([...dataset.nodes, ...dataset.edges], referenceDate);
  const lines = [`What to verify in dataset ${dataset.version}, reference date ${referenceDate}`];
  lines.push(
    "",
    `Overdue (${result.overdue.length}): planned or expected, date passed, no outcome`,
  );
  for (const statement of result.overdue) {
    const sources = [...new Set(claimsOf(statement).map((claim) => claim.sourceId))].join(", ");
    lines.push(
      `  ${label(statement)}: ${statement.status} for ${statement.date?.iso} (${sources})`,
    );
  }
  lines.push("", `Conflicts (${result.conflicts.length}): sources that disagree`);
  for (const { statement, conflict } of result.conflicts) {
    lines.push(
      `  ${label(statement)}: ${conflict.reason} (${conflict.first.id} / ${conflict.second.id})`,
    );
  }
  lines.push("", `Inferred only (${result.inferredOnly.length}): no quote states it outright`);
  for (const statement of result.inferredOnly) lines.push(`  ${label(statement)}`);
  return lines;
}
