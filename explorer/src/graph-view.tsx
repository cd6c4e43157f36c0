/**
 * The graph view: a search box, filters, a date slider and exports above a
 * Cytoscape.js canvas; beside it the selection's details (properties, evidence,
 * relationships, paths) and the list of nodes in view, which is also the way to
 * reach every node from the keyboard.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { RelationshipType } from "../../src/domain/vocabulary.js";
import { NODE_CATEGORIES, RELATIONSHIP_DECLARATIONS } from "../../src/domain/vocabulary.js";
import {
  EXPORT_FORMATS,
  type ExportFormat,
  exportView,
  fetchDetails,
  fetchInvolvement,
  fetchOverview,
  fetchPaths,
  type Involvement,
  type NodeDetails,
  type Overview,
  type Path,
  type RelationshipDetails,
  type SearchHit,
  type ViewEdge,
} from "./api.js";
import {
  type NodeActions,
  NodeDetailsView,
  PathsView,
  RelationshipDetailsView,
} from "./details-panel.js";
import { dayFromNumber, dayNumber, formatIsoPart, humanise } from "./format.js";
import { GraphCanvas } from "./graph-canvas.js";
import { CATEGORY_LOOKS } from "./graph-style.js";
import { SearchBox } from "./search-box.js";
import { EMPTY_VIEW, type Step, topicFocusIds, type View, ViewBuilder } from "./view-model.js";

type Panel =
  | { readonly kind: "intro" }
  | {
      readonly kind: "node";
      readonly id: string;
      readonly details?: NodeDetails | null;
      readonly involvement?: Involvement[];
    }
  | { readonly kind: "edge"; readonly id: string; readonly relationship?: RelationshipDetails }
  | { readonly kind: "paths"; readonly from: string; readonly to: string; readonly paths?: Path[] }
  | { readonly kind: "many"; readonly count: number };

interface Highlight {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  /** A path known by its nodes only: its relationships are found in the view once it is there. */
  readonly path?: readonly string[];
}
const NO_HIGHLIGHT: Highlight = { nodes: new Set(), edges: new Set() };

function pathHighlight(paths: readonly Path[]): Highlight {
  return {
    nodes: new Set(paths.flatMap((path) => path.nodes.map((node) => node.id))),
    edges: new Set(paths.flatMap((path) => path.steps.map((step) => step.relationship.id))),
  };
}

/**
 * The highlight of a path known by its nodes only: the relationships between
 * consecutive nodes (either way round) among those in the view.
 */
