/**
 * Opaque cursors, bound to the list they came from: the field, its filter, `where` and
 * sort (every argument but `first` and `after`), and the dataset version it read. A
 * cursor handed to another list, another filter or sort, or kept across a reload that
 * changed the dataset is a BAD_USER_INPUT saying which, never a page that silently
 * repeats or skips items. Cursors name no offset a client could edit meaningfully: the
 * position travels with a hash of what it belongs to.
 */
import { createHash } from "node:crypto";
import { BadUserInputError } from "../domain/errors.js";

const CURSOR_TAG = "c1";

/** The list a cursor belongs to: a hash of the field and its arguments, and the dataset version. */
export interface CursorBinding {
  readonly list: string;
  readonly version: string;
}

/** JSON with object keys sorted, so that `{a, b}` and `{b, a}` bind the same cursors. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined && item !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** The binding of a list field's cursors: `args` without `first` and `after`. */
export function cursorBinding(
  field: string,
  args: Readonly<Record<string, unknown>>,
  version: string,
): CursorBinding {
  const { first: _first, after: _after, ...rest } = args;
  const list = createHash("sha256")
    .update(canonical([field, rest]))
    .digest("base64url")
    .slice(0, 16);
  return { list, version };
}

export function encodeCursor(binding: CursorBinding, offset: number): string {
  return cursorEncoder(binding)(offset);
}

/**
 * encodeCursor for many offsets of one list: a page of a hundred edges has a hundred
 * cursors that differ only in their last digits. Base64 encodes each 3 bytes apart, so
 * the part of the cursor's text before the offset, cut at a multiple of 3 bytes, is
 * encoded once; per cursor only the few bytes after it and the offset are encoded. The
 * text, and so the cursor, is exactly the one encodeCursor always made.
 */
export function cursorEncoder(binding: CursorBinding): (offset: number) => string {
  const before = Buffer.from(
    `${JSON.stringify([CURSOR_TAG, binding.version, binding.list]).slice(0, -1)},`,
  );
  const whole = before.length - (before.length % 3);
  const head = before.subarray(0, whole).toString("base64url");
  const rest = before.subarray(whole).toString("latin1");
  const ascii = before.subarray(whole).every((byte) => byte < 0x80);
  return (offset) => {
    const tail = `${rest}${offset}]`;
    return (
      head + (ascii ? asciiBase64url(tail) : Buffer.from(tail, "latin1").toString("base64url"))
    );
  };
}

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Base64url without padding of a short text of ASCII characters (no Buffer per cursor). */
function asciiBase64url(text: string): string {
  let out = "";
  let at = 0;
  for (; at + 3 <= text.length; at += 3) {
    const bits =
      (text.charCodeAt(at) << 16) | (text.charCodeAt(at + 1) << 8) | text.charCodeAt(at + 2);
    out += BASE64URL.charAt(bits >>> 18) + BASE64URL.charAt((bits >>> 12) & 63);
    out += BASE64URL.charAt((bits >>> 6) & 63) + BASE64URL.charAt(bits & 63);
  }
  const left = text.length - at;
  if (left === 1) {
    const bits = text.charCodeAt(at) << 16;
    out += BASE64URL.charAt(bits >>> 18) + BASE64URL.charAt((bits >>> 12) & 63);
  } else if (left === 2) {
    const bits = (text.charCodeAt(at) << 16) | (text.charCodeAt(at + 1) << 8);
    out += BASE64URL.charAt(bits >>> 18) + BASE64URL.charAt((bits >>> 12) & 63);
    out += BASE64URL.charAt((bits >>> 6) & 63);
  }
  return out;
}

/** The offset just after `cursor`, or a BAD_USER_INPUT saying why it does not belong here. */
export function offsetAfter(cursor: string | null | undefined, binding: CursorBinding): number {
  if (cursor === null || cursor === undefined) return 0;
  const bad = (message: string) => new BadUserInputError("after", message);
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw bad("is not a cursor returned by this API");
  }
  if (!Array.isArray(decoded) || decoded.length !== 4 || decoded[0] !== CURSOR_TAG) {
    throw bad("is not a cursor returned by this API");
  }
  const [, version, list, offset] = decoded as [unknown, unknown, unknown, unknown];
  if (
    typeof version !== "string" ||
    typeof list !== "string" ||
    typeof offset !== "number" ||
    !Number.isSafeInteger(offset) ||
    offset < 0
  ) {
    throw bad("is not a cursor returned by this API");
  }
  if (version !== binding.version) {
    throw bad(
      `the cursor is from dataset version ${version.slice(0, 40)}, and ${binding.version} is served now: the list may have changed, so start again without after`,
    );
  }
  if (list !== binding.list) {
    throw bad("the cursor belongs to another list, filter, where or sort");
  }
  return offset + 1;
}
