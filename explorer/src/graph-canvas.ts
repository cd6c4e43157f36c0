/**
 * The Cytoscape.js canvas: keeps its elements in step with the view, lays them out
 * with fCoSE (new nodes start beside a neighbour already placed, so the rest of the
 * picture stays where the reader left it; a scene's nodes start where the scene put
 * them, and need no layout), paints them by the styling rule, and reports selection,
 * double-clicks, moved nodes and the layout's progress. React owns everything around it.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from "cytoscape";
import fcose, { type FcoseLayoutOptions } from "cytoscape-fcose";
import { isUndated, isUndatedRelationship } from "../../src/domain/dated-categories.js";
import { isProspective, type Status } from "../../src/domain/vocabulary.js";
import { CATEGORY_LOOKS } from "../../src/export/category-palette.js";
import type { ScenePosition, SceneStyle } from "../../src/export/scene.js";
import type { ViewEdge, ViewNode, ViewValidity } from "./api.js";
import { formatDate, humanise } from "./format.js";
import { GRAPH_STYLE } from "./graph-style.js";
import { type PaintedNode, paintContext, paintNode } from "./style-rules.js";
import { shownAt, type TimeFilter } from "./time-filter.js";

cytoscape.use(fcose);

/** Largest zoom a fit may leave, so that a handful of nodes is not drawn huge. */
const MAX_FIT_ZOOM = 1.25;
/** Canvases narrower than this (phones) zoom to the selection rather than show everything. */
const NARROW = 600;
/** Least zoom a phone's first view may have: below it the labels are too small to read. */
const READABLE_ZOOM = 0.7;

export interface CanvasHandlers {
  /** The selected nodes and relationships, in the order they were selected. */
  onSelection(nodes: string[], edges: string[]): void;
  /** A node was double-clicked (or double-tapped). */
  onExpand(id: string): void;
  /** The reader moved nodes (a drag ended). */
  onMoved(): void;
}

declare global {
  interface Window {
    /** The Cytoscape instance, for the browser console and the browser tests. */
    __ENTENTE_EXPLORER__?: { cy: Core };
  }
}

export class GraphCanvas {
  readonly cy: Core;
  private readonly container: HTMLElement;
  private readonly reducedMotion: boolean;
  private selectionOrder: string[] = [];
  private selectionTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly handlers: CanvasHandlers;
  private layoutRuns = 0;
  private laidOutOnce = false;
  private running: cytoscape.Layouts | undefined;

  constructor(container: HTMLElement, handlers: CanvasHandlers) {
    this.container = container;
    this.handlers = handlers;
    this.reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    this.cy = cytoscape({
      container,
      style: GRAPH_STYLE,
      minZoom: 0.15,
      maxZoom: 3,
      selectionType: "single",
      boxSelectionEnabled: true,
    });
    if (container.clientWidth < NARROW) {
      // On a phone the drawing is scaled down to fit; larger type keeps the labels legible.
      this.cy
        .style()
        .selector("node")
        .style({ "font-size": 19, "text-max-width": "170px" })
        .selector("edge")
        .style({ "font-size": 15 })
        .update();
    }
    window.__ENTENTE_EXPLORER__ = { cy: this.cy };
    container.dataset.layout = "idle";

    this.cy.on("select unselect", (event) => {
      const id = event.target.id() as string;
      if (event.type === "select") {
        if (!this.selectionOrder.includes(id)) this.selectionOrder.push(id);
      } else {
        this.selectionOrder = this.selectionOrder.filter((other) => other !== id);
      }
      clearTimeout(this.selectionTimer);
      this.selectionTimer = setTimeout(() => this.flushSelection(), 0);
    });
    // Cytoscape reports two quick clicks as a double-click even on two different
    // elements; only two on the same node (and without Shift, which adds to the
    // selection) expand it.
    let lastTap: string | undefined;
    let tapBefore: string | undefined;
    this.cy.on("tap", (event) => {
      tapBefore = lastTap;
      lastTap = event.target === this.cy ? undefined : (event.target.id() as string);
    });
    this.cy.on("dblclick", "node", (event) => {
      const id = event.target.id() as string;
      const original = event.originalEvent as MouseEvent | undefined;
      if (tapBefore !== id || original?.shiftKey || original?.ctrlKey || original?.metaKey) return;
      handlers.onExpand(id);
    });
    this.cy.on("dragfree", "node", () => handlers.onMoved());
    this.cy.on("mouseover", "node, edge", (event) => {
      event.target.addClass("hover");
      container.style.cursor = "pointer";
    });
    this.cy.on("mouseout", "node, edge", (event) => {
      event.target.removeClass("hover");
      container.style.cursor = "";
    });
  }

