/** The Filters menu: a topic focus, node kinds and relationship types to hide. */
import type { RelationshipType } from "../../src/domain/vocabulary.js";
import { NODE_CATEGORIES, RELATIONSHIP_DECLARATIONS } from "../../src/domain/vocabulary.js";
import type { ViewEdge, ViewNode } from "./api.js";
import { humanise } from "./format.js";

export function FiltersMenu(props: {
  nodes: readonly ViewNode[];
  edges: readonly ViewEdge[];
  topics: readonly { id: string; name: string }[];
  topic: string;
  hiddenKinds: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  onTopic(topic: string): void;
  onToggleKind(kind: string): void;
  onToggleType(type: string): void;
  onShowEverything(): void;
}) {
  const kindCounts = new Map<string, { category: string; count: number }>();
  for (const node of props.nodes) {
    const entry = kindCounts.get(node.kind) ?? { category: node.category, count: 0 };
    entry.count++;
    kindCounts.set(node.kind, entry);
  }
  const typeCounts = new Map<string, number>();
  for (const edge of props.edges) typeCounts.set(edge.type, (typeCounts.get(edge.type) ?? 0) + 1);
  const categoriesShown = new Set(props.nodes.map((node) => node.category));
  const active = props.hiddenKinds.size + props.hiddenTypes.size + (props.topic ? 1 : 0);
  return (
    <details className="menu filters">
      <summary>Filters{active > 0 ? ` (${active})` : ""}</summary>
      <div className="menu-body">
        <label className="topic-filter">
          Topic
          <select value={props.topic} onChange={(event) => props.onTopic(event.target.value)}>
            <option value="">Any topic</option>
            {props.topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.name}
              </option>
            ))}
          </select>
        </label>
        <p className="hint">
          A topic keeps the agreements and events that involve it, with the paths that explain why.
        </p>
        <fieldset>
          <legend>Node kinds</legend>
          {NODE_CATEGORIES.filter((category) => categoriesShown.has(category)).map((category) => (
            <div key={category} className="kind-group">
              <span className="kind-group-name">
                <span className={`swatch swatch-${category}`} aria-hidden="true" />
                {category}
              </span>
              {[...kindCounts]
                .filter(([, entry]) => entry.category === category)
                .map(([kind, entry]) => (
                  <label key={kind} className="check">
                    <input
                      type="checkbox"
                      checked={!props.hiddenKinds.has(kind)}
                      onChange={() => props.onToggleKind(kind)}
                    />
                    {humanise(kind)} ({entry.count})
                  </label>
                ))}
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>Relationship types</legend>
          {[...typeCounts]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([type, count]) => (
              <label
                key={type}
                className="check"
                title={RELATIONSHIP_DECLARATIONS[type as RelationshipType]?.meaning}
              >
                <input
                  type="checkbox"
                  checked={!props.hiddenTypes.has(type)}
                  onChange={() => props.onToggleType(type)}
                />
                {humanise(type)} ({count})
              </label>
            ))}
        </fieldset>
        <button type="button" disabled={active === 0} onClick={props.onShowEverything}>
          Show everything
        </button>
      </div>
    </details>
  );
}
