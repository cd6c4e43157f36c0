/**
 * GEXF for Gephi (1.3, or 1.2 for older readers), written by graphology-gexf, then
 * made dynamic so that Gephi's timeline can play it: graphology-gexf writes static
 * graphs only, so the written document is reopened to set `mode="dynamic"
 * timeformat="date"` on <graph> and a `start` and `end` on every node and relationship
 * whose validity is bounded.
 *
 * `start` and `end` are the first and last days the element is known to hold (its
 * validity, src/domain/validity.ts), which is what `asOf` answers in the API: the
 * timeline at a day shows what the sources let the graph say of that day, so an
 * undated statement appears with the first source that supports it, and a photo
 * caption's heads of government do not outlast their year. An open bound is left out.
 * The element's own date stays in the `date`, `datePrecision`, `dateEarliest` and
 * `dateLatest` attributes, and its validity in `validFrom`, `validUntil`, `validBegun`
 * and `validEnded`.
 *
 * Nodes carry `viz` colour, shape, size and (from a scene) position, as Explorer drew
 * them; prospective relationships are dashed.
 */

import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { write } from "graphology-gexf";
import { invariant } from "../domain/invariant.js";
import type { ExportGraph, FlatAttributes } from "./graphology-graph.js";
import type { NodeLook } from "./node-looks.js";

export type GexfVersion = "1.2" | "1.3";

/** graphology-gexf declares GEXF 1.2's viz namespace wrongly (`http:///…/1.1draft/viz`). */
const GEXF_12_VIZ = "http://www.gexf.net/1.2draft/viz";

export function writeGexf(
  graph: ExportGraph,
  looks: ReadonlyMap<string, NodeLook>,
  version: GexfVersion = "1.3",
): string {
  const meta = graph.getAttributes();
  // GEXF's <meta> holds only creator, description and keywords (pedantic mode keeps to them).
  const forGexf = graph.copy();
  forGexf.replaceAttributes({
    creator: "Entente",
    description: String(meta.citation),
    keywords: String(meta.datasetVersion),
  });
  let text = write(forGexf, {
    version,
    pedantic: true,
    formatNode: (key, attributes) => {
      const { label, ...rest } = attributes;
      const look = looks.get(key);
      return {
        label: String(label),
        attributes: rest,
        viz: look && {
          // rgb() rather than hex: GEXF 1.2 has no hex, and readers of 1.3 know r, g, b best.
          color: `rgb(${look.r},${look.g},${look.b})`,
          size: look.size,
          shape: look.gexfShape,
          ...(look.x === undefined ? {} : { x: look.x, y: look.y, z: 0 }),
        },
      };
    },
    formatEdge: (_key, attributes) => {
      const { label, ...rest } = attributes;
      return {
        label: String(label),
        // `kind` is GEXF 1.3's edge type: Gephi keeps parallel edges of different kinds apart.
        ...(version === "1.3" ? { kind: String(attributes.type) } : {}),
        attributes: rest,
        ...(attributes.prospective === true ? { viz: { shape: "dashed" } } : {}),
      };
    },
  });
  if (version === "1.2") {
    text = text.replace(/xmlns:viz="[^"]*"/, `xmlns:viz="${GEXF_12_VIZ}"`);
  }

  const document = new DOMParser().parseFromString(text, "application/xml");
  const root = document.documentElement;
  const graphElement = document.getElementsByTagName("graph")[0];
  invariant(root && graphElement, "graphology-gexf wrote no <graph> element");
  if (version === "1.2") {
    root.setAttribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    root.setAttribute(
      "xsi:schemaLocation",
      "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd",
    );
  }
  graphElement.setAttribute("mode", "dynamic");
  graphElement.setAttribute("timeformat", "date");
  const setSpans = (tag: "node" | "edge", attributesOf: (id: string) => FlatAttributes) => {
    const elements = document.getElementsByTagName(tag);
    for (let index = 0; index < elements.length; index++) {
      const element = elements.item(index);
      const id = element?.getAttribute("id");
      if (!element || id === null || id === undefined) continue;
      const { validFrom, validUntil } = attributesOf(id);
      if (validFrom !== undefined) element.setAttribute("start", String(validFrom));
      if (validUntil !== undefined) element.setAttribute("end", String(validUntil));
    }
  };
  setSpans("node", (id) => graph.getNodeAttributes(id));
  setSpans("edge", (id) => graph.getEdgeAttributes(id));
  return `${new XMLSerializer().serializeToString(document)}\n`;
}
