/**
 * Apollo Client type policies for Entente: copy this file into a front-end, or paste it
 * into a notebook. It imports nothing, and works with Apollo Client 3.3 and later.
 *
 * Entente's value objects (Evidence, PartialDate, Link, Path, PathStep, StatusStep,
 * SearchHit, GroupCount, TimelineEntry, connections and their edges…) have no id: each is
 * part of the node or root field it was read from. Apollo Client keeps such objects inside
 * their parent, and by default a second query that selects other fields of them replaces
 * them, so the first query loses its fields and goes back to the network. These policies
 * merge them instead: a single value field by merging the objects, a list of values item by
 * item, which is sound because a field asked with the same arguments lists the same items
 * in the same order for one dataset version. When two lists disagree on a field both hold
 * (another dataset version), the newer list is kept as it is.
 *
 * The server lists the value types and the fields that hold lists of them at
 * /value-types.json, so these policies follow the schema as it grows:
 *
 *   const hints = await (await fetch("http://localhost:4000/value-types.json")).json();
 *   const possibleTypes = await (await fetch("http://localhost:4000/possible-types.json")).json();
 *   const cache = new InMemoryCache({
 *     possibleTypes,
 *     typePolicies: ententeTypePolicies(hints, {
 *       Query: { fields: { actors: relayStylePagination(["filter", "sort"]) } },
 *     }),
 *   });
 */

/**
 * @typedef {{ valueTypes: string[], valueLists: Record<string, string[]> }} ValueTypes
 *   the server's /value-types.json
 */

/**
 * The type policies for `new InMemoryCache({ typePolicies })`.
 * @param {ValueTypes} hints what /value-types.json answered
 * @param {Record<string, any>} [extra] more type policies (pagination, your own), merged in:
 *   their fields are added to those given here, and replace them where both name a field
 * @returns {Record<string, any>}
 */
export function ententeTypePolicies(hints, extra = {}) {
  /** @type {Record<string, any>} */
  const policies = {};
  const policyOf = (/** @type {string} */ type) => {
    policies[type] ??= {};
    return policies[type];
  };
  for (const type of hints.valueTypes) {
    Object.assign(policyOf(type), { keyFields: false, merge: true });
  }
  for (const [type, fields] of Object.entries(hints.valueLists)) {
    const policy = policyOf(type);
    policy.fields = { ...policy.fields };
    for (const field of fields) policy.fields[field] = { merge: mergeByPosition };
  }
  for (const [type, more] of Object.entries(extra)) {
    const policy = policyOf(type);
    Object.assign(policy, more, { fields: { ...policy.fields, ...more.fields } });
  }
  return policies;
}

/**
 * A list of value objects merged item by item with what the cache holds, when both lists
 * agree on every plain field and reference they share; otherwise the incoming list.
 * @param {any[] | undefined} existing
 * @param {any[]} incoming
 * @param {{ mergeObjects: (existing: any, incoming: any) => any }} options
 */
export function mergeByPosition(existing, incoming, { mergeObjects }) {
  if (!Array.isArray(existing) || !Array.isArray(incoming)) return incoming;
  const shared = Math.min(existing.length, incoming.length);
  for (let index = 0; index < shared; index++) {
    if (!agree(existing[index], incoming[index])) return incoming;
  }
  return incoming.map((item, index) =>
    index < existing.length ? mergeObjects(existing[index], item) : item,
  );
}

/** Plain values and references (`{ __ref }`), and lists of them; not nested value objects. */
function comparable(/** @type {unknown} */ value) {
  if (value === null || typeof value !== "object") return true;
  if (Array.isArray(value)) return value.every(comparable);
  return "__ref" in value;
}

/** Whether two cached items could be the same one: equal wherever both hold a comparable field. */
function agree(/** @type {any} */ existing, /** @type {any} */ incoming) {
  if (existing === null || incoming === null || typeof existing !== "object") return false;
  for (const [key, value] of Object.entries(incoming)) {
    if (!(key in existing)) continue;
    const before = existing[key];
    if (!comparable(before) || !comparable(value)) continue;
    if (JSON.stringify(before) !== JSON.stringify(value)) return false;
  }
  return true;
}
