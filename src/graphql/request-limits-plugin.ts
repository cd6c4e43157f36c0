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
import { type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import { GraphQLError, type OperationDefinitionNode } from "graphql";
import { EntenteError } from "../domain/errors.js";
import type { GraphStatistics } from "../domain/graph-statistics.js";
import type { GraphStore } from "../store/graph-store.js";
import type { AdmissionControl, Release } from "./admission-control.js";
import { checkVariableNesting } from "./check-variable-nesting.js";
import { CostCache } from "./cost-cache.js";
import { costLimitError, type QueryLimits } from "./query-limits.js";
import type { RequestContext } from "./request-context.js";

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
async function statisticsOf(store: GraphStore): Promise<GraphStatistics | undefined> {
  try {
    return await store.statistics();
  } catch {
    return undefined;
  }
}

export function requestLimitsPlugin(
  limits: QueryLimits,
  admission: AdmissionControl,
  costs: CostCache = new CostCache(),
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let release: Release | undefined;
      return {
        async didResolveOperation({
          schema,
          document,
          queryHash,
          operation,
          operationName,
          request,
          contextValue,
        }) {
          checkIsQuery(operation);
          checkVariableNesting(request.variables);
          const { cost, driver } = costs.cost(
            schema,
            document,
            queryHash,
            operationName ?? undefined,
            request.variables,
            limits.maxCost,
            await statisticsOf(contextValue.datasetSource),
          );
          if (cost !== undefined && cost > limits.maxCost) {
            throw costLimitError(cost, limits.maxCost, driver);
          }
          const heavy = admission.isHeavy(cost ?? 0);
          contextValue.weight.heavy = heavy;
          try {
            release = await admission.acquire(heavy, contextValue.deadline?.signal);
          } catch (error) {
            if (error instanceof EntenteError) throw unavailable(error);
            throw error;
          }
        },
        async willSendResponse({ contextValue }) {
          release?.();
          release = undefined;
          // A heavy answer is serialised on a later turn of the event loop, so that the
          // requests read meanwhile are not kept waiting behind its JSON as well.
          if (contextValue.weight.heavy) await new Promise((resolve) => setImmediate(resolve));
        },
      };
    },
  };
}
