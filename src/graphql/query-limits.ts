/**
 * Limits on what one GraphQL operation may cost, checked before anything runs:
 * nesting depth (GraphQL Armor's validation rule), aliases and directives (counted as
 * executed, see count-per-spread.ts), tokens (graphql-js's own parser limit) and an
 * estimated cost (graphql-query-complexity) in which list and traversal arguments
 * multiply the cost of what they select.
 */
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { type ComplexityEstimator, getComplexity } from "graphql-query-complexity";
import { DEFAULT_INVOLVEMENT_HOPS, MAX_INVOLVEMENT_HOPS } from "../domain/involvement.js";
import {
  MAX_NEIGHBOURHOOD_DEPTH,
  MAX_NEIGHBOURHOOD_LIMIT,
  MAX_PATH_HOPS,
} from "../domain/limits.js";
import { aliasesOf, directivesOf, maxPerOperationRule } from "./count-per-spread.js";
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
  maxDepth: 8,
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

/** Fields that walk the graph, whatever they return: each hop of the walk costs WALK_COST. */
const WALKS = new Set(["paths", "neighbourhood", "subgraph"]);
export const WALK_COST = 1_000;

/**
 * Cost of a field = 1 + size × hops × (cost of what it selects) + walk, where
 * - size is `first` or `limit` (the most items the field can return) or the number of
 *   `ids` asked for, 1 for other fields;
 * - hops is `depth` or `maxHops` (how far a traversal walks), or `filter.maxHops` when
 *   the filter has `involvesTopic`; at least 1;
 * - walk is WALK_COST × hops for the fields that search the graph (paths, neighbourhood,
 *   subgraph, and a filter with `involvesTopic`), whose search costs even when it
 *   returns little.
 * Arguments beyond their ceilings count at the ceiling: the resolver rejects them
 * before any work, with a message naming the argument.
 */
export const costEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const first = numberArg(args.first);
  const limit = numberArg(args.limit);
  const ids = Array.isArray(args.ids) ? args.ids.length : undefined;
  const size =
    first !== undefined
      ? clamp(first, MAX_PAGE_SIZE)
      : limit !== undefined
        ? clamp(limit, MAX_NEIGHBOURHOOD_LIMIT)
        : ids !== undefined
          ? clamp(ids, 100)
          : 1;
  const depth = numberArg(args.depth);
  const maxHops = numberArg(args.maxHops);
  const filter = args.filter as { involvesTopic?: unknown; maxHops?: unknown } | null | undefined;
  const involvement = Boolean(filter?.involvesTopic);
  const hops = Math.max(
    1,
    depth !== undefined
      ? clamp(depth, MAX_NEIGHBOURHOOD_DEPTH)
      : maxHops !== undefined
        ? clamp(maxHops, MAX_PATH_HOPS)
        : involvement
          ? clamp(numberArg(filter?.maxHops) ?? DEFAULT_INVOLVEMENT_HOPS, MAX_INVOLVEMENT_HOPS)
          : 1,
  );
  const walk = WALKS.has(field.name) || involvement ? WALK_COST * hops : 0;
  return 1 + size * hops * childComplexity + walk;
};

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
): number | undefined {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName,
      variables: variables ?? {},
      estimators: [costEstimator],
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

/** The cost-limit error for an operation whose estimate exceeds the limit. */
export function costLimitError(cost: number, maxCost: number): GraphQLError {
  return limitError(
    "cost",
    maxCost,
    `query cost ${cost} is too high; ask for fewer items (first, limit) or a shorter walk (depth, maxHops)`,
    "BAD_USER_INPUT",
    cost,
  );
}
