/**
 * How error messages show a client's value: quoted and cut to MAX_QUOTED_LENGTH
 * characters, so that a value of any length costs an answer (and a log line) at most
 * a few dozen bytes and a client cannot make the server echo its request back.
 */
import { MAX_QUOTED_LENGTH } from "./limits.js";

/** `text` cut to `max` characters with "…" when longer, never splitting a surrogate pair or an escape. */
export function clip(text: string, max = MAX_QUOTED_LENGTH): string {
  if (text.length <= max) return text;
  let end = max;
  // A high surrogate alone is not a character; a lone backslash would escape the ellipsis.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  let backslashes = 0;
  while (backslashes < end && text.charAt(end - 1 - backslashes) === "\\") backslashes++;
  if (backslashes % 2 === 1) end--;
  return `${text.slice(0, end)}…`;
}

/** `text` in double quotes, escaped as JSON, cut to `max` characters of the original. */
export function quoteValue(text: string, max = MAX_QUOTED_LENGTH): string {
  const cut = text.length > max;
  const shown = JSON.stringify(cut ? clip(text, max).slice(0, -1) : text);
  return cut ? `${shown.slice(0, -1)}…"` : shown;
}
