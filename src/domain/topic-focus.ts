/**
 * What a topic filter keeps in view (Explorer's Filters menu, a scene's `topic`): the
 * topic itself, each agreement that involves it with every node on the path that says
 * why, and each event that covers it; the first TOPIC_FOCUS_LIMIT agreements and events
 * by name, on the scene's day. Explorer asks the API for these through GraphQL, the
 * export of a scene asks the store; both then keep what this one rule keeps, so a scene
 * renders as it was seen.
 */

/** Most agreements, and most events, one topic focus takes (a GraphQL page). */
export const TOPIC_FOCUS_LIMIT = 100;

/** What involves a topic, as either side reads it. */
export interface TopicInvolvement {
  /** Agreements involving the topic, each with the ids of the path that explains why. */
  readonly agreements: readonly {
    readonly id: string;
    readonly pathIds?: readonly string[];
  }[];
  /** Events that cover the topic. */
  readonly events: readonly { readonly id: string }[];
}

/** The ids of the nodes a focus on the topic keeps. */
export function topicFocusIds(
  topicIds: readonly string[],
  involvement: TopicInvolvement,
): Set<string> {
  const ids = new Set<string>(topicIds);
  for (const agreement of involvement.agreements) {
    ids.add(agreement.id);
    for (const id of agreement.pathIds ?? []) ids.add(id);
  }
  for (const event of involvement.events) ids.add(event.id);
  return ids;
}
