"""Reads Entente export files with whichever networkx this Python has, as a user would,
and prints what it found as JSON: the version, and per file the graph's kind, its node
and edge counts, and the attributes of the node and edge named on the command line.

Usage: python3 read_with_networkx.py NODE_ID EDGE_ID FORMAT:FILE...
(FORMAT is gexf, graphml or node-link.)
"""
import json
import sys

import networkx as nx
from networkx.readwrite import json_graph


def read(format_name, path):
    if format_name == "gexf":
        return nx.read_gexf(path)
    if format_name == "gexf13":
        return nx.read_gexf(path, version="1.3")
    if format_name == "graphml":
        return nx.read_graphml(path)
    if format_name == "node-link":
        with open(path, encoding="utf-8") as file:
            data = json.load(file)
        try:
            return json_graph.node_link_graph(data, edges="links")
        except TypeError:  # networkx before 3.4 names the key `link` only
            return json_graph.node_link_graph(data)
    raise SystemExit(f"unknown format {format_name}")


def plain(value):
    return value if isinstance(value, (str, int, float, bool)) or value is None else repr(value)


def main():
    node_id, edge_id, *files = sys.argv[1:]
    report = {"networkx": nx.__version__, "files": {}}
    for entry in files:
        format_name, path = entry.split(":", 1)
        graph = read(format_name, path)
        by_id = {data.get("id", key): key for key, data in graph.nodes(data=True)}
        node = graph.nodes[by_id.get(node_id, node_id)] if by_id.get(node_id, node_id) in graph else None
        edge = None
        for source, target, data in graph.edges(data=True):
            if data.get("id") == edge_id or data.get("key") == edge_id:
                edge = {"source": source, "target": target, **{k: plain(v) for k, v in data.items()}}
        report["files"][entry] = {
            "directed": graph.is_directed(),
            "multigraph": graph.is_multigraph(),
            "nodes": graph.number_of_nodes(),
            "edges": graph.number_of_edges(),
            "node": None if node is None else {k: plain(v) for k, v in node.items()},
            "edge": edge,
        }
    print(json.dumps(report))


main()