  /** Reports the selection now (clicks report it once the burst of select events is over). */
  flushSelection(): void {
    clearTimeout(this.selectionTimer);
    const nodes = this.selectionOrder.filter((id) => this.cy.getElementById(id).isNode());
    const edges = this.selectionOrder.filter((id) => this.cy.getElementById(id).isEdge());
    this.cy.edges().removeClass("incident");
    this.cy.nodes(":selected").connectedEdges().addClass("incident");
    this.handlers.onSelection(nodes, edges);
  }

  /**
   * Makes the canvas show exactly these nodes and relationships: removes the others,
   * updates the ones it has, adds the new ones beside a placed neighbour. Returns how
   * many elements were added or removed.
   */
  sync(
    nodes: readonly ViewNode[],
    edges: readonly ViewEdge[],
    positions?: Readonly<Record<string, ScenePosition>>,
  ): number {
    const cy = this.cy;
    const wanted = new Set([...nodes.map((node) => node.id), ...edges.map((edge) => edge.id)]);
    let changes = 0;
    let selectionGone = false;
    cy.batch(() => {
      const stale = cy.elements().filter((element) => !wanted.has(element.id()));
      changes += stale.length;
      selectionGone = stale.filter(":selected").nonempty();
      cy.remove(stale);

      const added: ElementDefinition[] = [];
      for (const node of nodes) {
        const data = nodeData(node);
        const existing = cy.getElementById(node.id);
        const placed = positions?.[node.id];
        if (existing.nonempty()) {
          existing.data(data);
          if (placed) existing.position({ x: placed.x, y: placed.y });
        } else {
          const position = placed
            ? { x: placed.x, y: placed.y }
            : this.startPosition(node.id, edges);
          added.push({ group: "nodes", data, position });
        }
      }
      const nodeIds = new Set(nodes.map((node) => node.id));
      for (const edge of edges) {
        if (!nodeIds.has(edge.from.id) || !nodeIds.has(edge.to.id)) continue;
        const data = edgeData(edge);
        const existing = cy.getElementById(edge.id);
        if (existing.nonempty()) existing.data(data);
        else added.push({ group: "edges", data });
      }
      changes += added.length;
      cy.add(added);
      cy.nodes().forEach((node) => {
        node.data("degree", node.degree(false));
      });
    });
    if (positions && nodes.every((node) => positions[node.id])) {
      // A scene placed every node: its picture is kept as it is, no layout needed.
      this.laidOutOnce = true;
    }
    // Removing a selected element reports no "unselect": say what is left selected.
    if (selectionGone) {
      this.selectionOrder = this.selectionOrder.filter((id) => cy.getElementById(id).nonempty());
      this.flushSelection();
    }
    return changes;
  }

  /** Where a new node starts: beside a neighbour already on the canvas, else in the middle. */
  private startPosition(id: string, edges: readonly ViewEdge[]): { x: number; y: number } {
    const jitter = () => (Math.random() - 0.5) * 80;
    for (const edge of edges) {
      const other = edge.from.id === id ? edge.to.id : edge.to.id === id ? edge.from.id : undefined;
      if (other === undefined) continue;
      const placed = this.cy.getElementById(other);
      if (placed.nonempty()) {
        const { x, y } = (placed as NodeSingular).position();
        return { x: x + jitter(), y: y + jitter() };
      }
    }
    const extent = this.cy.extent();
    return { x: (extent.x1 + extent.x2) / 2 + jitter(), y: (extent.y1 + extent.y2) / 2 + jitter() };
  }

  /** Paints every node by the styling rule (fill, outline, size). */
  paint(style: SceneStyle): void {
    const facts = this.cy.nodes().map(
      (node): PaintedNode => ({
        category: node.data("category"),
        status: node.data("status") || undefined,
        earliest: node.data("earliest") || undefined,
        degree: node.data("degree") ?? 0,
      }),
    );
    const context = paintContext(facts);
    this.cy.batch(() => {
      this.cy.nodes().forEach((node, index) => {
        const fact = facts[index];
        if (fact) node.data(paintNode(fact, style, context));
      });
    });
  }

