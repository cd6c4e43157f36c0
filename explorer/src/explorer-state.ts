/**
 * What the reader has asked the graph view for, in one place: how the view was built
 * (its steps), the time it is seen at, the filters, the styling rule and the path being
 * read. Every change goes through `explorerReducer`, and says how the page's address
 * should follow it (a new history entry, or the same one updated), which is what makes
 * back, forward and undo work. Positions and the selection live on the canvas.
 */
import { DEFAULT_STYLE, type Scene, type SceneStyle } from "../../src/export/scene.js";
import type { Path } from "./api.js";
import { ALL_TIME, type TimeFilter } from "./time-filter.js";
import type { Step } from "./view-model.js";

/** A path being read: between two nodes (with the paths once known), or known by its nodes only. */
export interface Reading {
  readonly from: string;
  readonly to: string;
  readonly paths?: readonly Path[];
  /** The nodes of the path when only they are known (a restored scene, before its paths arrive). */
  readonly nodes?: readonly string[];
  /** What the path explains, as a heading. */
  readonly title?: string;
}

/** How the address follows a change: a new entry (undoable), the same entry, or not at all. */
export type Record = "push" | "replace" | "none";

export interface ExplorerState {
  readonly steps: readonly Step[];
  readonly time: TimeFilter;
  readonly hiddenKinds: ReadonlySet<string>;
  readonly hiddenTypes: ReadonlySet<string>;
  readonly hideUndated: boolean;
  readonly topic: string;
  readonly style: SceneStyle;
  readonly reading?: Reading;
  /** Counts changes, so that effects can tell one from the next. */
  readonly revision: number;
  readonly record: Record;
  /** Positions and selection a restored scene asks for, once its nodes are on the canvas. */
  readonly placing?: {
    readonly positions?: Scene["positions"];
    readonly selection?: readonly string[];
  };
}

export const INITIAL_STATE: ExplorerState = {
  steps: [],
  time: ALL_TIME,
  hiddenKinds: new Set(),
  hiddenTypes: new Set(),
  hideUndated: false,
  topic: "",
  style: DEFAULT_STYLE,
  revision: 0,
  record: "none",
};

export type Action =
  | { readonly type: "steps"; readonly steps: readonly Step[]; readonly record?: Record }
  | { readonly type: "add-steps"; readonly steps: readonly Step[] }
  | { readonly type: "time"; readonly time: TimeFilter }
  | { readonly type: "toggle-kind"; readonly kind: string }
  | { readonly type: "toggle-type"; readonly relationshipType: string }
  | { readonly type: "hide-undated"; readonly hide: boolean }
  | { readonly type: "topic"; readonly topic: string }
  | { readonly type: "show-everything" }
  | { readonly type: "style"; readonly style: SceneStyle }
  | { readonly type: "reading"; readonly reading: Reading | undefined; readonly record?: Record }
  | { readonly type: "restore"; readonly scene: Scene };

function toggled(set: ReadonlySet<string>, value: string): Set<string> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

/** The state a scene describes: its nodes as one step, its time, filters, style and path. */
export function stateOfScene(scene: Scene, revision: number): ExplorerState {
  const unknown = scene.asOfMode === "INCLUDE_UNKNOWN" ? { unknown: true } : {};
  const time: TimeFilter = scene.asOf
    ? { kind: "day", day: scene.asOf, ...unknown }
    : scene.during
      ? {
          kind: "range",
          from: scene.during.from ?? "1900-01-01",
          to: scene.during.to ?? "2100-12-31",
          ...unknown,
        }
      : ALL_TIME;
  const path = scene.path;
  return {
    steps: scene.nodes.length > 0 ? [{ kind: "add", ids: scene.nodes }] : [],
    time,
    hiddenKinds: new Set(scene.hiddenKinds ?? []),
    hiddenTypes: new Set(scene.hiddenTypes ?? []),
    hideUndated: scene.hideUndated ?? false,
    topic: scene.topic ?? "",
    style: scene.style ?? DEFAULT_STYLE,
    reading:
      path && path.length >= 2
        ? { from: path[0] ?? "", to: path.at(-1) ?? "", nodes: path }
        : undefined,
    revision,
    record: "none",
    placing: { positions: scene.positions, selection: scene.selection },
  };
}

export function explorerReducer(state: ExplorerState, action: Action): ExplorerState {
  // `placing` stays until the canvas has used it (graph-view.tsx keeps track of that).
  const next = (changes: Partial<ExplorerState>, record: Record = "push"): ExplorerState => ({
    ...state,
    ...changes,
    revision: state.revision + 1,
    record,
  });
  switch (action.type) {
    case "steps":
      return next({ steps: action.steps }, action.record);
    case "add-steps":
      return next({ steps: [...state.steps, ...action.steps] });
    case "time":
      return next({ time: action.time });
    case "toggle-kind":
      return next({ hiddenKinds: toggled(state.hiddenKinds, action.kind) });
    case "toggle-type":
      return next({ hiddenTypes: toggled(state.hiddenTypes, action.relationshipType) });
    case "hide-undated":
      return next({ hideUndated: action.hide });
    case "topic":
      return next({
        topic: action.topic,
        steps: action.topic
          ? [...state.steps, { kind: "topic", topic: action.topic }]
          : state.steps,
      });
    case "show-everything":
      return next({
        hiddenKinds: new Set(),
        hiddenTypes: new Set(),
        hideUndated: false,
        topic: "",
      });
    case "style":
      return next({ style: action.style });
    case "reading":
      return next({ reading: action.reading }, action.record);
    case "restore":
      return stateOfScene(action.scene, state.revision + 1);
  }
}
