/**
 * GEXF 1.3 for Gephi, written by graphology-gexf, then made dynamic so that Gephi's
 * timeline can play it: graphology-gexf writes static graphs only, so the written
 * document is reopened to set `mode="dynamic" timeformat="date"` on <graph> and a
 * `start` on every dated node and relationship.
 *
 * `start` is the earliest day the element's date can denote and no `end` is written:
 * a fact stays in the graph once it has begun, which is what `asOf` answers in the
 * API (see src/domain/as-of.ts), so the timeline at a day shows the graph as of that
 * day. Undated elements have neither and are present throughout. The full date stays
 * in the `date`, `datePrecision`, `dateEarliest` and `dateLatest` attributes.
 */

import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { write } from "graphology-gexf";
import { invariant } from "../domain/invariant.js";
import type { ExportGraph, FlatAttributes } from "./graphology-graph.js";

export function writeGexf(graph: ExportGraph): string {
  const meta = graph.getAttributes();
  // GEXF's <meta> holds only creator, description and keywords (pedantic mode keeps to them).
  const forGexf = graph.copy();
  forGexf.replaceAttributes({
    creator: "Entente",
    description: String(meta.citation),
    keywords: String(meta.datasetVersion),
  });
  const text = write(forGexf, {
    version: "1.3",
    pedantic: true,
    formatNode: (_key, attributes) => {
      const { label, ...rest } = attributes;
      return { label: String(label), attributes: rest };
    },
    formatEdge: (_key, attributes) => {
      const { label, ...rest } = attributes;
      // `kind` is GEXF 1.3's edge type: Gephi keeps parallel edges of different kinds apart.
      return { label: String(label), kind: String(attributes.type), attributes: rest };
    },
  });

  const document = new DOMParser().parseFromString(text, "application/xml");
  const graphElement = document.getElementsByTagName("graph")[0];
  invariant(graphElement, "graphology-gexf wrote no <graph> element");
  graphElement.setAttribute("mode", "dynamic");
  graphElement.setAttribute("timeformat", "date");
  const setStarts = (tag: "node" | "edge", attributesOf: (id: string) => FlatAttributes) => {
    const elements = document.getElementsByTagName(tag);
    for (let index = 0; index < elements.length; index++) {
      const element = elements.item(index);
      const id = element?.getAttribute("id");
      if (!element || id === null || id === undefined) continue;
      const start = attributesOf(id).dateEarliest;
      if (start !== undefined) element.setAttribute("start", String(start));
    }
  };
  setStarts("node", (id) => graph.getNodeAttributes(id));
  setStarts("edge", (id) => graph.getEdgeAttributes(id));
  return `${new XMLSerializer().serializeToString(document)}\n`;
}
