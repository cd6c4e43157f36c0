/**
 * GraphML 1.0 (http://graphml.graphdrawing.org/) for yEd, Gephi, Cytoscape desktop,
 * NetworkX and igraph. graphology-graphml publishes only a parser, so the graphology
 * graph is written here: one typed <key> per attribute, the dataset meta as graph
 * data, lists (aliases, evidence) as JSON strings. The schema types ids as XML name
 * tokens, which relationship ids are not, so every id is written through
 * `toNameToken` and the original kept in the `id` column. Nodes also get the `size`,
 * `r`, `g`, `b` (and, from a scene, `x`, `y`) columns Gephi draws with.
 */
import type { FlatValue } from "./element-records.js";
import type { ExportGraph, FlatAttributes } from "./graphology-graph.js";
import type { NodeLook } from "./node-looks.js";
import { toNameToken } from "./xml-id.js";

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

/** A node's columns: its original id, its attributes, how it is drawn. */
function nodeColumns(key: string, attributes: FlatAttributes, look: NodeLook | undefined) {
  const columns: FlatAttributes = { id: key, ...attributes };
  if (look) {
    columns.size = look.size;
    columns.r = look.r;
    columns.g = look.g;
    columns.b = look.b;
    if (look.x !== undefined && look.y !== undefined) {
      columns.x = look.x;
      columns.y = look.y;
    }
  }
  return columns;
}

export function writeGraphml(graph: ExportGraph, looks: ReadonlyMap<string, NodeLook>): string {
  const graphAttributes = graph.getAttributes();
  const nodeRecords = new Map<string, FlatAttributes>();
  graph.forEachNode((key, attributes) => {
    nodeRecords.set(key, nodeColumns(key, attributes, looks.get(key)));
  });
  const edgeRecords = new Map<string, FlatAttributes>();
  graph.forEachEdge((key, attributes) => {
    edgeRecords.set(key, { id: key, ...attributes });
  });
  const graphKeys = keysFor("graph", [graphAttributes]);
  const nodeKeys = keysFor("node", [...nodeRecords.values()]);
  const edgeKeys = keysFor("edge", [...edgeRecords.values()]);

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
  for (const [key, columns] of nodeRecords) {
    lines.push(`    <node${attribute("id", toNameToken(key))}>`);
    lines.push(...dataLines(nodeKeys, columns, "      "));
    lines.push("    </node>");
  }
  graph.forEachEdge((key, _attributes, source, target) => {
    const ends = `${attribute("source", toNameToken(source))}${attribute("target", toNameToken(target))}`;
    lines.push(`    <edge${attribute("id", toNameToken(key))}${ends}>`);
    lines.push(...dataLines(edgeKeys, edgeRecords.get(key) ?? {}, "      "));
    lines.push("    </edge>");
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
