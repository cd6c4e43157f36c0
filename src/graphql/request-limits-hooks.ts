/**
 * Decides whether and when each operation runs, once its document is parsed and
 * validated and its variables are known, before anything runs: a mutation or
 * subscription is OPERATION_NOT_SUPPORTED (400), variables nested deeper than any input
 * type are BAD_USER_INPUT (400), too costly is BAD_USER_INPUT (400), no room in line is
 * SERVER_BUSY (503, Retry-After), a deadline that passes while waiting is
 * DEADLINE_EXCEEDED (503). The turn is given back when the response is sent, whatever
 * happened in between. (One hook does all of it, in this order: a second plugin
 * refusing the operation could answer while this one still waits for a turn.)
 */
import { type GraphQLRequestContextDidResolveOperation, HeaderMap } from "@apollo/server";
import { GraphQLError, type OperationDefinitionNode } from "graphql";
import { EntenteError } from "../domain/errors.js";
import type { GraphStatistics } from "../domain/graph-statistics.js";
import type { GraphStore } from "../store/graph-store.js";
import type { AdmissionControl } from "./admission-control.js";
import { checkVariableNesting } from "./check-variable-nesting.js";
import { CostCache } from "./cost-cache.js";
import { costLimitError, type QueryLimits } from "./query-limits.js";
import type { RequestContext } from "./request-context.js";
import type { RequestHooks } from "./request-hooks.js";
import { SettledValues } from "./settled-values.js";

/** Seconds a client is asked to wait before retrying a SERVER_BUSY or DEADLINE_EXCEEDED answer. */
export const RETRY_AFTER_SECONDS = 1;

function unavailable(error: EntenteError): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: {
      code: error.code,
      ...error.details,
      http: {
        status: 503,
        headers: new HeaderMap([["retry-after", String(RETRY_AFTER_SECONDS)]]),
      },
    },
  });
}

/**
 * The schema has no Mutation or Subscription type; graphql-js would find that out only
 * when executing, with an error that has no code (and would be masked as internal).
 */
function checkIsQuery(operation: OperationDefinitionNode | undefined): void {
  if (!operation || operation.operation === "query") return;
  throw new GraphQLError(`this API is read-only: it answers queries, not ${operation.operation}s`, {
    extensions: { code: "OPERATION_NOT_SUPPORTED", http: { status: 400 } },
  });
}

/**
 * The statistics of the dataset the request reads. A store that cannot give them (Neo4j
 * unreachable) leaves the estimate at the asked sizes, which bound it from above: the
 * request is then refused or answered as the store allows, never failed for this.
 */
function statisticsOf(
  store: GraphStore,
  settled: SettledValues<GraphStatistics>,
): GraphStatistics | undefined | Promise<GraphStatistics | undefined> {
  try {
    const statistics = settled.read(store.statistics());
    return statistics instanceof Promise ? statistics.catch(() => undefined) : statistics;
  } catch {
    return undefined;
  }
}

export function requestLimitsHooks(
  limits: QueryLimits,
  admission: AdmissionControl,
  costs: CostCache = new CostCache(),
): RequestHooks<RequestContext> {
  const settled = new SettledValues<GraphStatistics>();
  /** The cost limit, then a turn: at once when one is free, else a promise of it. */
  const admit = (
    { schema, document, queryHash, operationName, request, contextValue }: Resolved,
    statistics: GraphStatistics | undefined,
  ): void | Promise<void> => {
    const { cost, driver } = costs.cost(
      schema,
      document,
      queryHash,
      operationName ?? undefined,
      request.variables,
      limits.maxCost,
      statistics,
    );
    if (cost !== undefined && cost > limits.maxCost) {
      throw costLimitError(cost, limits.maxCost, driver);
    }
    const weight = contextValue.weight;
    const heavy = admission.isHeavy(cost ?? 0);
    weight.heavy = heavy;
    const signal = contextValue.deadline?.signal;
    weight.release = admission.tryAcquire(heavy, signal);
    if (weight.release) return;
    return admission.acquire(heavy, signal).then(
      (turn) => {
        weight.release = turn;
      },
      (error: unknown) => {
        throw error instanceof EntenteError ? unavailable(error) : error;
      },
    );
  };
  return {
    didResolveOperation(resolved) {
      checkIsQuery(resolved.operation);
      checkVariableNesting(resolved.request.variables);
      // Awaited only until the store's statistics are first seen (a turn saved per request).
      const known = statisticsOf(resolved.contextValue.datasetSource, settled);
      return known instanceof Promise
        ? known.then((statistics) => admit(resolved, statistics))
        : admit(resolved, known);
    },
    willSendResponse({ contextValue: { weight } }) {
      const release = weight.release;
      weight.release = undefined;
      release?.();
      // A heavy answer is serialised on a later turn of the event loop, so that the
      // requests read meanwhile are not kept waiting behind its JSON as well.
      if (weight.heavy) return new Promise<void>((resolve) => setImmediate(resolve));
    },
  };
}

type Resolved = GraphQLRequestContextDidResolveOperation<RequestContext>;
