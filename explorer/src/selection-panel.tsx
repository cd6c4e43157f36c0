/** The side panel's reading of the selection (see use-selection-details.ts), or how to start. */
import type { Overview, ViewNode } from "./api.js";
import { type NodeActions, NodeDetailsView, RelationshipDetailsView } from "./details-panel.js";
import type { Panel } from "./use-selection-details.js";

export function SelectionPanel(props: {
  panel: Panel;
  nodesById: ReadonlyMap<string, ViewNode>;
  actions: NodeActions;
  overview: Overview | undefined;
  pathShown: boolean;
}) {
  const { panel, nodesById, actions, overview } = props;
  switch (panel.kind) {
    case "node":
      if (panel.details === undefined) return <p className="details">Loading…</p>;
      if (panel.details === null) return <p className="details">This node is not in the data.</p>;
      return (
        <NodeDetailsView
          details={panel.details}
          involvement={panel.involvement}
          actions={actions}
        />
      );
    case "edge": {
      if (!panel.relationship) return <p className="details">Loading…</p>;
      const { relationship } = panel;
      return (
        <RelationshipDetailsView
          relationship={relationship}
          from={nodesById.get(relationship.from.id)?.name ?? relationship.from.id}
          to={nodesById.get(relationship.to.id)?.name ?? relationship.to.id}
          onShow={actions.show}
        />
      );
    }
    case "pair":
      return null;
    case "many":
      return (
        <div className="details">
          <h2 id="details-name">{panel.count} elements selected</h2>
          <p>Select one node for its evidence, or two for the shortest paths between them.</p>
        </div>
      );
    case "intro":
      if (props.pathShown) return null;
      return (
        <div className="details intro">
          <h2 id="details-name">Explore the graph</h2>
          <ul>
            <li>Search for an actor, agreement, event or topic by name or alias.</li>
            <li>Click a node or relationship to read its evidence.</li>
            <li>Double-click a node (or use “Expand neighbours”) to add its neighbours.</li>
            <li>
              Shift-click a second node (or tick two in the list below) for the shortest paths
              between them.
            </li>
            <li>Set a day or a range under Time to see the graph as it stood then.</li>
            <li>
              The address always holds this view: copy it (Scene → Copy link) to share or cite it.
            </li>
          </ul>
          {overview && (
            <p className="dataset-line">
              {overview.dataset.nodeCount} nodes, {overview.dataset.relationshipCount} relationships
              in dataset <code>{overview.dataset.version.slice(0, 12)}</code>.
            </p>
          )}
        </div>
      );
  }
}
