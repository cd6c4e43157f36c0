/** Root fields for exploring: paths, neighbourhoods, the timeline and overview counts. */
import type { GraphQLResolveInfo } from "graphql";
import { BadUserInputError } from "../../domain/errors.js";
import type { GraphEdge, GraphNode } from "../../domain/graph-types.js";
import { DEFAULT_PATH_HOPS, MAX_PATH_HOPS, MAX_PATHS } from "../../domain/limits.js";
import {
  deriveStatusHistory,
  STATUS_STEP_TYPES,
  type StatusStepValue,
} from "../../domain/status-history.js";
import { isNodeCategory, isProspective, type Status } from "../../domain/vocabulary.js";
import { exportMeta, wholeGraph } from "../../export/export-query.js";
import { renderExport } from "../../export/render-off-thread.js";
import type {
  GraphStore,
  GroupBy,
  NeighbourhoodQuery,
  TimelineEntry,
} from "../../store/graph-store.js";
import {
  checkNeighbourhoodRequest,
  resolveNeighbourhood,
} from "../../store/neighbourhood-request.js";
import { resolveReferences } from "../../store/resolve-references.js";
import { cursorBinding, offsetAfter } from "../cursor.js";
import type {
  QueryCountsArgs,
  QueryMostConnectedArgs,
  QueryNeighbourhoodArgs,
  QueryPathsArgs,
  QuerySubgraphArgs,
  QueryTimelineArgs,
} from "../generated/schema-types.js";
import {
  checkDay,
  checkOrder,
  checkPageSize,
  checkRange,
  checkText,
  requestResolver,
  toDayRange,
  topicReference,
} from "../input-mapping.js";
import { datasetVersion, type RequestContext } from "../request-context.js";
import { selectionTest } from "../selection-test.js";
import { categoryEnumValue } from "../vocabulary-sdl.js";
import { claimValues } from "./claim-resolvers.js";
import { toConnection } from "./connection.js";
import { statementSummary } from "./statement-summary.js";

/** The walk's arguments, as `neighbourhood` and `subgraph` share them. */
export type NeighbourhoodArgs = Omit<QueryNeighbourhoodArgs, "ids">;

/** Checks neighbourhood arguments (as every entry point does) and resolves the starts. */
export async function toNeighbourhoodQuery(
  store: GraphStore,
  name: string,
  references: readonly string[],
  args: NeighbourhoodArgs,
): Promise<NeighbourhoodQuery> {
  const request = checkNeighbourhoodRequest(
    { ...args, starts: references, types: args.relationshipTypes },
    { starts: name, types: "relationshipTypes" },
  );
  return resolveNeighbourhood(store, request);
}

/** The timeline's actor, checked to name an actor (the text goes on, or the search hit's id). */
async function actorReference(
  context: RequestContext,
  text: string | undefined,
): Promise<string | undefined> {
  if (text === undefined) return undefined;
  const resolved = await context.loaders.references.load({
    argument: "actor",
    text,
    categories: ["Actor"],
  });
  return resolved.exact ? text : resolved.ids[0];
}

function topicOrNone(context: RequestContext, text: string | undefined) {
  return text === undefined
    ? undefined
    : topicReference(requestResolver(context.loaders), "topic", text);
}

const selectsSummary = selectionTest(["edges", "node", "summary"]);

function statusOf(entry: TimelineEntry): Status | undefined {
  return entry.event?.status ?? entry.edge?.status;
}

