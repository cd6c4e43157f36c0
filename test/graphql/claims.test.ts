/**
 * Claims through the API, on the fictional claims corpus (test/fixtures/claims-corpus):
 * every claim with its source and evidence beside the derived values, the status history
 * told claim by claim, and what to verify next relative to a reference date.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadClaimsCorpus } from "../contract/claims-contract.js";
import { seedApi } from "../support/seed-api.js";

type Api = Awaited<ReturnType<typeof seedApi>>;
let api: Api;

beforeAll(async () => {
  api = await seedApi(loadClaimsCorpus);
});
afterAll(async () => {
  await api.stop();
});

const CLAIM_FIELDS = `id status prospective date { iso } role sourceDate { iso } rank fulfils supersedes
  active current inferred source { id kind } evidence { quote start end source { id } }`;

interface ClaimValue {
  id: string;
  status: string | null;
  date: { iso: string } | null;
  role: string | null;
  sourceDate: { iso: string } | null;
  fulfils: string | null;
  supersedes: string | null;
  active: boolean;
  current: boolean;
  source: { id: string; kind: string };
  evidence: { quote: string; source: { id: string } }[];
}

describe("claims in the API", () => {
  it("shows the agreement as signed, with the plan it fulfils and the report that disagrees", async () => {
    const data = await api.data<{
      node: { status: string; date: { iso: string }; claims: ClaimValue[] };
    }>(
      `{ node(id: "data-accord") { ... on Agreement { status date { iso } claims { ${CLAIM_FIELDS} } } } }`,
    );
    expect([data.node.status, data.node.date.iso]).toEqual(["SIGNED", "2024-04-15"]);
    expect(
      data.node.claims.map((claim) => [
        claim.id,
        claim.source.id,
        claim.status,
        claim.date?.iso,
        claim.active,
        claim.current,
      ]),
    ).toEqual([
      ["data-accord~plan", "daily-ledger", "PLANNED", "2024-04-15", true, false],
      ["data-accord~signed", "aldoria-ministry", "SIGNED", "2024-04-15", true, true],
      ["data-accord~3", "weekly-bulletin", "SIGNED", "2024-04-14", true, false],
    ]);
    const signed = data.node.claims[1];
    expect(signed?.fulfils).toBe("data-accord~plan");
    expect(signed?.sourceDate?.iso).toBe("2024-04-16");
    expect(signed?.source.kind).toBe("OFFICIAL_STATEMENT");
    // Each claim's quotes come from its own source.
    for (const claim of data.node.claims) {
      expect(claim.evidence.every((item) => item.source.id === claim.source.id)).toBe(true);
    }
  });

  it("marks a superseded claim as not counting, and takes the moved date", async () => {
    const data = await api.data<{ node: { date: { iso: string }; claims: ClaimValue[] } }>(
      `{ node(id: "accord-council-1") { ... on Event { date { iso } claims { ${CLAIM_FIELDS} } } } }`,
    );
    expect(data.node.date.iso).toBe("2024-09");
    expect(data.node.claims.map((claim) => [claim.id, claim.active, claim.current])).toEqual([
      ["accord-council-1~may", false, false],
      ["accord-council-1~moved", true, true],
    ]);
  });

  it("gives a relationship's claims, the single-evidence form as one claim", async () => {
    const data = await api.data<{
      relationships: { edges: { node: { id: string; role: string; claims: ClaimValue[] } }[] };
    }>(
      `{ relationships(filter: { types: [PARTY_TO] }) { edges { node { id role claims { ${CLAIM_FIELDS} } } } } }`,
    );
    const byId = Object.fromEntries(
      data.relationships.edges.map((edge) => [edge.node.id, edge.node]),
    );
    expect(byId["aldoria/PARTY_TO/data-accord"]?.claims.map((claim) => claim.status)).toEqual([
      "PLANNED",
      "SIGNED",
    ]);
    expect(byId["borvania/PARTY_TO/data-accord"]?.claims.map((claim) => claim.id)).toEqual([
      "borvania/PARTY_TO/data-accord~1",
    ]);
  });

  it("tells the status history claim by claim: planned, then signed", async () => {
    const data = await api.data<{
      node: {
        statusHistory: {
          status: string;
          date: { iso: string } | null;
          label: string;
          claim: { id: string } | null;
        }[];
      };
    }>(
      `{ node(id: "data-accord") { ... on Agreement { statusHistory { status date { iso } label claim { id } } } } }`,
    );
    expect(
      data.node.statusHistory.map((step) => [step.status, step.date?.iso, step.claim?.id]),
    ).toEqual([
      ["SIGNED", "2024-04-14", "data-accord~3"],
      ["PLANNED", "2024-04-15", "data-accord~plan"],
      ["SIGNED", "2024-04-15", "data-accord~signed"],
    ]);
  });

  it("lists what to verify relative to the reference date", async () => {
    const query = (day: string) => `{ verification(referenceDate: "${day}") {
      referenceDate
      overdue { summary node { id } relationship { id } }
      conflicts { statement { summary } first { id source { id } } second { id source { id } } reason }
      inferredOnly { summary }
    } }`;
    const july = await api.data<{
      verification: {
        referenceDate: string;
        overdue: { summary: string }[];
        conflicts: {
          statement: { summary: string };
          first: { id: string };
          second: { id: string };
          reason: string;
        }[];
        inferredOnly: { summary: string }[];
      };
    }>(query("2024-07-01"));
    expect(july.verification.referenceDate).toBe("2024-07-01");
    expect(july.verification.overdue.map((item) => item.summary)).toEqual([
      "Aldoria-Borvania joint cable study",
    ]);
    expect(
      july.verification.conflicts.map((item) => [
        item.statement.summary,
        item.first.id,
        item.second.id,
      ]),
    ).toEqual([
      [
        "Aldoria –PARTICIPATES_IN→ First Aldoria-Borvania Accord council",
        "aldoria/PARTICIPATES_IN/accord-council-1~1",
        "aldoria/PARTICIPATES_IN/accord-council-1~2",
      ],
      ["Aldoria-Borvania Data Accord", "data-accord~signed", "data-accord~3"],
    ]);
    expect(july.verification.conflicts[1]?.reason).toBe(
      "aldoria-ministry dates it 2024-04-15, weekly-bulletin 2024-04-14",
    );
    expect(july.verification.inferredOnly.map((item) => item.summary)).toEqual([
      "First Aldoria-Borvania Accord council –HELD_IN→ Velm",
      "Aldoria-Borvania Data Accord –COVERS→ Data flows",
      "Data flows",
    ]);
    const october = await api.data<{ verification: { overdue: { node: { id: string } }[] } }>(
      query("2024-10-01"),
    );
    expect(october.verification.overdue.map((item) => item.node.id)).toEqual([
      "accord-council-1",
      "cable-study",
    ]);
  });

  it("rejects a reference date that is not a day, naming the argument", async () => {
    const result = await api.run(`{ verification(referenceDate: "2024-07") { referenceDate } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/^referenceDate: /);
  });

  it("says from when a statement is known to hold, never before a source supports it", async () => {
    const data = await api.data<{
      relationships: {
        edges: {
          node: {
            id: string;
            validity: { from: string | null; until: string | null; ended: boolean };
            before: string;
            onTheDay: string;
          };
        }[];
      };
    }>(`{ relationships(filter: { types: [PARTY_TO, COVERS] }) { edges { node {
      id validity { from until ended } before: knownOn(day: "2024-03-01") onTheDay: knownOn(day: "2024-03-02")
    } } } }`);
    const byId = Object.fromEntries(
      data.relationships.edges.map((edge) => [edge.node.id, edge.node]),
    );
    // Party to the accord: the plan is known from the Ledger's date, 2 March 2024, and holds on.
    expect(byId["aldoria/PARTY_TO/data-accord"]).toMatchObject({
      validity: { from: "2024-03-02", until: null, ended: false },
      before: "UNKNOWN",
      onTheDay: "KNOWN",
    });
    expect(byId["data-accord/COVERS/data-flows"]?.before).toBe("UNKNOWN");
  });

  it("rejects a day that is not one, naming the argument", async () => {
    const result = await api.run(
      `{ relationships(first: 1) { edges { node { knownOn(day: "March") } } } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/^day: /);
  });

  it("describes the sources for weighing them", async () => {
    const data = await api.data<{ node: Record<string, string | null> }>(
      `{ node(id: "daily-ledger") { ... on Source { kind basedOn language retrievedOn contentHash } } }`,
    );
    expect(data.node).toMatchObject({
      kind: "NEWS_ARTICLE",
      basedOn: "a draft agenda seen by the Ledger (fictional)",
      language: "en",
      retrievedOn: "2024-03-03",
    });
    expect(data.node.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe("what a source says", () => {
  interface StatementsPage {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; evidence: { source: { id: string } }[] } }[];
  }
  interface SourceValue {
    id: string;
    statements: StatementsPage;
  }
  const sourcesWith = async (statementsArgs: string) =>
    (
      await api.data<{ sources: { edges: { node: SourceValue }[] } }>(
        `{ sources(first: 100) { edges { node { id statements${statementsArgs} {
          totalCount pageInfo { hasNextPage endCursor }
          edges { node { id evidence { source { id } } } }
        } } } } }`,
      )
    ).sources.edges.map((edge) => edge.node);

  it("lists, for every source at once, the statements its quotes support, as the relationships filter does", async () => {
    const sources = await sourcesWith("(first: 100)");
    expect(sources.length).toBeGreaterThan(1);
    for (const source of sources) {
      const expected = await api.data<{ relationships: StatementsPage }>(
        `{ relationships(filter: { source: "${source.id}" }, first: 100) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id evidence { source { id } } } }
        } }`,
      );
      expect(source.statements.edges.map((edge) => edge.node.id)).toEqual(
        expected.relationships.edges.map((edge) => edge.node.id),
      );
      expect(source.statements.totalCount).toBe(expected.relationships.totalCount);
      for (const edge of source.statements.edges) {
        expect(edge.node.evidence.map((item) => item.source.id)).toContain(source.id);
      }
    }
    // The sources do not all support the same statements.
    const lists = new Set(sources.map((source) => JSON.stringify(source.statements.edges)));
    expect(lists.size).toBeGreaterThan(1);
  });

  it("pages each source's statements with cursors that belong to that source", async () => {
    const whole = await sourcesWith("(first: 100)");
    const firstPages = await sourcesWith("(first: 1)");
    const busy = firstPages.find((source) => source.statements.totalCount > 1);
    const other = firstPages.find((source) => source !== busy);
    if (!busy || !other)
      throw new Error("the claims corpus needs a source supporting two statements");
    expect(busy.statements.pageInfo.hasNextPage).toBe(true);
    const cursor = busy.statements.pageInfo.endCursor;
    const next = await api.data<{ node: SourceValue }>(
      `{ node(id: "${busy.id}") { id ... on Source { statements(first: 1, after: "${cursor}") {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id evidence { source { id } } } }
      } } } }`,
    );
    const all = whole.find((source) => source.id === busy.id)?.statements.edges ?? [];
    expect(next.node.statements.edges.map((edge) => edge.node.id)).toEqual(
      all.slice(1, 2).map((edge) => edge.node.id),
    );
    const misplaced = await api.run(
      `{ node(id: "${other.id}") { ... on Source { statements(first: 1, after: "${cursor}") { totalCount } } } }`,
    );
    expect(misplaced.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(misplaced.errors?.[0]?.message).toMatch(/^after: /);
  });

  it("narrows a source's statements by the relationships filter, and names what is wrong in it", async () => {
    const signed = await sourcesWith("(filter: { statuses: [SIGNED] }, first: 100)");
    for (const source of signed) {
      const expected = await api.data<{ relationships: { edges: { node: { id: string } }[] } }>(
        `{ relationships(filter: { source: "${source.id}", statuses: [SIGNED] }, first: 100) { edges { node { id } } } }`,
      );
      expect(source.statements.edges.map((edge) => edge.node.id)).toEqual(
        expected.relationships.edges.map((edge) => edge.node.id),
      );
    }
    expect(signed.some((source) => source.statements.totalCount > 0)).toBe(true);
    const bad = await api.run(
      '{ sources { edges { node { statements(filter: { from: "Nowhere at all" }) { totalCount } } } } }',
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toMatch(/^filter\.from: /);
  });
});

// Last: on Neo4j the seed replaces the claims corpus in the one database the file uses.
describe("what to verify in the real seed", () => {
  let seed: Api;
  beforeAll(async () => {
    seed = await seedApi();
  });
  afterAll(async () => {
    await seed.stop();
  });

  const overdueOn = async (day: string) =>
    (
      await seed.data<{
        verification: {
          overdue: { node: { id: string } | null; relationship: { id: string } | null }[];
        };
      }>(
        `{ verification(referenceDate: "${day}") { overdue { node { id } relationship { id } } } }`,
      )
    ).verification.overdue.map((item) => item.node?.id ?? item.relationship?.id);

  it("finds the memorandum's planned signing overdue once 30 April 2024 has passed", async () => {
    const signing = "memorandum-digital-identities/SIGNED_AT/eu-japan-dpc-2024";
    expect(await overdueOn("2024-04-30")).not.toContain(signing);
    expect(await overdueOn("2024-05-01")).toContain(signing);
  });

  it("waits for the whole of June 2024 before calling the AI Act's expected adoption overdue", async () => {
    expect(await overdueOn("2024-06-30")).not.toContain("ai-act");
    expect(await overdueOn("2024-07-01")).toContain("ai-act");
  });

  it("gives no status where the article gives none, and marks a scope read from context as inferred", async () => {
    const data = await seed.data<{
      nodes: {
        id: string;
        status: string | null;
        links: { node: { id: string }; relationship: { inferred: boolean } }[];
      }[];
    }>(`{ nodes(ids: ["dfft", "eudi-wallet", "ai-act"]) {
      id
      ... on Agreement { status links(types: [COVERS], direction: OUT) { node { id } relationship { inferred } } }
    } }`);
    const [dfft, wallet, act] = data.nodes;
    expect([dfft?.status, wallet?.status]).toEqual([null, null]);
    const generalPurpose = act?.links.find((link) => link.node.id === "general-purpose-ai");
    expect(generalPurpose?.relationship.inferred).toBe(true);
  });
});
