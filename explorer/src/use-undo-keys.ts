/** Undo and redo from the keyboard (Ctrl-Z, Ctrl-Shift-Z or Ctrl-Y), outside text fields. */
import { useEffect, useRef } from "react";

export function useUndoKeys(active: boolean, history: { undo(): void; redo(): void }): void {
  const latest = useRef(history);
  latest.current = history;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!active || !(event.ctrlKey || event.metaKey)) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable]")) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) {
        event.preventDefault();
        latest.current.undo();
      } else if (key === "y" || (key === "z" && event.shiftKey)) {
        event.preventDefault();
        latest.current.redo();
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [active]);
}
