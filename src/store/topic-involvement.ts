/**
 * What involves a topic, read through the store as GraphQL's `agreements(filter:
 * { involvesTopic })` and `events(filter: { topics })` read it for Explorer (the same
 * filters, default hops, order and page size), so a scene's topic focus is the same
 * whether Explorer or the export applies it (src/domain/topic-focus.ts).
 */
import { DEFAULT_INVOLVEMENT_HOPS } from "../domain/involvement.js";
import { TOPIC_FOCUS_LIMIT, type TopicInvolvement } from "../domain/topic-focus.js";
import type { GraphStore, NodeSort } from "./graph-store.js";

/** GraphQL's default order of a list (by name, ascending). */
const BY_NAME: NodeSort = { field: "NAME", descending: false };

export async function topicInvolvement(
  store: GraphStore,
  topic: string,
  asOf: string | undefined,
): Promise<TopicInvolvement> {
  const page = { sort: BY_NAME, offset: 0, limit: TOPIC_FOCUS_LIMIT };
  const [agreements, events] = await Promise.all([
    store.listNodes({
      filter: {
        categories: ["Agreement"],
        involvesTopic: { topic, maxHops: DEFAULT_INVOLVEMENT_HOPS },
        asOf,
      },
      ...page,
    }),
    store.listNodes({ filter: { categories: ["Event"], coversTopic: topic, asOf }, ...page }),
  ]);
  return {
    agreements: agreements.items.map((match) => ({
      id: match.node.id,
      pathIds: match.why?.nodeIds,
    })),
    events: events.items.map((match) => ({ id: match.node.id })),
  };
}
