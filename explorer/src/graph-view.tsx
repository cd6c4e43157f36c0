/**
 * The graph view, put together: the toolbar (search, time, filters, style, scene,
 * export, undo), the Cytoscape.js canvas with its legend below it, and beside it the
 * path being read, the selection's details and the list of nodes in view (the way to
 * reach every node from the keyboard). What the reader asked for is one state
 * (explorer-state.ts) that the page's address follows (use-scene-history.ts).
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { citationFor } from "../../src/domain/citation.js";
import { isUndated, isUndatedRelationship } from "../../src/domain/dated-categories.js";
import { SCENE_FORMAT, SCENE_VERSION, type Scene } from "../../src/export/scene.js";
import type { SearchHit } from "./api.js";
import { CanvasButtons } from "./canvas-buttons.js";
import type { NodeActions } from "./details-panel.js";
import { explorerReducer, INITIAL_STATE, type Reading } from "./explorer-state.js";
import { ExportMenu } from "./export-menu.js";
import { FiltersMenu } from "./filters-menu.js";
import { Legend } from "./legend.js";
import { NodesInView } from "./nodes-in-view.js";
import { PathPanel } from "./path-panel.js";
import { readingHighlight } from "./reading-highlight.js";
import { SceneMenu } from "./scene-menu.js";
import { SearchBox } from "./search-box.js";
import { SelectionPanel } from "./selection-panel.js";
import { StyleMenu } from "./style-menu.js";
import { legendEntries, paintContext } from "./style-rules.js";
import { sliderRange, TimeControls } from "./time-controls.js";
import { asOfModeOf, asOfOf, describeTime, duringOf, type TimeFilter } from "./time-filter.js";
import { useBuiltView } from "./use-built-view.js";
import { useGraphCanvas } from "./use-graph-canvas.js";
import { useMenusClose } from "./use-menus-close.js";
import { useOverview } from "./use-overview.js";
import { useRestoredPath } from "./use-restored-path.js";
import { useSceneHistory } from "./use-scene-history.js";
import { type Selection, useSelectionDetails } from "./use-selection-details.js";
import { useTopicFocus } from "./use-topic-focus.js";
import { useUndoKeys } from "./use-undo-keys.js";
import { ViewActions } from "./view-actions.js";
import type { Step } from "./view-model.js";

/** Phones: results are scrolled into view there, since the panel sits below the canvas. */
const NARROW_QUERY = "(max-width: 800px)";

export interface ShowRequest {
  readonly ids: readonly string[];
  /** A new number for each request, so the same ids can be sent twice. */
  readonly key: number;
}

/** Why a view at a day or a range is empty: the sources it rests on are later. */
function nothingKnownText(time: TimeFilter): string {
  return `Nothing here is known to hold ${time.kind === "day" ? "on" : "during"} ${describeTime(time)}: the sources report it only later. Choose a later day, or All dates.`;
}

