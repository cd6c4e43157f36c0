/**
 * Neo4j's plan for a statement, as a tree of operators: what EXPLAIN says the planner
 * will do, or what PROFILE says it did (rows and db hits per operator). The plan test
 * walks it to check that statements start from indexes; the benchmark prints the db hits.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { runParameters } from "./cypher-statement.js";
import { toNumber } from "./record-mapping.js";

export interface PlanOperator {
  /** Operator name without the runtime suffix, e.g. `NodeUniqueIndexSeek`. */
  readonly operator: string;
  /** The planner's one-line description (index, predicate, variables). */
  readonly details: string;
  /** PROFILE only: rows the operator produced and the database accesses it made. */
  readonly rows?: number;
  readonly dbHits?: number;
  readonly children: readonly PlanOperator[];
}

/** The driver's plan shape (summary.plan or summary.profile), as far as it is read here. */
interface DriverPlan {
  readonly operatorType: string;
  readonly arguments?: Record<string, unknown>;
  readonly rows?: unknown;
  readonly dbHits?: unknown;
  readonly children: readonly DriverPlan[];
}

function toOperator(plan: DriverPlan, profiled: boolean): PlanOperator {
  const details = plan.arguments?.Details;
  return {
    operator: plan.operatorType.replace(/@.*$/, ""),
    details: typeof details === "string" ? details.replace(/\s+/g, " ") : "",
    ...(profiled ? { rows: toNumber(plan.rows ?? 0), dbHits: toNumber(plan.dbHits ?? 0) } : {}),
    children: plan.children.map((child) => toOperator(child, profiled)),
  };
}

/** Every operator of the tree, parents before children. */
export function allOperators(root: PlanOperator): PlanOperator[] {
  return [root, ...root.children.flatMap(allOperators)];
}

/** Database accesses of the whole plan (PROFILE). */
export function totalDbHits(root: PlanOperator): number {
  return allOperators(root).reduce((sum, step) => sum + (step.dbHits ?? 0), 0);
}

/**
 * Runs `EXPLAIN` (plan only, nothing executed) or `PROFILE` (executed, rows and db hits
 * counted) of a statement text with its parameters' values, in a read transaction.
 */
export async function planOf(
  driver: Driver,
  mode: "EXPLAIN" | "PROFILE",
  text: string,
  parameters: Record<string, unknown>,
  database?: string,
): Promise<PlanOperator> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) =>
      tx.run(`${mode} ${text}`, runParameters(parameters)),
    );
    const plan = (mode === "PROFILE" ? result.summary.profile : result.summary.plan) as
      | DriverPlan
      | false;
    if (!plan) throw new Error(`Neo4j returned no plan for ${mode}`);
    return toOperator(plan, mode === "PROFILE");
  } finally {
    await session.close();
  }
}
