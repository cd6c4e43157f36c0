/**
 * Scenes saved in the browser's storage under a name, newest first. Storage can be
 * full or switched off: those failures come back as errors to show, so a reader never
 * believes a scene was kept when it was not.
 */
import { parseScene, type Scene, sceneToJson } from "../../src/export/scene.js";

const KEY = "entente.saved-scenes";
/** Most scenes kept; saving one more drops the oldest. */
const MAX_SAVED = 50;

export interface SavedScene {
  readonly name: string;
  readonly savedAt: string;
  readonly scene: Scene;
}

export function listSavedScenes(storage: Storage = window.localStorage): SavedScene[] {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(KEY) ?? "[]");
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const saved: SavedScene[] = [];
  for (const entry of raw) {
    try {
      const { name, savedAt, scene } = entry as { name: unknown; savedAt: unknown; scene: unknown };
      if (typeof name !== "string" || typeof savedAt !== "string") continue;
      saved.push({ name, savedAt, scene: parseScene(scene) });
    } catch {
      // A scene this version cannot read is left out of the list (and kept in storage).
    }
  }
  return saved;
}

function store(saved: readonly SavedScene[], storage: Storage): void {
  const json = saved.map(({ name, savedAt, scene }) => ({
    name,
    savedAt,
    scene: sceneToJson(scene),
  }));
  storage.setItem(KEY, JSON.stringify(json));
}

/** Saves (or replaces) a scene under a name; throws when the browser refuses to store it. */
export function saveScene(name: string, scene: Scene, storage: Storage = window.localStorage) {
  const others = listSavedScenes(storage).filter((entry) => entry.name !== name);
  const entry = { name, savedAt: new Date().toISOString(), scene };
  store([entry, ...others].slice(0, MAX_SAVED), storage);
}

export function deleteSavedScene(name: string, storage: Storage = window.localStorage): void {
  store(
    listSavedScenes(storage).filter((entry) => entry.name !== name),
    storage,
  );
}
