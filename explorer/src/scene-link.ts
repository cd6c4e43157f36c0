/**
 * A scene in the page's address (`?scene=…`), so that a view can be copied as a link,
 * returned to with back and forward, and cited: the scene's JSON (src/export/scene.ts)
 * as base64url, read back through the same checks the API applies to scene files.
 * A link that cannot be read gives a message saying what is wrong, never a blank page.
 */
import { parseScene, type Scene, SceneError, sceneToJson } from "../../src/export/scene.js";

export const SCENE_PARAMETER = "scene";

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

/** The page's address showing this scene (in the graph tab). */
export function sceneHref(scene: Scene, location: Location = window.location): string {
  const parameter = toBase64Url(JSON.stringify(sceneToJson(scene)));
  return `${location.pathname}?${SCENE_PARAMETER}=${parameter}#graph`;
}

export type SceneReading =
  | { readonly kind: "none" }
  | { readonly kind: "scene"; readonly scene: Scene }
  | { readonly kind: "problem"; readonly message: string };

/** The scene of an address's query string, or what is wrong with it. */
export function readSceneParameter(search: string): SceneReading {
  const parameter = new URLSearchParams(search).get(SCENE_PARAMETER);
  if (parameter === null) return { kind: "none" };
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(parameter));
  } catch {
    return {
      kind: "problem",
      message:
        "This link's scene cannot be read: it was cut short or changed. Showing the overview instead.",
    };
  }
  try {
    return { kind: "scene", scene: parseScene(json) };
  } catch (error) {
    const reason = error instanceof SceneError ? error.message : String(error);
    return {
      kind: "problem",
      message: `This link's scene cannot be used (${reason}). Showing the overview instead.`,
    };
  }
}

/** Reads a scene file's text; throws an Error whose message says what is wrong. */
export function readSceneFile(text: string): Scene {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error("the file is not JSON");
  }
  return parseScene(json);
}
