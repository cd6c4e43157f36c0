/**
 * The Scene menu: the link to this view (to copy and cite), scenes saved in this
 * browser under a name, and the scene as a file to keep, send or render with the API
 * (`POST /export/<format>`), or to open again here.
 */
import { useRef, useState } from "react";
import { type Scene, sceneToJson } from "../../src/export/scene.js";
import { download } from "./picture.js";
import { deleteSavedScene, listSavedScenes, type SavedScene, saveScene } from "./saved-scenes.js";
import { readSceneFile } from "./scene-link.js";

export function SceneMenu(props: {
  /** The scene now (its positions taken from the canvas when asked). */
  scene(): Scene | undefined;
  onOpen(scene: Scene): void;
  onMessage(message: string, problem?: boolean): void;
}) {
  const [saved, setSaved] = useState<SavedScene[]>(() => listSavedScenes());
  const [name, setName] = useState("");
  const [link, setLink] = useState("");
  const file = useRef<HTMLInputElement>(null);
  const refresh = () => {
    setSaved(listSavedScenes());
    setLink(window.location.href);
  };
  return (
    <details className="menu scenes" onToggle={refresh}>
      <summary>Scene</summary>
      <div className="menu-body">
        <label className="topic-filter">
          Link to this view
          <input
            readOnly
            value={link}
            onFocus={(event) => {
              setLink(window.location.href);
              event.target.select();
            }}
          />
        </label>
        <button
          type="button"
          onClick={async () => {
            setLink(window.location.href);
            try {
              await navigator.clipboard.writeText(window.location.href);
              props.onMessage("Copied the link to this view.");
            } catch {
              props.onMessage(
                "The browser did not allow copying: select the link above and copy it.",
              );
            }
          }}
        >
          Copy link
        </button>
        <form
          className="save-scene"
          onSubmit={(event) => {
            event.preventDefault();
            const scene = props.scene();
            const chosen = name.trim();
            if (!scene || !chosen) return;
            try {
              saveScene(chosen, scene);
              setSaved(listSavedScenes());
              setName("");
              props.onMessage(`Saved the scene “${chosen}” in this browser.`);
            } catch (error) {
              props.onMessage(
                `The browser refused to save the scene: ${(error as Error).message}`,
                true,
              );
            }
          }}
        >
          <label className="topic-filter">
            Save as
            <input value={name} onChange={(event) => setName(event.target.value)} maxLength={80} />
          </label>
          <button type="submit" disabled={name.trim() === ""}>
            Save scene
          </button>
        </form>
        {saved.length > 0 && (
          <section aria-label="Saved scenes" className="saved-scenes">
            <h3>Saved in this browser</h3>
            <ul>
              {saved.map((entry) => (
                <li key={entry.name}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => props.onOpen(entry.scene)}
                  >
                    {entry.name}
                  </button>{" "}
                  <span className="hint">{entry.savedAt.slice(0, 10)}</span>{" "}
                  <button
                    type="button"
                    aria-label={`Delete ${entry.name}`}
                    onClick={() => {
                      deleteSavedScene(entry.name);
                      setSaved(listSavedScenes());
                    }}
                  >
                    Delete
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <button
          type="button"
          onClick={() => {
            const scene = props.scene();
            if (!scene) return;
            const text = `${JSON.stringify(sceneToJson(scene), null, 2)}\n`;
            download(new Blob([text], { type: "application/json" }), "entente-scene.json");
            props.onMessage("Saved the scene as a file.");
          }}
        >
          Download scene file
        </button>
        <label className="file-button">
          Open scene file
          <input
            ref={file}
            type="file"
            accept="application/json,.json"
            onChange={async (event) => {
              const chosen = event.target.files?.[0];
              if (!chosen) return;
              try {
                props.onOpen(readSceneFile(await chosen.text()));
              } catch (error) {
                props.onMessage(
                  `${chosen.name} cannot be opened: ${(error as Error).message}`,
                  true,
                );
              } finally {
                if (file.current) file.current.value = "";
              }
            }}
          />
        </label>
      </div>
    </details>
  );
}