  /** Where every node is drawn, for a scene. */
  positions(): Record<string, ScenePosition> {
    const positions: Record<string, ScenePosition> = {};
    this.cy.nodes().forEach((node) => {
      const { x, y } = node.position();
      positions[node.id()] = { x: Math.round(x), y: Math.round(y) };
    });
    return positions;
  }

  /** Shows what is there without laying it out again (a scene's own picture). */
  fitPlaced(): void {
    this.fit();
    if (this.cy.zoom() > MAX_FIT_ZOOM) this.cy.zoom(MAX_FIT_ZOOM);
    this.keepReadable();
  }

  /**
   * On a phone the whole graph fitted to the screen has labels too small to read:
   * zoom in to a readable size around the most connected node instead (the list
   * "Nodes in view" holds every node, and "Fit" shows them all).
   */
  private keepReadable(): void {
    if (this.cy.width() >= NARROW || this.cy.zoom() >= READABLE_ZOOM) return;
    const visible = this.cy.nodes().not(".filtered");
    const hub = visible.max((node) => (node as NodeSingular).degree(false)).ele;
    this.cy.zoom(READABLE_ZOOM);
    if (hub) this.cy.center(hub);
  }

  /** Lays out what is shown; from scratch the first time (or when asked), from where things are after. */
  layout(fromScratch = false): Promise<void> {
    const visible = this.cy.elements().not(".filtered");
    if (visible.nodes().empty()) {
      this.container.dataset.layout = "idle";
      return Promise.resolve();
    }
    const randomize = fromScratch || !this.laidOutOnce;
    this.laidOutOnce = true;
    const run = ++this.layoutRuns;
    this.container.dataset.layout = "running";
    // How many layouts ran, for the browser tests (a restored scene needs none).
    this.container.dataset.layouts = String(run);
    const options: FcoseLayoutOptions = {
      name: "fcose",
      quality: "proof",
      randomize,
      animate: !this.reducedMotion && !randomize,
      animationDuration: 450,
      fit: true,
      padding: 36,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 95,
      nodeRepulsion: () => 12_000,
      nodeSeparation: 90,
      edgeElasticity: () => 0.4,
      gravity: 0.35,
      gravityRange: 3.2,
      numIter: 2_500,
      tile: true,
      tilingPaddingVertical: 24,
      tilingPaddingHorizontal: 24,
    };
    this.running?.stop();
    const layout = visible.layout(options);
    this.running = layout;
    const done = new Promise<void>((resolve) => {
      layout.one("layoutstop", () => {
        // A few nodes fitted to the whole canvas would be drawn huge; keep them at a reading size.
        if (this.cy.zoom() > MAX_FIT_ZOOM) {
          this.cy.zoom(MAX_FIT_ZOOM);
          this.cy.center(visible);
        }
        this.keepReadable();
        if (run === this.layoutRuns) {
          this.running = undefined;
          this.container.dataset.layout = "idle";
        }
        resolve();
      });
    });
    layout.run();
    return done;
  }

