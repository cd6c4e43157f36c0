/**
 * Limits on what one GraphQL operation may cost, checked before anything runs:
 * nesting depth (GraphQL Armor's validation rule), aliases and directives (counted as
 * executed, see count-per-spread.ts), tokens (graphql-js's own parser limit) and an
 * estimated cost (graphql-query-complexity) in which list and traversal arguments
 * multiply the cost of what they select.
 */
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import {
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  type ValidationContext,
  type ValidationRule,
  valueFromASTUntyped,
} from "graphql";
import { type ComplexityEstimator, getComplexity } from "graphql-query-complexity";
import type { GraphStatistics } from "../domain/graph-statistics.js";
import {
  MAX_IDS,
  MAX_NEIGHBOURHOOD_DEPTH,
  MAX_NEIGHBOURHOOD_LIMIT,
  MAX_PATH_HOPS,
} from "../domain/limits.js";
import type { CostDriver } from "./cost-driver.js";
import { aliasesOf, directivesOf, maxPerOperationRule } from "./count-per-spread.js";
import { graphBound, whereCost } from "./graph-bounds.js";
import { MAX_PAGE_SIZE } from "./input-mapping.js";

export interface QueryLimits {
  /** Deepest nesting of fields below a root field (`{ node(id) { name } }` has depth 1). */
  readonly maxDepth: number;
  /** Most aliases in an operation, counting those inside fragments each time they are spread. */
  readonly maxAliases: number;
  /** Most lexical tokens in the query text; parsing stops past it. */
  readonly maxTokens: number;
  /** Most directives (`@include`, `@skip`) in an operation, counting fragments each time they are spread. */
  readonly maxDirectives: number;
  /** Highest estimated cost (see `costEstimator`). */
  readonly maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  // A connection adds two levels (edges, node): 12 lets a root connection hold two
  // nested connections and a field inside; the cost estimate bounds what they return.
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 1_000,
  maxDirectives: 10,
  maxCost: 100_000,
};

export type LimitName = "depth" | "aliases" | "tokens" | "directives" | "cost";

/** The setting that changes each limit, named in the README. */
export const LIMIT_SETTINGS: Readonly<Record<LimitName, string>> = {
  depth: "ENTENTE_MAX_DEPTH",
  aliases: "ENTENTE_MAX_ALIASES",
  tokens: "ENTENTE_MAX_TOKENS",
  directives: "ENTENTE_MAX_DIRECTIVES",
  cost: "ENTENTE_MAX_COST",
};

/** A client error that names the limit, its maximum and what the query had. */
export function limitError(
  limit: LimitName,
  max: number,
  message: string,
  code: "GRAPHQL_VALIDATION_FAILED" | "BAD_USER_INPUT",
  found?: number,
): GraphQLError {
  return new GraphQLError(`${message} (the ${limit} limit is ${max})`, {
    extensions: {
      code,
      limit,
      max,
      ...(found === undefined ? {} : { found }),
      http: { status: 400 },
    },
  });
}

const foundIn = (error: GraphQLError) => Number(/found (\d+)/.exec(error.message)?.[1] ?? NaN);

/**
 * Armor's rules report through the validation context (as its own Apollo integration
 * does) rather than throwing, so a rejected operation is a GRAPHQL_VALIDATION_FAILED
 * answer with status 400, and the message is ours.
 */
function report(describe: (found: number) => GraphQLError) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(describe(foundIn(error))),
    ],
  };
}

/** Validation rules for depth, aliases and directives (tokens are a parse option, cost needs variables). */
export function limitValidationRules(limits: QueryLimits): ValidationRule[] {
  return [
    // Armor counts the root field as level 1; the limit counts levels below it.
    maxDepthRule({
      n: limits.maxDepth + 1,
      flattenFragments: true,
      ignoreIntrospection: true,
      ...report((found) =>
        limitError(
          "depth",
          limits.maxDepth,
          `query depth ${found - 1} is too deep`,
          "GRAPHQL_VALIDATION_FAILED",
          found - 1,
        ),
      ),
    }) as unknown as ValidationRule,
    maxPerOperationRule(limits.maxAliases, aliasesOf, (found) =>
      limitError(
        "aliases",
        limits.maxAliases,
        `query uses ${found} aliases`,
        "GRAPHQL_VALIDATION_FAILED",
        found,
      ),
    ),
    maxPerOperationRule(limits.maxDirectives, directivesOf, (found) =>
      limitError(
        "directives",
        limits.maxDirectives,
        `query uses ${found} directives`,
        "GRAPHQL_VALIDATION_FAILED",
        found,
      ),
    ),
  ];
}

