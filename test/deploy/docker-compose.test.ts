/**
 * No Docker engine runs here, but the compose file can still be checked: by
 * Compose itself (`docker compose config` or `docker-compose config`, which
 * validate without an engine) and by what the README promises about it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PACKAGE_ROOT } from "../../src/package-paths.js";

const COMPOSE_FILE = join(PACKAGE_ROOT, "docker-compose.yml");

/** The Compose command available here, if any. */
function composeCommand(): string[] | undefined {
  for (const candidate of [["docker", "compose"], ["docker-compose"]]) {
    const [command = "", ...args] = candidate;
    const probe = spawnSync(command, [...args, "version"], { encoding: "utf8" });
    if (probe.status === 0) return candidate;
  }
  return undefined;
}

const compose = composeCommand();
const missing =
  "Compose is not installed (apt-get install docker-compose); under CI=true this fails";

describe("docker-compose.yml", () => {
  it.skipIf(!compose && !process.env.CI)(
    compose
      ? "is accepted by Compose's own validation"
      : `is accepted by Compose's own validation [skipped: ${missing}]`,
    () => {
      if (!compose) throw new Error(missing);
      const [command = "", ...args] = compose;
      const output = execFileSync(command, [...args, "-f", COMPOSE_FILE, "config", "--quiet"], {
        encoding: "utf8",
        cwd: PACKAGE_ROOT,
      });
      expect(output.trim()).toBe("");
    },
  );

  const file = parse(readFileSync(COMPOSE_FILE, "utf8")) as {
    services: Record<string, Record<string, unknown>>;
    volumes: Record<string, unknown>;
  };

  it("starts the Neo4j version the in-process launcher pins, with a healthcheck and its data on a named volume", () => {
    const neo4j = file.services.neo4j ?? {};
    const pom = readFileSync(join(PACKAGE_ROOT, "tools/neo4j/pom.xml"), "utf8");
    const pinned = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1];
    expect(pinned).toMatch(/^5\.26\./);
    expect(String(neo4j.image)).toBe(`neo4j:${pinned}-community`);
    expect(neo4j.healthcheck).toBeDefined();
    expect(neo4j.volumes).toContain("neo4j-data:/data");
    expect(file.volumes).toHaveProperty("neo4j-data");
  });

  it("starts the API only once Neo4j is healthy, pointed at it through NEO4J_URI", () => {
    const api = file.services.api ?? {};
    expect(api.depends_on).toEqual({ neo4j: { condition: "service_healthy" } });
    expect((api.environment as Record<string, string>).NEO4J_URI).toBe("bolt://neo4j:7687");
    expect(api.ports).toContain("4000:4000");
  });
});
