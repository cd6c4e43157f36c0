/**
 * One subgraph, five files: Cytoscape.js JSON, D3 node-link JSON, GraphML, and
 * GEXF 1.3 or 1.2. Every node and relationship carries its evidence (source id, quote,
 * offsets) and qualifiers, and every file names the dataset version to cite.
 */
import type { Subgraph } from "../store/graph-store.js";
import { toCytoscapeJson } from "./cytoscape-json.js";
import { toD3NodeLink } from "./d3-node-link.js";
import type { ExportedSubgraph, ExportFormat, ExportMeta } from "./export-format.js";
import { writeGexf } from "./gexf.js";
import { writeGraphml } from "./graphml.js";
import { toGraphologyGraph } from "./graphology-graph.js";
import { nodeLooks } from "./node-looks.js";

/** Media type (sent with `; charset=utf-8`) and file extension of each format. */
export const EXPORT_FILE_TYPES: Readonly<
  Record<ExportFormat, { readonly mimeType: string; readonly extension: string }>
> = {
  cytoscape: { mimeType: "application/json", extension: "cyjs" },
  d3: { mimeType: "application/json", extension: "json" },
  graphml: { mimeType: "application/graphml+xml", extension: "graphml" },
  gexf: { mimeType: "application/gexf+xml", extension: "gexf" },
  gexf12: { mimeType: "application/gexf+xml", extension: "gexf" },
};

function render(subgraph: Subgraph, format: ExportFormat, meta: ExportMeta): string {
  switch (format) {
    case "cytoscape":
      return `${JSON.stringify(toCytoscapeJson(subgraph, meta), null, 2)}\n`;
    case "d3":
      return `${JSON.stringify(toD3NodeLink(subgraph, meta), null, 2)}\n`;
    case "graphml":
      return writeGraphml(toGraphologyGraph(subgraph, meta), nodeLooks(subgraph, meta));
    case "gexf":
      return writeGexf(toGraphologyGraph(subgraph, meta), nodeLooks(subgraph, meta), "1.3");
    case "gexf12":
      return writeGexf(toGraphologyGraph(subgraph, meta), nodeLooks(subgraph, meta), "1.2");
  }
}

export function exportSubgraph(
  subgraph: Subgraph,
  format: ExportFormat,
  meta: ExportMeta,
): ExportedSubgraph {
  return { format, ...EXPORT_FILE_TYPES[format], content: render(subgraph, format, meta) };
}