/** graphql-js stops parsing past `maxTokens` with this message (sic: "more that"). */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more th(?:at|an) (\d+) tokens/;

/** The client error for graphql-js's token-limit parse failure, or undefined for other messages. */
export function tokenLimitError(message: string): GraphQLError | undefined {
  const match = TOKEN_LIMIT_MESSAGE.exec(message);
  if (!match) return undefined;
  const max = Number(match[1]);
  return limitError(
    "tokens",
    max,
    `query has more than ${max} tokens`,
    "GRAPHQL_VALIDATION_FAILED",
  );
}

function numberArg(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);

/**
 * The most an argument can ask for: resolvers refuse anything above, naming the argument,
 * before any work, so an estimate counts a larger value at the ceiling.
 */
const ARGUMENT_CEILINGS: Readonly<Record<string, number>> = {
  first: MAX_PAGE_SIZE,
  limit: MAX_NEIGHBOURHOOD_LIMIT,
  ids: MAX_IDS,
  depth: MAX_NEIGHBOURHOOD_DEPTH,
  maxHops: MAX_PATH_HOPS,
};

/** The most an argument may ask for (unbounded for arguments without a ceiling). */
export function argumentCeiling(name: string): number {
  return ARGUMENT_CEILINGS[name] ?? Number.MAX_SAFE_INTEGER;
}

function argumentValue(name: string, value: unknown): number | undefined {
  const ceiling = argumentCeiling(name);
  if (Array.isArray(value)) return clamp(value.length, ceiling);
  const number = numberArg(value);
  return number === undefined ? undefined : clamp(number, ceiling);
}

type WithDirectives = {
  readonly astNode?: { readonly directives?: readonly DirectiveNode[] } | null;
};

/** The arguments of directive `name` on a field or input field, as plain values. */
function directive(
  element: WithDirectives,
  name: string,
): Readonly<Record<string, unknown>> | undefined {
  const found = element.astNode?.directives?.find((d) => d.name.value === name);
  if (!found) return undefined;
  return Object.fromEntries(
    (found.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value)]),
  );
}

/** `@cost(weight)` of an element, 0 without one. */
function weightOf(element: WithDirectives): number {
  const weight = Number(directive(element, "cost")?.weight ?? 0);
  return Number.isFinite(weight) ? weight : 0;
}

/** Items a list field can return, from its `@listSize`; 1 for other fields. */
function askedSize(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  const listSize = directive(field, "listSize");
  if (!listSize) return 1;
  for (const name of (listSize.slicingArguments as string[] | undefined) ?? []) {
    const value = argumentValue(name, args[name]);
    if (value !== undefined) return value;
  }
  return numberArg(listSize.assumedSize) ?? 1;
}

/** The slicing argument a list field's size comes from (`first`, `limit`), if it has one. */
export function slicingArgumentOf(field: GraphQLField<unknown, unknown>): string | undefined {
  const names = directive(field, "listSize")?.slicingArguments as string[] | undefined;
  return names?.find((name) => ARGUMENT_CEILINGS[name] !== undefined && name !== "ids");
}

/**
 * The walks a field asks for: its own `@walk`, and any input field with `@walk` given in
 * its arguments (an agreement filter's `involvesTopic`), each with its steps and `@cost`.
 */
function walksOf(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): { hops: number; weight: number }[] {
  const walks: { hops: number; weight: number }[] = [];
  const own = directive(field, "walk");
  if (own) {
    walks.push({
      hops: argumentValue(String(own.hops), args[String(own.hops)]) ?? 1,
      weight: weightOf(field),
    });
  }
  for (const argument of field.args) {
    const value = args[argument.name];
    const type = getNamedType(argument.type);
    if (!isInputObjectType(type) || value === null || typeof value !== "object") continue;
    const given = value as Record<string, unknown>;
    for (const inputField of Object.values(type.getFields())) {
      const walk = directive(inputField, "walk");
      if (!walk || given[inputField.name] === undefined || given[inputField.name] === null)
        continue;
      const hops = argumentValue(String(walk.hops), given[String(walk.hops)]) ?? 1;
      walks.push({ hops, weight: weightOf(inputField) });
    }
  }
  return walks;
}