export function GraphView(props: { active: boolean; show?: ShowRequest }) {
  const [state, dispatch] = useReducer(explorerReducer, INITIAL_STATE);
  const [problem, setProblem] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [announcement, setAnnouncement] = useState("");
  const [selection, setSelection] = useState<Selection>({ nodes: [], edges: [] });
  const container = useRef<HTMLDivElement>(null);
  const pathPanel = useRef<HTMLDivElement>(null);
  /** Ids to select once the next view is on the canvas. */
  const pendingSelection = useRef<readonly string[] | undefined>(undefined);
  const recorded = useRef(-1);
  /** Set while a restored scene's selection is put back, so it asks for nothing. */
  const restoredSelection = useRef(false);
  /** The pending selection comes from a restored scene. */
  const selectionFromScene = useRef(false);
  /** The restored scene's placing already applied to the canvas (it is applied once). */
  const placed = useRef<unknown>(undefined);
  const reportProblem = useCallback((message: string | undefined) => setProblem(message), []);
  const { view, loading, builtFor } = useBuiltView(state.steps, state.time, reportProblem);
  const focus = useTopicFocus(state.topic, asOfOf(state.time), reportProblem);
  useMenusClose();
  const canvasOf = useGraphCanvas(container, props.active, {
    onSelection: (nodes, edges) => setSelection({ nodes, edges }),
    onExpand: (id) => expand(id),
    onMoved: () => {
      const scene = sceneRef.current();
      if (scene) historyRef.current.record(scene, "push");
    },
  });

  const overview = useOverview(setProblem);

  const dataset = overview?.dataset;
  const citation = dataset
    ? citationFor({
        version: dataset.version,
        nodeCount: dataset.nodeCount,
        edgeCount: dataset.relationshipCount,
      })
    : "";
  const hubs = useMemo(
    () => overview?.mostConnected.map((entry) => entry.node.id) ?? [],
    [overview],
  );
  const startFresh = useCallback(() => {
    dispatch({
      type: "steps",
      steps: hubs.length > 0 ? [{ kind: "expand", ids: hubs, depth: 1 }] : [],
      record: "replace",
    });
  }, [hubs]);
  const restore = useCallback(
    (scene: Scene) => {
      setNotice(
        scene.dataset && dataset && scene.dataset.version !== dataset.version
          ? `This scene was made with dataset ${scene.dataset.version.slice(0, 12)}; the API now serves ${dataset.version.slice(0, 12)}, so some facts may differ.`
          : undefined,
      );
      pendingSelection.current = scene.selection;
      selectionFromScene.current = true;
      dispatch({ type: "restore", scene });
    },
    [dataset],
  );
  const history = useSceneHistory({
    ready: overview !== undefined,
    restore,
    startFresh,
    onProblem: setNotice,
  });

  /** The scene on screen now: the view's nodes where they are drawn, and what the reader chose. */
  const sceneNow = useCallback((): Scene | undefined => {
    if (!dataset) return undefined;
    const graph = canvasOf();
    const positions = graph?.positions() ?? {};
    const nodes = view.nodes.map((node) => node.id);
    const during = duringOf(state.time);
    const path = readingHighlight(state.reading, view.edges).order;
    return {
      format: SCENE_FORMAT,
      version: SCENE_VERSION,
      dataset: { version: dataset.version, citation },
      nodes,
      positions: Object.fromEntries(
        nodes.flatMap((id) => (positions[id] ? [[id, positions[id]]] : [])),
      ),
      asOf: asOfOf(state.time),
      during,
      asOfMode: asOfModeOf(state.time) === "INCLUDE_UNKNOWN" ? "INCLUDE_UNKNOWN" : undefined,
      hiddenKinds: [...state.hiddenKinds],
      hiddenTypes: [...state.hiddenTypes],
      hideUndated: state.hideUndated || undefined,
      topic: state.topic || undefined,
      selection: [...selection.nodes, ...selection.edges],
      path: path.length >= 2 ? path : undefined,
      style: state.style,
    };
  }, [dataset, citation, view, state, selection, canvasOf]);
  const sceneRef = useRef(sceneNow);
  sceneRef.current = sceneNow;
  const historyRef = useRef(history);
  historyRef.current = history;

  const addSteps = useCallback((...steps: Step[]) => {
    dispatch({ type: "add-steps", steps });
  }, []);
  const show = useCallback(
    (id: string) => {
      pendingSelection.current = [id];
      selectionFromScene.current = false;
      addSteps({ kind: "add", ids: [id] });
    },
    [addSteps],
  );
  const expand = useCallback(
    (id: string) => {
      pendingSelection.current = [id];
      selectionFromScene.current = false;
      addSteps({ kind: "expand", ids: [id], depth: 1 });
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
        selectionFromScene.current = false;
        const ids = path.nodes.map((node) => node.id);
        dispatch({
          type: "reading",
          reading: {
            from: ids[0] ?? select,
            to: ids.at(-1) ?? select,
            paths: [path],
            title: "Why it involves the topic",
          },
        });
        addSteps({ kind: "add", ids });
      },
    }),
    [addSteps, expand, show],
  );

  // Nodes sent from the query view ("Show in graph").
  useEffect(() => {
    if (!props.show || props.show.ids.length === 0) return;
    pendingSelection.current = props.show.ids.length === 1 ? props.show.ids : undefined;
    selectionFromScene.current = false;
    dispatch({ type: "add-steps", steps: [{ kind: "add", ids: props.show.ids }] });
    setAnnouncement(`Added ${props.show.ids.length} nodes from the query result to the graph.`);
  }, [props.show]);

  const highlight = useMemo(
    () => readingHighlight(state.reading, view.edges),
    [state.reading, view],
  );

  useRestoredPath(state.reading, state.time, dispatch, setProblem);

  // Puts the view on the canvas, lays out what changed (or places a scene's nodes),
  // selects what was asked for, then writes the scene into the address.
  useEffect(() => {
    const graph = canvasOf();
    if (!graph) return;
    const current = builtFor.steps === state.steps && builtFor.time === state.time;
    const placing = current && placed.current !== state.placing ? state.placing : undefined;
    if (placing) placed.current = placing;
    const positions = placing?.positions;
    const changes = graph.sync(view.nodes, view.edges, positions);
    graph.paint(state.style);
    graph.applyFilters(state.hiddenKinds, state.hiddenTypes, focus, state.hideUndated);
    graph.markKnownOn(state.time);
    graph.highlight(highlight.nodes, highlight.edges);
    const finish = () => {
      const wanted = pendingSelection.current;
      if (wanted?.every((id) => graph.cy.getElementById(id).nonempty())) {
        pendingSelection.current = undefined;
        restoredSelection.current = selectionFromScene.current;
        selectionFromScene.current = false;
        graph.select(wanted);
        if (window.matchMedia(NARROW_QUERY).matches && highlight.nodes.size > 1)
          graph.fitTo([...highlight.nodes]);
      }
      if (current && recorded.current !== state.revision) {
        recorded.current = state.revision;
        const scene = sceneRef.current();
        if (scene && state.record !== "none") historyRef.current.record(scene, state.record);
      }
    };
    if (positions && Object.keys(positions).length > 0 && changes > 0) {
      graph.fitPlaced();
      finish();
    } else if (changes > 0) graph.layout().then(finish);
    else finish();
  }, [view, builtFor, state, focus, highlight, canvasOf]);

  // The selection changes the scene, not the history: the address is updated in place.
  // Only once the current state is in the address (else it is written with it, above).
  const revision = useRef(state.revision);
  revision.current = state.revision;
  // biome-ignore lint/correctness/useExhaustiveDependencies: sceneRef reads the selection; its change is the trigger
  useEffect(() => {
    const scene = sceneRef.current();
    if (scene && recorded.current === revision.current) historyRef.current.record(scene, "replace");
  }, [selection]);

  useEffect(() => {
    const shown = view.nodes.length;
    setAnnouncement(
      shown === 0
        ? state.time.kind === "all"
          ? "The view is empty: search for a node to start."
          : nothingKnownText(state.time)
        : `Showing ${shown} nodes and ${view.edges.length} relationships, ${describeTime(state.time)}.`,
    );
  }, [view, state.time]);

  const onReading = useCallback((reading: Reading) => {
    // The path and the nodes it adds are one step back in the history.
    const ids = reading.paths?.flatMap((path) => path.nodes.map((node) => node.id)) ?? [];
    dispatch({
      type: "reading",
      reading,
      record: reading.paths && ids.length === 0 ? "push" : "none",
    });
    if (reading.paths) {
      if (ids.length > 0) dispatch({ type: "add-steps", steps: [{ kind: "add", ids }] });
      setAnnouncement(
        reading.paths.length === 0
          ? "No path between the two nodes at this time."
          : `Found ${reading.paths.length} shortest ${reading.paths.length === 1 ? "path" : "paths"}; see “Shortest paths”.`,
      );
      if (window.matchMedia(NARROW_QUERY).matches) {
        requestAnimationFrame(() => pathPanel.current?.scrollIntoView({ block: "start" }));
      }
    }
  }, []);
  const panel = useSelectionDetails({
    selection,
    time: state.time,
    canvas: canvasOf,
    reading: state.reading,
    onReading,
    onProblem: setProblem,
    takeRestored: () => {
      const restored = restoredSelection.current;
      restoredSelection.current = false;
      return restored;
    },
  });

  useUndoKeys(props.active, history);

  const nodesById = useMemo(() => new Map(view.nodes.map((node) => [node.id, node])), [view]);
  const shownNodes = useMemo(
    () =>
      view.nodes
        .filter(
          (node) =>
            !state.hiddenKinds.has(node.kind) &&
            !(
              state.hideUndated &&
              isUndated({ category: node.category, date: node.date ?? undefined })
            ) &&
            (!focus || focus.has(node.id)),
        )
        .sort((a, b) => a.name.localeCompare(b.name)),
    [view, state.hiddenKinds, state.hideUndated, focus],
  );
  const undatedCount =
    view.nodes.filter((node) =>
      isUndated({ category: node.category, date: node.date ?? undefined }),
    ).length + view.edges.filter(isUndatedRelationship).length;
  // Where the undated relationships start to be known: their validity, as the API gives it.
  const undatedStarts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const edge of view.edges) {
      const from = edge.validity.from;
      if (from && isUndatedRelationship(edge)) counts.set(from, (counts.get(from) ?? 0) + 1);
    }
    return [...counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([day, count]) => ({ day, count }));
  }, [view]);
  const legend = useMemo(() => {
    const facts = view.nodes.map((node) => ({
      category: node.category,
      status: node.status,
      earliest: node.date?.earliest,
      degree: view.edges.filter((edge) => edge.from.id === node.id || edge.to.id === node.id)
        .length,
    }));
    return legendEntries(facts, state.style.colour, paintContext(facts));
  }, [view, state.style.colour]);
  const selectedIds = new Set([...selection.nodes, ...selection.edges]);
  const range = sliderRange(overview);
  const timeText = describeTime(state.time);
  const onTime = useCallback((time: TimeFilter) => dispatch({ type: "time", time }), []);

  return (
    <div className="graph-view">
      <div className="toolbar" role="toolbar" aria-label="Graph controls">
        <SearchBox onPick={(hit: SearchHit) => show(hit.node.id)} />
        <TimeControls
          range={range}
          time={state.time}
          onChange={onTime}
          hideUndated={state.hideUndated}
          undatedCount={undatedCount}
          undatedStarts={undatedStarts}
          onHideUndated={(hide) => dispatch({ type: "hide-undated", hide })}
        />
        <div className="menus">
          <FiltersMenu
            nodes={view.nodes}
            edges={view.edges}
            topics={overview?.topics.edges.map((edge) => edge.node) ?? []}
            topic={state.topic}
            hiddenKinds={state.hiddenKinds}
            hiddenTypes={state.hiddenTypes}
            onTopic={(topic) => dispatch({ type: "topic", topic })}
            onToggleKind={(kind) => dispatch({ type: "toggle-kind", kind })}
            onToggleType={(relationshipType) => dispatch({ type: "toggle-type", relationshipType })}
            onShowEverything={() => dispatch({ type: "show-everything" })}
          />
          <StyleMenu style={state.style} onChange={(style) => dispatch({ type: "style", style })} />
          <SceneMenu
            scene={() => sceneRef.current()}
            onOpen={restore}
            onMessage={(message, isProblem) =>
              isProblem ? setProblem(message) : setAnnouncement(message)
            }
          />
          <ExportMenu
            canvas={canvasOf}
            scene={() => sceneRef.current()}
            timeText={timeText}
            legend={legend}
            citation={citation}
            onMessage={(message, isProblem) =>
              isProblem ? setProblem(message) : setAnnouncement(message)
            }
          />
        </div>
        <ViewActions
          history={history}
          onOverview={() =>
            dispatch({
              type: "steps",
              steps: hubs.length > 0 ? [{ kind: "expand", ids: hubs, depth: 1 }] : [],
            })
          }
          onClear={() => {
            dispatch({ type: "reading", reading: undefined, record: "none" });
            dispatch({ type: "topic", topic: "" });
            dispatch({ type: "steps", steps: [] });
          }}
        />
      </div>
      {notice && (
        <p className="notice" role="status">
          {notice}{" "}
          <button type="button" onClick={() => setNotice(undefined)}>
            Dismiss
          </button>
        </p>
      )}
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      <div className="graph-main">
        <section className="canvas-wrap" aria-label="Graph" aria-busy={loading}>
          <div className="canvas-box">
            <div
              ref={container}
              className="canvas"
              data-testid="graph-canvas"
              role="img"
              aria-label={`Graph drawing: ${announcement} The list “Nodes in view” holds the same nodes.`}
            />
            <CanvasButtons canvas={canvasOf} />
            {loading && <p className="loading">Loading…</p>}
            {view.truncated && (
              <p className="truncated">Some nodes were left out: the view is at its limit.</p>
            )}
            {!loading && view.nodes.length === 0 && state.time.kind !== "all" && (
              <p className="nothing-known">{nothingKnownText(state.time)}</p>
            )}
          </div>
          <Legend
            entries={legend}
            path={highlight.edges.size > 0}
            day={state.time.kind === "day"}
          />
        </section>
        <aside className="side" aria-label="Selection and nodes in view">
          {state.reading && (
            <div ref={pathPanel} className="panel">
              <PathPanel
                reading={state.reading}
                names={nodesById}
                selected={selectedIds}
                onSelectStep={(id) => canvasOf()?.select([id])}
                onClose={() => dispatch({ type: "reading", reading: undefined })}
              />
            </div>
          )}
          <div className="panel">
            <SelectionPanel
              panel={panel}
              nodesById={nodesById}
              actions={actions}
              overview={overview}
              pathShown={state.reading !== undefined}
            />
          </div>
          <NodesInView
            nodes={shownNodes}
            selected={selectedIds}
            onToggle={(id) => canvasOf()?.toggle(id)}
            onSelect={(id) => canvasOf()?.select([id])}
          />
        </aside>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
