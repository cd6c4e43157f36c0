import { readFileSync, writeFileSync } from "node:fs";
import { it } from "vitest";
import { seedApi } from "./support/seed-api.js";

it("writes", async () => {
  const api = await seedApi();
  for (const name of (process.env.EX ?? "").split(",")) {
    const q = readFileSync(`docs/examples/${name}.graphql`, "utf8");
    const r = await api.run(q);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    writeFileSync(`docs/examples/${name}.json`, `${JSON.stringify(r.data, null, 2)}\n`);
  }
  await api.stop();
});
