/**
 * The parts' hooks run in order, each after the one before has finished; a step whose
 * parts all answer at once answers at once too, and a part that throws stops the step.
 */
import type { GraphQLRequestContextDidResolveOperation } from "@apollo/server";
import { describe, expect, it } from "vitest";
import { type RequestHooks, requestHooksPlugin } from "./request-hooks.js";

type Context = { log: string[] };
type Request = GraphQLRequestContextDidResolveOperation<Context>;

/** The plugin's didResolveOperation for these parts, as Apollo would call it. */
async function didResolveOperation(parts: RequestHooks<Context>[]) {
  const plugin = requestHooksPlugin(parts);
  const listener = await plugin.requestDidStart?.({} as never);
  const run = listener?.didResolveOperation;
  if (!run) throw new Error("the plugin gave no didResolveOperation");
  return (request: Request) => run(request);
}

const request = (): Request => ({ contextValue: { log: [] } }) as unknown as Request;
const logs = (name: string): RequestHooks<Context> => ({
  didResolveOperation: ({ contextValue }) => {
    contextValue.log.push(name);
  },
});

describe("Entente's request hooks, as one plugin", () => {
  it("runs every part in order and answers at once when no part waits", async () => {
    const run = await didResolveOperation([logs("a"), {}, logs("b")]);
    const asked = request();
    expect(run(asked)).toBeUndefined();
    expect(asked.contextValue.log).toStrictEqual(["a", "b"]);
  });

  it("waits for a part's promise before the next part", async () => {
    let finish: () => void = () => undefined;
    const waits: RequestHooks<Context> = {
      didResolveOperation: ({ contextValue }) =>
        new Promise<void>((resolve) => {
          finish = () => {
            contextValue.log.push("waited");
            resolve();
          };
        }),
    };
    const run = await didResolveOperation([logs("a"), waits, logs("b")]);
    const asked = request();
    const pending = run(asked);
    expect(pending).toBeInstanceOf(Promise);
    expect(asked.contextValue.log).toStrictEqual(["a"]);
    finish();
    await pending;
    expect(asked.contextValue.log).toStrictEqual(["a", "waited", "b"]);
  });

  it("rejects, without running the later parts, when a part throws", async () => {
    const refuses: RequestHooks<Context> = {
      didResolveOperation: () => {
        throw new Error("too costly");
      },
    };
    const run = await didResolveOperation([logs("a"), refuses, logs("b")]);
    const asked = request();
    await expect(run(asked)).rejects.toThrow("too costly");
    expect(asked.contextValue.log).toStrictEqual(["a"]);
  });

  it("gives every request the same listener: the parts keep their state in the context", async () => {
    const plugin = requestHooksPlugin<Context>([logs("a")]);
    const first = await plugin.requestDidStart?.({} as never);
    const second = await plugin.requestDidStart?.({} as never);
    expect(first).toBeDefined();
    expect(second).toBe(first);
  });
});
