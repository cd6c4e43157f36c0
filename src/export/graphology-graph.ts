/**
 * The subgraph as a graphology multigraph whose attributes are flat (strings,
 * numbers, booleans), ready for the XML serialisers. Keys are the node and
 * relationship ids; the graph's attributes are the export's meta.
 */
import { MultiDirectedGraph } from "graphology";
import type { Subgraph } from "../store/graph-store.js";
import { edgeRecord, type FlatValue, flatAttributes, nodeRecord } from "./element-records.js";
import type { ExportMeta } from "./export-format.js";

export type FlatAttributes = Record<string, FlatValue>;
export type ExportGraph = MultiDirectedGraph<FlatAttributes, FlatAttributes, FlatAttributes>;

export function toGraphologyGraph(subgraph: Subgraph, meta: ExportMeta): ExportGraph {
  const graph: ExportGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  const sources = meta.sources ?? {};
  graph.replaceAttributes({
    datasetVersion: meta.datasetVersion,
    citation: meta.citation,
    truncated: subgraph.truncated,
  });
  for (const node of subgraph.nodes) {
    graph.addNode(node.id, flatAttributes(nodeRecord(node, sources), ["id"]));
  }
  for (const edge of subgraph.edges) {
    graph.addDirectedEdgeWithKey(
      edge.id,
      edge.from,
      edge.to,
      flatAttributes(edgeRecord(edge, sources), ["id", "source", "target"]),
    );
  }
  return graph;
}
