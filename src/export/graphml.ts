/**
 * GraphML (http://graphml.graphdrawing.org/) for yEd, Gephi, Cytoscape desktop,
 * NetworkX and igraph. graphology-graphml publishes only a parser, so the graphology
 * graph is written here: one typed <key> per attribute, the dataset meta as graph
 * data, structured values (aliases, evidence, source info) as JSON strings.
 */
import type { FlatValue } from "./element-records.js";
import type { ExportGraph, FlatAttributes } from "./graphology-graph.js";

type KeyDomain = "graph" | "node" | "edge";
type KeyType = "boolean" | "int" | "long" | "double" | "string";

interface Key {
  readonly id: string;
  readonly domain: KeyDomain;
  readonly name: string;
  readonly type: KeyType;
}

function typeOf(value: FlatValue): KeyType {
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "string") return "string";
  if (!Number.isInteger(value)) return "double";
  return Math.abs(value) <= 0x7fffffff ? "int" : "long";
}

/** One key per attribute name; a name whose values differ in type becomes a string. */
function keysFor(domain: KeyDomain, records: readonly FlatAttributes[]): Key[] {
  const types = new Map<string, KeyType>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      const type = typeOf(value);
      const seen = types.get(name);
      if (seen === undefined) types.set(name, type);
      else if (seen !== type) {
        const numeric =
          seen !== "boolean" && seen !== "string" && type !== "boolean" && type !== "string";
        types.set(
          name,
          numeric ? (seen === "double" || type === "double" ? "double" : "long") : "string",
        );
      }
    }
  }
  return [...types].map(([name, type]) => ({ id: `${domain[0]}_${name}`, domain, name, type }));
}

function escapeXml(text: string, inAttribute: boolean): string {
  return text.replace(/[&<>"\t\n\r]/g, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case "\r":
        return "&#13;";
      case '"':
        return inAttribute ? "&quot;" : c;
      case "\t":
        return inAttribute ? "&#9;" : c;
      default:
        return inAttribute ? "&#10;" : c;
    }
  });
}

const attribute = (name: string, value: string) => ` ${name}="${escapeXml(value, true)}"`;

function dataLines(keys: readonly Key[], record: FlatAttributes, indent: string): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    const value = record[key.name];
    if (value === undefined) continue;
    lines.push(
      `${indent}<data key="${escapeXml(key.id, true)}">${escapeXml(String(value), false)}</data>`,
    );
  }
  return lines;
}

export function writeGraphml(graph: ExportGraph): string {
  const graphAttributes = graph.getAttributes();
  const nodeRecords: FlatAttributes[] = [];
  graph.forEachNode((_key, attributes) => {
    nodeRecords.push(attributes);
  });
  const edgeRecords: FlatAttributes[] = [];
  graph.forEachEdge((_key, attributes) => {
    edgeRecords.push(attributes);
  });
  const graphKeys = keysFor("graph", [graphAttributes]);
  const nodeKeys = keysFor("node", nodeRecords);
  const edgeKeys = keysFor("edge", edgeRecords);

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const key of [...graphKeys, ...nodeKeys, ...edgeKeys]) {
    lines.push(
      `  <key${attribute("id", key.id)}${attribute("for", key.domain)}${attribute("attr.name", key.name)}${attribute("attr.type", key.type)}/>`,
    );
  }
  lines.push('  <graph id="entente" edgedefault="directed">');
  lines.push(...dataLines(graphKeys, graphAttributes, "    "));
  graph.forEachNode((key, attributes) => {
    lines.push(`    <node${attribute("id", key)}>`);
    lines.push(...dataLines(nodeKeys, attributes, "      "));
    lines.push("    </node>");
  });
  graph.forEachEdge((key, attributes, source, target) => {
    lines.push(
      `    <edge${attribute("id", key)}${attribute("source", source)}${attribute("target", target)}>`,
    );
    lines.push(...dataLines(edgeKeys, attributes, "      "));
    lines.push("    </edge>");
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
