import { describe, expect, it } from "vitest";
import { isShedBody } from "../../bench/shed-answer.js";

describe("the benchmark's reading of an answer", () => {
  it("takes the server's 503 for a passed deadline or a full server as load shed", () => {
    for (const code of ["DEADLINE_EXCEEDED", "SERVER_BUSY"]) {
      expect(isShedBody(JSON.stringify({ errors: [{ message: "m", extensions: { code } }] }))).toBe(
        true,
      );
    }
  });

  it("takes anything else for an answer to check: data, other errors, text", () => {
    expect(isShedBody(JSON.stringify({ data: { node: null } }))).toBe(false);
    expect(
      isShedBody(
        JSON.stringify({
          errors: [{ message: "m", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
        }),
      ),
    ).toBe(false);
    expect(
      isShedBody(
        JSON.stringify({
          errors: [
            { message: "m", extensions: { code: "DEADLINE_EXCEEDED" } },
            { message: "m", extensions: { code: "BAD_USER_INPUT" } },
          ],
        }),
      ),
    ).toBe(false);
    expect(isShedBody(JSON.stringify({ errors: [] }))).toBe(false);
    expect(isShedBody("server is shutting down")).toBe(false);
  });
});
