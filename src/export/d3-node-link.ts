/**
 * Node-link JSON for D3's force layout: `d3.forceLink(json.links).id((d) => d.id)`
 * matches links to nodes by id. The `directed`/`multigraph`/`graph` keys follow
 * NetworkX's node-link layout, so `json_graph.node_link_graph(data, edges="links")`
 * reads the same file. Nodes of a scene start at the `x`, `y` they had in the view,
 * which d3-force takes as the simulation's starting positions.
 */
import type { Subgraph } from "../store/graph-store.js";
import { type EdgeRecord, edgeRecord, type NodeRecord, nodeRecord } from "./element-records.js";
import type { ExportMeta } from "./export-format.js";

export interface D3NodeLink {
  readonly directed: true;
  readonly multigraph: true;
  readonly graph: {
    readonly datasetVersion: string;
    readonly citation: string;
    /** True when the neighbourhood's limits left nodes out. */
    readonly truncated: boolean;
  };
  readonly nodes: readonly (NodeRecord & { readonly x?: number; readonly y?: number })[];
  readonly links: readonly EdgeRecord[];
}

export function toD3NodeLink(subgraph: Subgraph, meta: ExportMeta): D3NodeLink {
  return {
    directed: true,
    multigraph: true,
    graph: {
      datasetVersion: meta.datasetVersion,
      citation: meta.citation,
      truncated: subgraph.truncated,
    },
    nodes: subgraph.nodes.map((node) => {
      const position = meta.positions?.[node.id];
      const record = nodeRecord(node, meta.sources);
      return position ? { ...record, x: position.x, y: position.y } : record;
    }),
    links: subgraph.edges.map((edge) => edgeRecord(edge, meta.sources)),
  };
}
