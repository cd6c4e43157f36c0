import { describe, expect, it } from "vitest";
import { cursorBinding, cursorEncoder, encodeCursor, offsetAfter } from "./cursor.js";

/** The cursor's text as it has always been made: JSON of tag, version, list and offset. */
const plainCursor = (version: string, list: string, offset: number) =>
  Buffer.from(JSON.stringify(["c1", version, list, offset])).toString("base64url");

describe("cursorEncoder", () => {
  // Versions of every length modulo 3 put the offset at each position of a base64 group;
  // the last has characters outside ASCII and one JSON escapes.
  const versions = ["v", "v1", "v12", "sha256-abc", "sha256-abcd", 'versión "ü" 2'];
  const offsets = [0, 1, 9, 10, 99, 100, 12_345, 2 ** 31, Number.MAX_SAFE_INTEGER];

  it("makes the same cursors as encoding the whole text, for every offset", () => {
    for (const version of versions) {
      const binding = cursorBinding("actors", { filter: { kinds: ["STATE"] } }, version);
      const at = cursorEncoder(binding);
      for (const offset of offsets) {
        expect(at(offset)).toBe(plainCursor(version, binding.list, offset));
        expect(encodeCursor(binding, offset)).toBe(at(offset));
      }
    }
  });

  it("makes cursors that read back as the position after them", () => {
    const binding = cursorBinding("timeline", { from: "2024" }, "v12");
    const at = cursorEncoder(binding);
    for (const offset of offsets) expect(offsetAfter(at(offset), binding)).toBe(offset + 1);
  });
});
