/**
 * A path restored with a scene is known by its nodes only: this asks the API for the
 * paths between its ends and keeps the one through the same nodes (or all of them, if
 * the data changed), so its steps and their evidence can be listed again.
 */
import { type Dispatch, useEffect } from "react";
import { fetchPaths } from "./api.js";
import type { Action, Reading } from "./explorer-state.js";
import type { TimeFilter } from "./time-filter.js";

export function useRestoredPath(
  reading: Reading | undefined,
  time: TimeFilter,
  dispatch: Dispatch<Action>,
  onProblem: (message: string) => void,
): void {
  useEffect(() => {
    if (!reading || reading.paths || !reading.nodes) return;
    let current = true;
    fetchPaths(reading.from, reading.to, time).then(
      (paths) => {
        if (!current) return;
        const same = paths.filter(
          (path) => path.nodes.map((node) => node.id).join(" ") === reading.nodes?.join(" "),
        );
        dispatch({
          type: "reading",
          reading: { ...reading, paths: same.length > 0 ? same : paths },
          record: "none",
        });
      },
      (error: unknown) => current && onProblem((error as Error).message),
    );
    return () => {
      current = false;
    };
  }, [reading, time, dispatch, onProblem]);
}