export const explorationResolvers = {
  Query: {
    paths: async (_root: unknown, args: QueryPathsArgs, context: RequestContext) => {
      const maxHops = checkRange("maxHops", args.maxHops ?? DEFAULT_PATH_HOPS, 1, MAX_PATH_HOPS);
      const limit = checkRange("first", args.first ?? 5, 1, MAX_PATHS);
      const asOf = checkDay("asOf", args.asOf);
      const [from = [], to = []] = await resolveReferences(context.store, [
        { argument: "from", text: checkText("from", args.from) ?? "" },
        { argument: "to", text: checkText("to", args.to) ?? "" },
      ]);
      return context.store.shortestPaths({
        from,
        to,
        maxHops,
        types: args.relationshipTypes ?? undefined,
        limit,
        asOf,
        during: toDayRange("during", args.during),
        ...(args.asOfMode ? { asOfMode: args.asOfMode } : {}),
      });
    },
    neighbourhood: async (
      _root: unknown,
      args: QueryNeighbourhoodArgs,
      context: RequestContext,
    ) => {
      const query = await toNeighbourhoodQuery(context.store, "ids", args.ids, args);
      const subgraph = await context.store.neighbourhood(query);
      for (const node of subgraph.nodes) context.loaders.prime(node);
      return subgraph;
    },
    subgraph: async (_root: unknown, args: QuerySubgraphArgs, context: RequestContext) => {
      if (args.around === null || args.around === undefined) {
        // The whole graph: filters other than asOf would make it a part of the graph.
        for (const name of ["relationshipTypes", "categories", "kinds", "during"] as const) {
          if (args[name] !== null && args[name] !== undefined) {
            throw new BadUserInputError(name, "the whole graph (no `around`) takes asOf only");
          }
        }
        const subgraph = await wholeGraph(context.store, checkDay("asOf", args.asOf));
        return renderExport(subgraph, args.format, await exportMeta(context.store, subgraph));
      }
      const query = await toNeighbourhoodQuery(context.store, "around", args.around, args);
      const subgraph = await context.store.neighbourhood(query);
      return renderExport(subgraph, args.format, await exportMeta(context.store, subgraph));
    },
    timeline: async (
      _root: unknown,
      args: QueryTimelineArgs,
      context: RequestContext,
      info: GraphQLResolveInfo,
    ) => {
      const range = checkOrder("from", {
        from: checkDay("from", args.from),
        to: checkDay("to", args.to),
      });
      const include = new Set(args.include ?? ["EVENTS", "STATEMENTS"]);
      const binding = cursorBinding("timeline", args, await datasetVersion(context));
      const offset = offsetAfter(args.after, binding);
      const limit = checkPageSize("first", args.first, 50);
      const page = await context.store.timeline({
        range,
        actor: await actorReference(context, checkText("actor", args.actor)),
        topic: await topicOrNone(context, checkText("topic", args.topic)),
        kinds: include.has("EVENTS") ? (args.kinds ?? undefined) : [],
        includeStatements: include.has("STATEMENTS"),
        offset,
        limit,
      });
      // Summaries name both ends of each statement: read them for the whole page at once,
      // so that each summary finds its names at hand rather than waiting for a batch.
      if (selectsSummary(info)) {
        const ends = page.items.flatMap((entry) =>
          entry.edge ? [entry.edge.from, entry.edge.to] : [],
        );
        await context.loaders.readAhead(ends);
      }
      return toConnection(
        page.items,
        offset,
        page.totalCount,
        (entry) => ({ node: entry }),
        binding,
      );
    },
    counts: (_root: unknown, args: QueryCountsArgs, context: RequestContext) =>
      context.store
        .aggregate({
          groupBy: args.groupBy,
          filter: {
            categories: args.categories ?? undefined,
            kinds: args.kinds ?? undefined,
            statuses: args.statuses ?? undefined,
            asOf: checkDay("asOf", args.asOf),
            ...(args.asOfMode ? { asOfMode: args.asOfMode } : {}),
          },
        })
        .then((groups) =>
          groups.map((group) => ({
            ...group,
            // A category key as the NodeCategory enum writes it, so it can be asked back.
            key:
              args.groupBy === "CATEGORY" && isNodeCategory(group.key)
                ? categoryEnumValue(group.key)
                : group.key,
            groupBy: args.groupBy,
          })),
        ),
    mostConnected: (_root: unknown, args: QueryMostConnectedArgs, context: RequestContext) =>
      context.store.topByDegree({
        categories: args.categories ?? undefined,
        types: args.relationshipTypes ?? undefined,
        direction: args.direction ?? "BOTH",
        limit: checkPageSize("first", args.first, 10),
        asOf: checkDay("asOf", args.asOf),
        ...(args.asOfMode ? { asOfMode: args.asOfMode } : {}),
      }),
  },
  Agreement: {
    statusHistory: async (agreement: GraphNode, _args: unknown, context: RequestContext) => {
      const links = await context.loaders
        .neighbours({ types: STATUS_STEP_TYPES, direction: "BOTH", limit: 100 })
        .load(agreement.id);
      return deriveStatusHistory(
        agreement,
        links.map((link) => ({ edge: link.edge, node: link.node.node })),
      ).map((step) => ({ ...step, agreement, prospective: isProspective(step.status) }));
    },
  },
  TimelineEntry: {
    event: (entry: TimelineEntry) => entry.event ?? null,
    relationship: (entry: TimelineEntry) => entry.edge ?? null,
    status: (entry: TimelineEntry) => statusOf(entry) ?? null,
    prospective: (entry: TimelineEntry) => {
      const status = statusOf(entry);
      return status ? isProspective(status) : null;
    },
    summary: (entry: TimelineEntry, _args: unknown, context: RequestContext) => {
      if (entry.event) return entry.event.name;
      // At once when the timeline has read the ends already (as it does for its page).
      return statementSummary(entry.edge as GraphEdge, context);
    },
  },
  GroupCount: {
    topic: (group: { key: string; groupBy: GroupBy }, _args: unknown, context: RequestContext) =>
      group.groupBy === "TOPIC" && group.key !== "NONE"
        ? (context.loaders.node(group.key) ?? null)
        : null,
  },
  StatusStep: {
    claim: async (
      step: StatusStepValue & { agreement: GraphNode },
      _args: unknown,
      context: RequestContext,
    ) => {
      if (!step.claim) return null;
      const values = await claimValues(step.edge ?? step.agreement, context);
      return values.find((value) => value.claim === step.claim) ?? null;
    },
    date: (step: { date?: unknown }) => step.date ?? null,
    relationship: (step: { edge?: GraphEdge }) => step.edge ?? null,
    event: (step: { event?: GraphNode }) => step.event ?? null,
  },
};
