/** "Nodes in view": every node the drawing shows, by name, to select from the keyboard. */
import type { ViewNode } from "./api.js";

export function NodesInView(props: {
  nodes: readonly ViewNode[];
  selected: ReadonlySet<string>;
  onToggle(id: string): void;
  onSelect(id: string): void;
}) {
  return (
    <details className="in-view" open>
      <summary>Nodes in view ({props.nodes.length})</summary>
      <p className="hint">Tick two nodes for the shortest paths between them.</p>
      <ul>
        {props.nodes.map((node) => (
          <li key={node.id} data-node-id={node.id}>
            <input
              type="checkbox"
              aria-label={`Select ${node.name} (with others)`}
              checked={props.selected.has(node.id)}
              onChange={() => props.onToggle(node.id)}
            />
            <span className={`swatch swatch-${node.category}`} aria-hidden="true" />
            <button
              type="button"
              className="link-button"
              aria-pressed={props.selected.has(node.id)}
              onClick={() => props.onSelect(node.id)}
            >
              {node.name}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
