/**
 * The page's address follows the scene: each change the reader makes is a new history
 * entry holding the scene (`?scene=…`), so back and forward step through the views and
 * a link restores one; Undo and Redo are back and forward within this visit. Opening a
 * link restores its scene, or says what is wrong with it and shows the overview.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Scene } from "../../src/export/scene.js";
import { readSceneParameter, sceneHref } from "./scene-link.js";

interface HistoryMark {
  /** Position of this entry among the ones this visit made. */
  readonly entente: number;
}

function markOf(state: unknown): number | undefined {
  const mark = (state as Partial<HistoryMark> | null)?.entente;
  return typeof mark === "number" ? mark : undefined;
}

export interface SceneHistory {
  /** Writes the scene into the address, as a new entry or over the current one. */
  record(scene: Scene, mode: "push" | "replace"): void;
  undo(): void;
  redo(): void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

export function useSceneHistory(options: {
  /** False until the first scene can be shown (the overview is known). */
  readonly ready: boolean;
  readonly restore: (scene: Scene) => void;
  readonly startFresh: () => void;
  readonly onProblem: (message: string) => void;
}): SceneHistory {
  const [position, setPosition] = useState(() => markOf(window.history.state) ?? 0);
  const furthest = useRef(position);
  const started = useRef(false);
  const latest = useRef(options);
  latest.current = options;

  // The address this page was opened with, once.
  useEffect(() => {
    if (!options.ready || started.current) return;
    started.current = true;
    const reading = readSceneParameter(window.location.search);
    if (reading.kind === "scene") latest.current.restore(reading.scene);
    else {
      if (reading.kind === "problem") latest.current.onProblem(reading.message);
      latest.current.startFresh();
    }
  }, [options.ready]);

  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      const mark = markOf(event.state);
      if (mark !== undefined) setPosition(mark);
      const reading = readSceneParameter(window.location.search);
      if (reading.kind === "scene") latest.current.restore(reading.scene);
      else if (reading.kind === "problem") latest.current.onProblem(reading.message);
      else latest.current.startFresh();
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  const record = useCallback((scene: Scene, mode: "push" | "replace") => {
    const href = sceneHref(scene);
    const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
    if (href === here) return;
    const current = markOf(window.history.state) ?? 0;
    if (mode === "push") {
      const next = current + 1;
      window.history.pushState({ entente: next } satisfies HistoryMark, "", href);
      furthest.current = next;
      setPosition(next);
    } else {
      window.history.replaceState({ entente: current } satisfies HistoryMark, "", href);
    }
  }, []);

  return {
    record,
    undo: () => window.history.back(),
    redo: () => window.history.forward(),
    canUndo: position > 0,
    canRedo: position < furthest.current,
  };
}
