/** Ids as XML name tokens: readable, reversible, and never two ids alike. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromNameToken, toNameToken } from "../../src/export/xml-id.js";

/** XML 1.0's NameChar set for ASCII: letters, digits, `.`, `-`, `_`, `:`. */
const ASCII_NMTOKEN = /^[A-Za-z0-9._:-]+$/;

describe("toNameToken", () => {
  it("keeps node ids as they are and encodes what a name token cannot hold", () => {
    expect(toNameToken("eu-ai-office")).toBe("eu-ai-office");
    expect(toNameToken("japan/MEMBER_OF/g7")).toBe("japan_2f.MEMBER__OF_2f.g7");
    expect(toNameToken("a/SUPPORTS/b#2")).toBe("a_2f.SUPPORTS_2f.b_23.2");
  });

  it("gives a name token that decodes to the id, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (id) => {
        const token = toNameToken(id);
        expect(token).toMatch(ASCII_NMTOKEN);
        expect(fromNameToken(token)).toBe(id);
      }),
    );
  });

  it("never gives two ids the same token", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        expect(toNameToken(a)).not.toBe(toNameToken(b));
      }),
    );
  });
});