function nodePathHighlight(ids: readonly string[], edges: readonly ViewEdge[]): Highlight {
  const steps = new Set<string>();
  ids.forEach((id, index) => {
    const next = ids[index + 1];
    if (next !== undefined) steps.add(`${id} ${next}`).add(`${next} ${id}`);
  });
  return {
    nodes: new Set(ids),
    edges: new Set(
      edges.filter((edge) => steps.has(`${edge.from.id} ${edge.to.id}`)).map((edge) => edge.id),
    ),
  };
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The slider's days: from the start of the first dated year to the end of the last one (or this year). */
function sliderRange(overview: Overview | undefined): { first: number; last: number } {
  const today = new Date().toISOString().slice(0, 10);
  const earliest = overview?.timeline.edges[0]?.node.date.earliest ?? "2020-01-01";
  const latest = overview?.latest.edges[0]?.node.date?.latest ?? today;
  const lastYear = Math.max(Number(latest.slice(0, 4)), Number(today.slice(0, 4)));
  return {
    first: dayNumber(`${earliest.slice(0, 4)}-01-01`),
    last: dayNumber(`${lastYear}-12-31`),
  };
}

export function GraphView(props: { active: boolean }) {
  const container = useRef<HTMLDivElement>(null);
  const canvas = useRef<GraphCanvas | undefined>(undefined);
  const builder = useMemo(() => new ViewBuilder(), []);
  const [overview, setOverview] = useState<Overview>();
  const [steps, setSteps] = useState<readonly Step[]>([]);
  const [view, setView] = useState<View>(EMPTY_VIEW);
  const [slider, setSlider] = useState<number | undefined>();
  const [asOf, setAsOf] = useState<string | undefined>();
  const [hiddenKinds, setHiddenKinds] = useState<ReadonlySet<string>>(new Set());
  const [hiddenTypes, setHiddenTypes] = useState<ReadonlySet<string>>(new Set());
  const [topic, setTopic] = useState("");
  const [focus, setFocus] = useState<ReadonlySet<string> | undefined>();
  const [selection, setSelection] = useState<{ nodes: string[]; edges: string[] }>({
    nodes: [],
    edges: [],
  });
  const [panel, setPanel] = useState<Panel>({ kind: "intro" });
  const [highlight, setHighlight] = useState<Highlight>(NO_HIGHLIGHT);
  const [loading, setLoading] = useState(0);
  const [problem, setProblem] = useState<string>();
  const [announcement, setAnnouncement] = useState("");
  /** Ids to select once the next view is on the canvas. */
  const pendingSelection = useRef<string[] | undefined>(undefined);
  const stepsRef = useRef(steps);
  stepsRef.current = steps;

  const addSteps = useCallback((...added: Step[]) => {
    setSteps((current) => [...current, ...added]);
  }, []);

  const expand = useCallback(
    (id: string) => {
      pendingSelection.current = [id];
      addSteps({ kind: "expand", ids: [id], depth: 1 });
    },
    [addSteps],
  );

  const show = useCallback(
    (id: string) => {
      pendingSelection.current = [id];
      addSteps({ kind: "add", ids: [id] });
    },
    [addSteps],
  );

  const actions: NodeActions = useMemo(
    () => ({
      show,
      expand,
      hide: (id) => addSteps({ kind: "hide", ids: [id] }),
      showPath: (path, select) => {
        pendingSelection.current = [select];
        const ids = path.nodes.map((node) => node.id);
        setHighlight({ nodes: new Set(ids), edges: new Set(), path: ids });
        addSteps({ kind: "add", ids });
      },
    }),
    [addSteps, expand, show],
  );

  // The canvas lives as long as the view.
  const expandRef = useRef(expand);
  expandRef.current = expand;
  useEffect(() => {
    if (!container.current) return;
    const graph = new GraphCanvas(container.current, {
      onSelection: (nodes, edges) => setSelection({ nodes, edges }),
      onExpand: (id) => expandRef.current(id),
    });
    canvas.current = graph;
    return () => {
      graph.destroy();
      canvas.current = undefined;
    };
  }, []);

  useEffect(() => {
    if (props.active) canvas.current?.resize();
  }, [props.active]);

  // The Filters and Export menus close on a click outside them or on Escape.
  useEffect(() => {
    const openMenus = () => [
      ...document.querySelectorAll<HTMLDetailsElement>("details.menu[open]"),
    ];
    const onPointerDown = (event: PointerEvent) => {
      for (const menu of openMenus()) {
        if (!menu.contains(event.target as Node)) menu.open = false;
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      for (const menu of openMenus()) {
        const inside = menu.contains(document.activeElement);
        menu.open = false;
        if (inside) menu.querySelector("summary")?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, []);

  // The dataset and the overview: the most connected nodes and their neighbours.
  useEffect(() => {
    fetchOverview().then(
      (loaded) => {
        setOverview(loaded);
        const hubs = loaded.mostConnected.map((entry) => entry.node.id);
        if (hubs.length > 0) setSteps([{ kind: "expand", ids: hubs, depth: 1 }]);
      },
      (error: unknown) => setProblem(`Could not reach the API: ${(error as Error).message}`),
    );
  }, []);

  // Replays the steps for the day whenever either changes.
  useEffect(() => {
    let current = true;
    setLoading((count) => count + 1);
    builder
      .build(steps, asOf)
      .then(
        (built) => {
          if (!current) return;
          setView(built);
          setProblem(undefined);
        },
        (error: unknown) => {
          if (current) setProblem((error as Error).message);
        },
      )
      .finally(() => setLoading((count) => count - 1));
    return () => {
      current = false;
    };
  }, [builder, steps, asOf]);

  const shownHighlight = useMemo(
    () => (highlight.path ? nodePathHighlight(highlight.path, view.edges) : highlight),
    [highlight, view],
  );

  // Puts the view on the canvas, lays out what changed, then selects what was asked for.
  useEffect(() => {
    const graph = canvas.current;
    if (!graph) return;
    const changes = graph.sync(view.nodes, view.edges);
    graph.applyFilters(hiddenKinds, hiddenTypes, focus);
    graph.highlight(shownHighlight.nodes, shownHighlight.edges);
    const selectPending = () => {
      const wanted = pendingSelection.current;
      if (wanted?.every((id) => graph.cy.getElementById(id).nonempty())) {
        pendingSelection.current = undefined;
        graph.select(wanted);
      }
    };
    if (changes > 0) graph.layout().then(selectPending);
    else selectPending();
  }, [view, hiddenKinds, hiddenTypes, focus, shownHighlight]);

  useEffect(() => {
    const shown = view.nodes.length;
    setAnnouncement(
      shown === 0
        ? "The view is empty: search for a node to start."
        : `Showing ${shown} nodes and ${view.edges.length} relationships${asOf ? ` as of ${formatIsoPart(asOf)}` : ""}.`,
    );
  }, [view, asOf]);

  // A topic filter keeps what involves the topic (and adds it to the view).
  useEffect(() => {
    if (topic === "") {
      setFocus(undefined);
      return;
    }
    let current = true;
    topicFocusIds(topic, asOf).then(
      (ids) => {
        if (current) setFocus(ids);
      },
      (error: unknown) => current && setProblem((error as Error).message),
    );
    return () => {
      current = false;
    };
  }, [topic, asOf]);

  // What the side panel shows follows the selection.
  useEffect(() => {
    let current = true;
    const fail = (error: unknown) => current && setProblem((error as Error).message);
    const [first, second] = selection.nodes;
    if (selection.nodes.length === 1 && selection.edges.length === 0 && first) {
      setPanel({ kind: "node", id: first });
      setHighlight((old) => (old.nodes.has(first) ? old : NO_HIGHLIGHT));
      fetchDetails(first, asOf).then(async (details) => {
        const involvement =
          details?.category === "Topic"
            ? (await fetchInvolvement(first, asOf)).agreements
            : undefined;
        if (current) setPanel({ kind: "node", id: first, details, involvement });
      }, fail);
    } else if (selection.nodes.length === 2 && first && second) {
      setPanel({ kind: "paths", from: first, to: second });
      fetchPaths(first, second, asOf).then((paths) => {
        if (!current) return;
        setPanel({ kind: "paths", from: first, to: second, paths });
        setHighlight(pathHighlight(paths));
        const known = stepsRef.current.some(
          (step) => step.kind === "path" && step.from === first && step.to === second,
        );
        if (!known && paths.length > 0) addSteps({ kind: "path", from: first, to: second });
      }, fail);
    } else if (selection.edges.length === 1 && selection.nodes.length === 0) {
      const id = selection.edges[0] ?? "";
      const edge = canvas.current?.cy.getElementById(id);
      const from = edge?.data("source") as string | undefined;
      setPanel({ kind: "edge", id });
      setHighlight(NO_HIGHLIGHT);
      if (from) {
        fetchDetails(from, asOf).then((details) => {
          const link = details?.links.find((candidate) => candidate.relationship.id === id);
          if (current && link) setPanel({ kind: "edge", id, relationship: link.relationship });
        }, fail);
      }
    } else if (selection.nodes.length + selection.edges.length > 2) {
      setPanel({ kind: "many", count: selection.nodes.length + selection.edges.length });
    } else {
      setPanel({ kind: "intro" });
      setHighlight(NO_HIGHLIGHT);
    }
    return () => {
      current = false;
    };
  }, [selection, asOf, addSteps]);

  const range = sliderRange(overview);
  const allDates = range.last + 1;
  const sliderValue = slider ?? allDates;
  useEffect(() => {
    const timer = setTimeout(
      () => setAsOf(sliderValue >= allDates ? undefined : dayFromNumber(sliderValue)),
      200,
    );
    return () => clearTimeout(timer);
  }, [sliderValue, allDates]);
  const sliderText =
    sliderValue >= allDates ? "all dates" : formatIsoPart(dayFromNumber(sliderValue));

  const nodesById = useMemo(() => new Map(view.nodes.map((node) => [node.id, node])), [view]);
  const shownNodes = useMemo(
    () =>
      view.nodes
        .filter((node) => !hiddenKinds.has(node.kind) && (!focus || focus.has(node.id)))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [view, hiddenKinds, focus],
  );
  const kindCounts = useMemo(() => {
    const counts = new Map<string, { category: string; count: number }>();
    for (const node of view.nodes) {
      const entry = counts.get(node.kind) ?? { category: node.category, count: 0 };
      entry.count++;
      counts.set(node.kind, entry);
    }
    return counts;
  }, [view]);
  const typeCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const edge of view.edges) counts.set(edge.type, (counts.get(edge.type) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a.localeCompare(b));
  }, [view]);
  const categoriesShown = new Set(view.nodes.map((node) => node.category));
  const filtersActive = hiddenKinds.size + hiddenTypes.size + (topic ? 1 : 0);

  const toggleIn = (set: ReadonlySet<string>, value: string): Set<string> => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };

  const pick = (hit: SearchHit) => show(hit.node.id);

  const exportAs = async (format: ExportFormat | "png") => {
    const graph = canvas.current;
    if (!graph) return;
    const base = `entente-view${asOf ? `-as-of-${asOf}` : ""}`;
    if (format === "png") {
      download(graph.png(), `${base}.png`);
      setAnnouncement("Saved the view as PNG.");
      return;
    }
    const ids = graph.visibleNodeIds();
    if (ids.length === 0) return;
    const types =
      hiddenTypes.size === 0
        ? undefined
        : (Object.keys(RELATIONSHIP_DECLARATIONS) as RelationshipType[]).filter(
            (type) => !hiddenTypes.has(type),
          );
    try {
      const file = await exportView(ids, format, asOf, types);
      download(new Blob([file.content], { type: file.mimeType }), `${base}.${file.extension}`);
      setAnnouncement(`Saved the view as ${format}.`);
    } catch (error) {
      setProblem(`Export failed: ${(error as Error).message}`);
    }
  };

  const selectedIds = new Set([...selection.nodes, ...selection.edges]);
  const renderPanel = () => {
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
            onShow={show}
          />
        );
      }
      case "paths":
        return (
          <PathsView
            from={nodesById.get(panel.from)}
            to={nodesById.get(panel.to)}
            paths={panel.paths}
          />
        );
      case "many":
        return (
          <div className="details">
            <h2 id="details-name">{panel.count} elements selected</h2>
            <p>Select one node for its evidence, or two for the shortest paths between them.</p>
          </div>
        );
      case "intro":
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
              <li>Move the date slider to see the graph as it stood on a day.</li>
            </ul>
            {overview && (
              <p className="dataset-line">
                {overview.dataset.nodeCount} nodes, {overview.dataset.relationshipCount}{" "}
                relationships in dataset <code>{overview.dataset.version.slice(0, 12)}</code>.
              </p>
            )}
          </div>
        );
    }
  };

  return (
    <div className="graph-view">
      <div className="toolbar" role="toolbar" aria-label="Graph controls">
        <SearchBox onPick={pick} />
        <div className="as-of">
          <label htmlFor="as-of-slider">
            As of <output htmlFor="as-of-slider">{sliderText}</output>
          </label>
          <input
            id="as-of-slider"
            type="range"
            min={range.first}
            max={allDates}
            step={1}
            value={sliderValue}
            aria-valuetext={sliderText}
            onChange={(event) => setSlider(Number(event.target.value))}
          />
          <button
            type="button"
            disabled={sliderValue >= allDates}
            onClick={() => setSlider(allDates)}
          >
            All dates
          </button>
        </div>
        <details className="menu filters">
          <summary>Filters{filtersActive > 0 ? ` (${filtersActive})` : ""}</summary>
          <div className="menu-body">
            <label className="topic-filter">
              Topic
              <select
                value={topic}
                onChange={(event) => {
                  const chosen = event.target.value;
                  setTopic(chosen);
                  if (chosen) addSteps({ kind: "topic", topic: chosen });
                }}
              >
                <option value="">Any topic</option>
                {overview?.topics.edges.map(({ node }) => (
                  <option key={node.id} value={node.id}>
                    {node.name}
                  </option>
                ))}
              </select>
            </label>
            <p className="hint">
              A topic keeps the agreements and events that involve it, with the paths that explain
              why.
            </p>
            <fieldset>
              <legend>Node kinds</legend>
              {NODE_CATEGORIES.filter((category) => categoriesShown.has(category)).map(
                (category) => (
                  <div key={category} className="kind-group">
                    <span className="kind-group-name">
                      <span className={`swatch swatch-${category}`} aria-hidden="true" />
                      {category}
                    </span>
                    {[...kindCounts]
                      .filter(([, entry]) => entry.category === category)
                      .map(([kind, entry]) => (
                        <label key={kind} className="check">
                          <input
                            type="checkbox"
                            checked={!hiddenKinds.has(kind)}
                            onChange={() => setHiddenKinds((set) => toggleIn(set, kind))}
                          />
                          {humanise(kind)} ({entry.count})
                        </label>
                      ))}
                  </div>
                ),
              )}
            </fieldset>
            <fieldset>
              <legend>Relationship types</legend>
              {typeCounts.map(([type, count]) => (
                <label
                  key={type}
                  className="check"
                  title={RELATIONSHIP_DECLARATIONS[type as RelationshipType]?.meaning}
                >
                  <input
                    type="checkbox"
                    checked={!hiddenTypes.has(type)}
                    onChange={() => setHiddenTypes((set) => toggleIn(set, type))}
                  />
                  {humanise(type)} ({count})
                </label>
              ))}
            </fieldset>
            <button
              type="button"
              disabled={filtersActive === 0}
              onClick={() => {
                setHiddenKinds(new Set());
                setHiddenTypes(new Set());
                setTopic("");
              }}
            >
              Show everything
            </button>
          </div>
        </details>
        <details className="menu export">
          <summary>Export</summary>
          <div className="menu-body">
            <p className="hint">What is shown now{asOf ? `, as of ${formatIsoPart(asOf)}` : ""}.</p>
            <button type="button" onClick={() => exportAs("png")}>
              PNG image
            </button>
            {EXPORT_FORMATS.map(({ format, label }) => (
              <button key={format} type="button" onClick={() => exportAs(format)}>
                {label}
              </button>
            ))}
          </div>
        </details>
        <div className="view-actions">
          <button
            type="button"
            onClick={() => {
              const hubs = overview?.mostConnected.map((entry) => entry.node.id) ?? [];
              setSteps(hubs.length > 0 ? [{ kind: "expand", ids: hubs, depth: 1 }] : []);
              setTopic("");
            }}
          >
            Overview
          </button>
          <button
            type="button"
            onClick={() => {
              setSteps([]);
              setTopic("");
              setHighlight(NO_HIGHLIGHT);
            }}
          >
            Clear
          </button>
        </div>
      </div>
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      <div className="graph-main">
        <section className="canvas-wrap" aria-label="Graph" aria-busy={loading > 0}>
          <div
            ref={container}
            className="canvas"
            data-testid="graph-canvas"
            role="img"
            aria-label={`Graph drawing: ${announcement} The list “Nodes in view” holds the same nodes.`}
          />
          <div className="canvas-buttons">
            <button
              type="button"
              aria-label="Zoom in"
              title="Zoom in"
              onClick={() => canvas.current?.zoom(1.25)}
            >
              +
            </button>
            <button
              type="button"
              aria-label="Zoom out"
              title="Zoom out"
              onClick={() => canvas.current?.zoom(0.8)}
            >
              −
            </button>
            <button
              type="button"
              aria-label="Fit the graph"
              title="Fit the graph"
              onClick={() => canvas.current?.fit()}
            >
              ⤢
            </button>
            <button
              type="button"
              className="canvas-button"
              aria-label="Arrange again"
              title="Arrange again"
              onClick={() => canvas.current?.layout(true)}
            >
              ↻
            </button>
          </div>
          <ul className="legend" aria-label="Legend">
            {NODE_CATEGORIES.filter((category) => categoriesShown.has(category)).map((category) => (
              <li key={category}>
                <span className={`swatch swatch-${category}`} aria-hidden="true" />
                {CATEGORY_LOOKS[category].label}
              </li>
            ))}
            <li>
              <span className="swatch swatch-dashed" aria-hidden="true" />
              planned or expected
            </li>
            {shownHighlight.edges.size > 0 && (
              <li>
                <span className="swatch swatch-path" aria-hidden="true" />
                path
              </li>
            )}
          </ul>
          {loading > 0 && <p className="loading">Loading…</p>}
          {view.truncated && (
            <p className="truncated">Some nodes were left out: the view is at its limit.</p>
          )}
        </section>
        <aside className="side" aria-label="Selection and nodes in view">
          <div className="panel">{renderPanel()}</div>
          <details className="in-view" open>
            <summary>Nodes in view ({shownNodes.length})</summary>
            <p className="hint">Tick two nodes for the shortest paths between them.</p>
            <ul>
              {shownNodes.map((node) => (
                <li key={node.id} data-node-id={node.id}>
                  <input
                    type="checkbox"
                    aria-label={`Select ${node.name} (with others)`}
                    checked={selectedIds.has(node.id)}
                    onChange={() => canvas.current?.toggle(node.id)}
                  />
                  <span className={`swatch swatch-${node.category}`} aria-hidden="true" />
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={selectedIds.has(node.id)}
                    onClick={() => canvas.current?.select([node.id])}
                  >
                    {node.name}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        </aside>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