  /**
   * Hides nodes of these kinds, relationships of these types, undated agreements, events
   * and relationships when asked, and (with a focus) every node outside it.
   */
  applyFilters(
    hiddenKinds: ReadonlySet<string>,
    hiddenTypes: ReadonlySet<string>,
    focus: ReadonlySet<string> | undefined,
    hideUndated: boolean,
  ): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const hidden =
          hiddenKinds.has(node.data("kind")) ||
          (hideUndated && node.data("undated") === true) ||
          (focus !== undefined && !focus.has(node.id()));
        node.toggleClass("filtered", hidden);
        if (hidden) node.unselect();
      });
      this.cy.edges().forEach((edge) => {
        edge.toggleClass(
          "filtered",
          hiddenTypes.has(edge.data("type")) || (hideUndated && edge.data("undated") === true),
        );
      });
    });
  }

  /**
   * Marks the nodes and relationships not known to hold at the time (before their
   * sources say so, or after a point in time), by the API's rule over the validity the
   * API gave: only those the view asked for with `unknown` can be drawn at all. At all
   * dates, nothing is marked.
   */
  markKnownOn(time: TimeFilter): void {
    this.cy.batch(() => {
      const knownAt: TimeFilter = time.kind === "all" ? time : { ...time, unknown: false };
      this.cy.elements().forEach((element) => {
        const validity = {
          from: (element.data("validFrom") as string | undefined) ?? null,
          until: (element.data("validUntil") as string | undefined) ?? null,
          begun: element.data("validBegun") === true,
          ended: element.data("validEnded") === true,
        };
        element.toggleClass("not-known", !shownAt(validity, knownAt));
      });
    });
  }

  highlight(nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass("on-path");
      this.cy
        .nodes()
        .filter((node) => nodeIds.has(node.id()))
        .addClass("on-path");
      this.cy
        .edges()
        .filter((edge) => edgeIds.has(edge.id()))
        .addClass("on-path");
    });
  }

  /** Selects exactly these elements (as a click would), the last one brought into view. */
  select(ids: readonly string[], reveal = true): void {
    const wanted = new Set(ids);
    this.cy.elements(":selected").forEach((element) => {
      if (!wanted.has(element.id())) element.unselect();
    });
    for (const id of ids) this.cy.getElementById(id).select();
    this.flushSelection();
    const last = ids.at(-1);
    if (!reveal || last === undefined) return;
    if (this.cy.width() < NARROW) this.zoomTo(last);
    else this.reveal(last);
  }

  /** Fits the view to a node and its neighbours: on a phone, the whole graph is too small to read. */
  zoomTo(id: string): void {
    const element = this.cy.getElementById(id);
    if (element.empty()) return;
    const around = element.closedNeighborhood().not(".filtered");
    this.cy.fit(around, 24);
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center(element);
    }
  }

  /** Fits the view to these nodes (a path on a phone: all of it, not one end). */
  fitTo(ids: readonly string[]): void {
    const wanted = new Set(ids);
    const nodes = this.cy.nodes().filter((node) => wanted.has(node.id()));
    if (nodes.empty()) return;
    this.cy.fit(nodes, 24);
    if (this.cy.zoom() > MAX_FIT_ZOOM) this.cy.zoom(MAX_FIT_ZOOM);
  }

  /** Adds or removes one node from the selection. */
  toggle(id: string): void {
    const element = this.cy.getElementById(id);
    if (element.selected()) element.unselect();
    else element.select();
    this.flushSelection();
  }

  /** Pans to an element if it is out of view. */
  reveal(id: string): void {
    const element = this.cy.getElementById(id);
    if (element.empty()) return;
    const box = element.renderedBoundingBox({});
    const inside =
      box.x1 >= 0 && box.y1 >= 0 && box.x2 <= this.cy.width() && box.y2 <= this.cy.height();
    if (inside) return;
    if (this.reducedMotion) this.cy.center(element);
    else this.cy.animate({ center: { eles: element }, duration: 300 });
  }

  fit(): void {
    this.cy.fit(this.cy.elements().not(".filtered"), 36);
  }

  zoom(factor: number): void {
    this.cy.zoom({
      level: this.cy.zoom() * factor,
      renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 },
    });
  }

  /** Ids of the nodes shown (not filtered out). */
  visibleNodeIds(): string[] {
    return this.cy
      .nodes()
      .not(".filtered")
      .map((node) => node.id());
  }

  /** The whole drawing (not only the part in view) as a PNG, at twice the screen's scale. */
  png(): Blob {
    return this.cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff", maxWidth: 4000 });
  }

  resize(): void {
    this.cy.resize();
  }

  destroy(): void {
    clearTimeout(this.selectionTimer);
    if (window.__ENTENTE_EXPLORER__?.cy === this.cy) delete window.__ENTENTE_EXPLORER__;
    this.running?.stop();
    this.cy.destroy();
  }
}

function nodeData(node: ViewNode) {
  const look = CATEGORY_LOOKS[node.category];
  return {
    id: node.id,
    label: node.name,
    category: node.category,
    kind: node.kind,
    status: node.status ?? "",
    prospective: node.status ? isProspective(node.status as Status) : false,
    undated: isUndated({ category: node.category, date: node.date ?? undefined }),
    date: formatDate(node.date),
    earliest: node.date?.earliest ?? "",
    ...validityData(node.validity),
    fill: look.colour,
    border: look.border,
    size: 30,
  };
}

function edgeData(edge: ViewEdge) {
  const date = formatDate(edge.date);
  return {
    id: edge.id,
    source: edge.from.id,
    target: edge.to.id,
    type: edge.type,
    label: humanise(edge.type),
    status: edge.status,
    prospective: edge.prospective,
    date,
    undated: isUndatedRelationship(edge),
    ...validityData(edge.validity),
  };
}

/** The validity the API gave, as element data (open bounds left out). */
function validityData(validity: ViewValidity) {
  return {
    validFrom: validity.from ?? undefined,
    validUntil: validity.until ?? undefined,
    validBegun: validity.begun,
    validEnded: validity.ended,
  };
}
