/**
 * GraphQL's own messages quote the client's values in full ("Int cannot represent
 * non-integer value: "…"", "Unknown operation named "…"", `Variable "$a" got invalid
 * value …`). This cuts every quoted value, and every unquoted word, to
 * MAX_QUOTED_LENGTH characters, in one pass over the message: its cost is linear in
 * the message whatever the client put in it (no regular expression can backtrack here).
 */
import { MAX_QUOTED_LENGTH } from "../domain/limits.js";
import { clip } from "../domain/quote-value.js";

const isSpace = (char: string) => char === " " || char === "\n" || char === "\t" || char === "\r";

export function shortenQuotedValues(message: string, max = MAX_QUOTED_LENGTH): string {
  if (message.length <= max) return message;
  const parts: string[] = [];
  let i = 0;
  while (i < message.length) {
    const char = message.charAt(i);
    if (char === '"') {
      // A quoted value, as graphql-js prints strings: up to the next quote not escaped.
      let end = i + 1;
      while (end < message.length && message.charAt(end) !== '"') {
        end += message.charAt(end) === "\\" ? 2 : 1;
      }
      const closed = end < message.length;
      parts.push(`"${clip(message.slice(i + 1, Math.min(end, message.length)), max)}`);
      if (closed) parts.push('"');
      i = end + 1;
    } else if (isSpace(char)) {
      parts.push(char);
      i++;
    } else {
      // An unquoted word (a number, a name, an object printed by graphql-js's inspect).
      let end = i + 1;
      while (end < message.length && message.charAt(end) !== '"' && !isSpace(message.charAt(end))) {
        end++;
      }
      parts.push(clip(message.slice(i, end), max));
      i = end;
    }
  }
  return parts.join("");
}
