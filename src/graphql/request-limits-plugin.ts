/**
 * Applies the cost limit and admission control to each operation once its document
 * is parsed and validated and its variables are known, before anything runs: too
 * costly is BAD_USER_INPUT (400), no room in line is SERVER_BUSY (503, Retry-After),
 * a deadline that passes while waiting is DEADLINE_EXCEEDED (503). The turn is given
 * back when the response is sent, whatever happened in between.
 */
import { type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";
import { EntenteError } from "../domain/errors.js";
import type { AdmissionControl, Release } from "./admission-control.js";
import { cachedQueryCost, costLimitError, type QueryLimits } from "./query-limits.js";
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

export function requestLimitsPlugin(
  limits: QueryLimits,
  admission: AdmissionControl,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let release: Release | undefined;
      return {
        async didResolveOperation({ schema, document, operationName, request, contextValue }) {
          const cost = cachedQueryCost(
            schema,
            document,
            operationName ?? undefined,
            request.variables,
            limits.maxCost,
          );
          if (cost !== undefined && cost > limits.maxCost) {
            throw costLimitError(cost, limits.maxCost);
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
