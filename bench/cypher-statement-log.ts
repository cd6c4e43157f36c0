/**
 * Counts the Cypher statements a client sends through a driver, measured the same way for
 * Entente's Neo4j store and for the Neo4j GraphQL Library: a wrapper of the driver records
 * the text of every `run`, in a session or in a transaction function. It records only
 * while `record` runs (one request at a time), and otherwise hands out the driver's own
 * sessions untouched, so the timed runs pay one extra function call per session.
 */
import type { Driver, ManagedTransaction, Session } from "neo4j-driver";

type Work<T> = (tx: ManagedTransaction) => Promise<T> | T;

export class CypherStatementLog {
  private texts: string[] | undefined;

  /** The driver, its sessions recorded while `record` runs. */
  wrap(driver: Driver): Driver {
    return new Proxy(driver, {
      get: (target, property) => {
        const value = Reflect.get(target, property, target);
        if (property === "session") {
          return (...args: Parameters<Driver["session"]>) => {
            const session = target.session(...args);
            return this.texts ? this.wrapSession(session, this.texts) : session;
          };
        }
        // The driver's own methods keep the driver itself as `this` (its private fields).
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  }

  /** Runs `request` alone and returns its result with the statements it sent. */
  async record<T>(request: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    if (this.texts) throw new Error("bench: statement recordings may not overlap");
    const statements: string[] = [];
    this.texts = statements;
    try {
      return { result: await request(), statements };
    } finally {
      this.texts = undefined;
    }
  }

  private wrapSession(session: Session, texts: string[]): Session {
    const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
      new Proxy(tx, {
        get: (target, property) => {
          const value = Reflect.get(target, property, target);
          if (property !== "run") return typeof value === "function" ? value.bind(target) : value;
          return (text: string, ...rest: unknown[]) => {
            texts.push(text);
            return (value as (...args: unknown[]) => unknown).call(target, text, ...rest);
          };
        },
      });
    return new Proxy(session, {
      get: (target, property) => {
        const value = Reflect.get(target, property, target);
        if (property === "executeRead" || property === "executeWrite") {
          return <T>(work: Work<T>, config?: unknown) =>
            (value as (w: Work<T>, c?: unknown) => Promise<T>).call(
              target,
              (tx: ManagedTransaction) => work(wrapTx(tx)),
              config,
            );
        }
        if (property === "run") {
          return (text: string, ...rest: unknown[]) => {
            texts.push(text);
            return (value as (...args: unknown[]) => unknown).call(target, text, ...rest);
          };
        }
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  }
}