/** What an estimate knows beyond the query: the served graph, and sizes to try instead. */
export interface CostOptions {
  /** The served dataset's statistics; without them, lists count at their asked size. */
  readonly statistics?: GraphStatistics;
  /** A size to count instead of the asked one, per field of the document (cost-driver.ts). */
  readonly sizes?: ReadonlyMap<FieldNode, number>;
}

/**
 * Cost of a field = 1 + its @cost + size × hops × (cost of what it selects) + walk +
 * where, read from the cost directives of the SDL (schema/common.graphql defines them):
 * - size: `@listSize` — the value of a slicing argument (`first`, `limit`, or the length
 *   of `ids`), else its assumed size; 1 for fields that are not lists; and never more
 *   than the graph holds for the field (graph-bounds.ts: the largest degree of its
 *   relationship types, the count of the category it lists);
 * - hops and walk: `@walk` on the field, or on an input field its arguments give
 *   (`involvesTopic`): what the field selects counts once per step, and the walk's
 *   `@cost` once per step too, since searching the graph costs even when it finds little;
 * - where: the condition evaluations its `where` tree makes over every candidate (the
 *   whole category, or every relationship of the field), see whereCost.
 * Arguments beyond their ceilings count at the ceiling (see ARGUMENT_CEILINGS).
 */
export function costEstimator(schema: GraphQLSchema, options: CostOptions): ComplexityEstimator {
  const { statistics, sizes } = options;
  return ({ type, field, args, childComplexity, node }) => {
    const asked = sizes?.get(node) ?? askedSize(field, args);
    const bound = statistics ? graphBound(type, field, args, statistics) : undefined;
    const size = bound === undefined ? asked : Math.min(asked, bound);
    const walks = walksOf(field, args);
    const hops = Math.max(1, ...walks.map((walk) => walk.hops));
    const walk = walks.reduce((sum, one) => sum + one.weight * Math.max(1, one.hops), 0);
    const own = walks.length > 0 && directive(field, "walk") ? 0 : weightOf(field);
    const where = statistics ? whereCost(field, args, bound ?? asked, statistics, schema) : 0;
    return 1 + own + size * hops * childComplexity + walk + where;
  };
}

/** Safety net for fragments spread inside fragments: estimating stops after this many nodes. */
const MAX_QUERY_NODES = 10_000;

/**
 * The estimated cost of the operation, or undefined when its variables do not fit
 * the operation (execution then rejects them with BAD_USER_INPUT before running).
 * Throws the cost-limit error for a document too large to estimate.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
  maxCost: number,
  options: CostOptions = {},
): number | undefined {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName,
      variables: variables ?? {},
      estimators: [costEstimator(schema, options)],
      maxQueryNodes: MAX_QUERY_NODES,
    });
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      throw limitError(
        "cost",
        maxCost,
        `query has more than ${MAX_QUERY_NODES} fields once its fragments are spread`,
        "BAD_USER_INPUT",
      );
    }
    return undefined;
  }
}

/** The cost-limit error for an operation whose estimate exceeds the limit, naming what drives it. */
export function costLimitError(cost: number, maxCost: number, driver?: CostDriver): GraphQLError {
  const advice = !driver
    ? "ask for fewer items (first, limit) or a shorter walk (depth, maxHops)"
    : driver.fits === undefined
      ? `most of it comes from ${driver.field} (line ${driver.line}, column ${driver.column}), and even ${driver.argument}: 1 there is too costly: ask for fewer items inside it`
      : `most of it comes from ${driver.field} (line ${driver.line}, column ${driver.column}, ${driver.argument}: ${driver.asked}); with ${driver.argument}: ${driver.fits} there it would fit`;
  const error = limitError(
    "cost",
    maxCost,
    `query cost ${cost} is too high; ${advice}`,
    "BAD_USER_INPUT",
    cost,
  );
  if (driver) Object.assign(error.extensions, { driver });
  return error;
}
