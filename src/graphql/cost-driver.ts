/**
 * For a query refused as too costly, the field that drives its cost and the `first` (or
 * `limit`) there that would make it fit, so that the error tells the client what to
 * change rather than only that the query is too costly.
 *
 * The driver is the sliced list field whose size matters most: the one whose count at a
 * single item lowers the estimate the most. The size that fits is then found by halving
 * the interval between 1 and the asked size (at most 7 estimates: sizes stop at 100).
 * The work is a bounded number of estimates, each bounded in fields (MAX_QUERY_NODES),
 * and it is done only for refusals.
 */
import {
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { argumentCeiling, type CostOptions, queryCost, slicingArgumentOf } from "./query-limits.js";

/** Sliced fields tried as drivers, in document order; a query rarely has more. */
const MAX_CANDIDATES = 16;

export interface CostDriver {
  /** The field's name as written (its alias, if it has one). */
  readonly field: string;
  readonly line: number;
  readonly column: number;
  /** The argument to lower: `first` or `limit`. */
  readonly argument: string;
  /** The size the query asked for there (the default when it gave none). */
  readonly asked: number;
  /** The largest size there with which the query fits; absent when even 1 does not. */
  readonly fits?: number;
}

interface Candidate {
  readonly node: FieldNode;
  readonly argument: string;
  /** The size asked for: the argument's value, else its default. */
  readonly asked: number;
}

/** The document's sliced list fields (operations and fragments), in document order. */
function slicedFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): Candidate[] {
  const found: Candidate[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const definition = typeInfo.getFieldDef();
        if (!definition || found.length >= MAX_CANDIDATES) return;
        const argument = slicingArgumentOf(definition);
        if (!argument) return;
        const given = node.arguments?.find((arg) => arg.name.value === argument)?.value;
        const value =
          given === undefined
            ? definition.args.find((arg) => arg.name === argument)?.defaultValue
            : valueFromASTUntyped(given, variables);
        if (typeof value !== "number" || value <= 1) return;
        found.push({ node, argument, asked: Math.min(value, argumentCeiling(argument)) });
      },
    }),
  );
  return found;
}

/**
 * The driver of a refused query's cost, or undefined when no sliced field changes it.
 * `cost` is the estimate already made with `options`.
 */
export function findCostDriver(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
  maxCost: number,
  cost: number,
  options: CostOptions,
): CostDriver | undefined {
  const estimate = (node: FieldNode, size: number) =>
    queryCost(schema, document, operationName, variables, maxCost, {
      ...options,
      sizes: new Map([[node, size]]),
    }) ?? Number.POSITIVE_INFINITY;
  let best: { candidate: Candidate; atOne: number } | undefined;
  for (const candidate of slicedFields(schema, document, variables)) {
    const atOne = estimate(candidate.node, 1);
    if (atOne < cost && (!best || atOne < best.atOne)) best = { candidate, atOne };
  }
  if (!best) return undefined;
  const { node, argument, asked } = best.candidate;
  const driver = {
    field: node.alias?.value ?? node.name.value,
    line: node.loc?.startToken.line ?? 0,
    column: node.loc?.startToken.column ?? 0,
    argument,
    asked,
  };
  if (best.atOne > maxCost) return driver;
  // The largest size that fits, between 1 (which fits) and the asked one (which does not).
  let low = 1;
  let high = asked;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (estimate(node, middle) <= maxCost) low = middle;
    else high = middle;
  }
  return { ...driver, fits: low };
}
