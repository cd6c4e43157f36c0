/**
 * Ids as XML name tokens. GraphML 1.0's schema types every `id`, `source` and
 * `target` as an NMTOKEN, which allows letters, digits and `.-_:` but no `/` or `#`;
 * Entente's relationship ids (`japan/MEMBER_OF/g7`, `a/SUPPORTS/b#2`) have both. The
 * encoding keeps letters, digits, `.` and `-`, doubles `_`, and writes any other
 * character as `_` and its code point in hex between `_` … `.`, so it is readable,
 * reversible and never makes two ids alike. The original id travels as data too.
 */

const KEPT = /[A-Za-z0-9.-]/;

/** `japan/MEMBER_OF/g7` → `japan_2f.MEMBER__OF_2f.g7`; `eu-ai-office` is unchanged. */
export function toNameToken(id: string): string {
  let token = "";
  for (const character of id) {
    if (KEPT.test(character)) token += character;
    else if (character === "_") token += "__";
    else token += `_${(character.codePointAt(0) ?? 0).toString(16)}.`;
  }
  return token === "" ? "_" : token;
}

/** The id `toNameToken` encoded. */
export function fromNameToken(token: string): string {
  if (token === "_") return "";
  return token.replace(/__|_([0-9a-f]+)\./g, (_match, hex: string | undefined) =>
    hex === undefined ? "_" : String.fromCodePoint(Number.parseInt(hex, 16)),
  );
}
