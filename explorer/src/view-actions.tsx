/** Undo and Redo (back and forward through the scenes), Overview and Clear. */
import type { SceneHistory } from "./use-scene-history.js";

export function ViewActions(props: { history: SceneHistory; onOverview(): void; onClear(): void }) {
  const { history } = props;
  return (
    <div className="view-actions">
      <button
        type="button"
        disabled={!history.canUndo}
        onClick={history.undo}
        aria-keyshortcuts="Control+Z"
      >
        Undo
      </button>
      <button
        type="button"
        disabled={!history.canRedo}
        onClick={history.redo}
        aria-keyshortcuts="Control+Shift+Z"
      >
        Redo
      </button>
      <button type="button" onClick={props.onOverview}>
        Overview
      </button>
      <button type="button" onClick={props.onClear}>
        Clear
      </button>
    </div>
  );
}
