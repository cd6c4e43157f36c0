/**
 * Filters on the root lists, relation fields with conditions on their far side,
 * and `links` with the qualifiers (role, status, date) the plain fields drop.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedApi } from "../support/seed-api.js";
import { expectEvidence, idsOf, RELATIONSHIP_FIELDS, type RelationshipValue } from "./support.js";

type Api = Awaited<ReturnType<typeof seedApi>>;
let api: Api;

beforeAll(async () => {
  api = await seedApi();
});
afterAll(async () => {
  await api.stop();
});

type Ids = { edges: { node: { id: string } }[] };

/** Ids of one list query, sorted, so tests compare sets. */
async function listIds(query: string): Promise<string[]> {
  const data = await api.data<Record<string, Ids>>(query);
  const [connection] = Object.values(data);
  if (!connection) throw new Error("no connection in answer");
  return idsOf(connection).sort();
}

describe("actor lists", () => {
  it("filter by kind", async () => {
    expect(
      await listIds("{ actors(filter: { kinds: [PERSON] }) { edges { node { id } } } }"),
    ).toEqual(["charles-michel", "fumio-kishida", "ursula-von-der-leyen"]);
    expect(
      await listIds("{ actors(filter: { kinds: [COUNTRY, UNION] }) { edges { node { id } } } }"),
    ).toEqual(["european-union", "japan", "republic-of-korea"]);
  });

  it("filter by membership, parenthood and party, naming the far node by id, name or alias", async () => {
    expect(
      await listIds('{ actors(filter: { memberOf: "G7" }) { edges { node { id } } } }'),
    ).toEqual(["japan"]);
    expect(
      await listIds('{ actors(filter: { partOf: "japan" }) { edges { node { id } } } }'),
    ).toEqual(["digital-agency-japan", "japan-aisi"]);
    const byName = await listIds(
      '{ actors(filter: { partyTo: "Memorandum of Cooperation on Digital Identities and Trust Services" }) { edges { node { id } } } }',
    );
    const byAlias = await listIds(
      '{ actors(filter: { partyTo: "MoC on Digital Identities and Trust Services" }) { edges { node { id } } } }',
    );
    const byId = await listIds(
      '{ actors(filter: { partyTo: "memorandum-digital-identities" }) { edges { node { id } } } }',
    );
    expect(byName).toEqual(["digital-agency-japan", "european-commission"]);
    expect(byAlias).toEqual(byName);
    expect(byId).toEqual(byName);
  });

  it("combine conditions with AND", async () => {
    expect(
      await listIds(
        '{ actors(filter: { kinds: [AGENCY], partOf: "Japan" }) { edges { node { id } } } }',
      ),
    ).toEqual(["japan-aisi"]);
    expect(
      await listIds(
        '{ actors(filter: { kinds: [PERSON], partOf: "Japan" }) { edges { node { id } } } }',
      ),
    ).toEqual([]);
  });

  it("refuse a far node that does not exist, naming the filter field", async () => {
    const result = await api.run(
      '{ actors(filter: { memberOf: "Atlantis" }) { edges { node { id } } } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(
      /^filter\.memberOf: no actor has the id, name or alias "Atlantis"/,
    );
  });
});

describe("filters named after the fields they match", () => {
  const ids = async (query: string) => listIds(query);

  it("answer under the field's name as under the former one", async () => {
    const pairs: [string, string][] = [
      [
        '{ agreements(filter: { parties: "Japan" }) { edges { node { id } } } }',
        '{ agreements(filter: { party: "Japan" }) { edges { node { id } } } }',
      ],
      [
        '{ agreements(filter: { topics: "chips" }) { edges { node { id } } } }',
        '{ agreements(filter: { topic: "chips" }) { edges { node { id } } } }',
      ],
      [
        '{ events(filter: { participants: "Japan" }) { edges { node { id } } } }',
        '{ events(filter: { participant: "Japan" }) { edges { node { id } } } }',
      ],
      [
        '{ events(filter: { places: "Paris" }) { edges { node { id } } } }',
        '{ events(filter: { place: "Paris" }) { edges { node { id } } } }',
      ],
      [
        '{ events(filter: { topics: "data flows" }) { edges { node { id } } } }',
        '{ events(filter: { topic: "data flows" }) { edges { node { id } } } }',
      ],
      [
        '{ actors(filter: { agreements: "EU-Japan Digital Partnership" }) { edges { node { id } } } }',
        '{ actors(filter: { partyTo: "EU-Japan Digital Partnership" }) { edges { node { id } } } }',
      ],
    ];
    for (const [current, former] of pairs) {
      const answer = await ids(current);
      expect(answer.length, current).toBeGreaterThan(0);
      expect(await ids(former), former).toEqual(answer);
    }
  });

  it("refuse both names at once, and name the one written in an error", async () => {
    const both = await api.run(
      '{ agreements(filter: { parties: "Japan", party: "EU" }) { totalCount } }',
    );
    expect(both.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(both.errors?.[0]?.message).toBe(
      "filter.parties: give parties or party (its former name), not both",
    );
    const typo = await api.run('{ agreements(filter: { parties: "Japn" }) { totalCount } }');
    expect(typo.errors?.[0]?.message).toMatch(/^filter\.parties: no actor .*"Japn"/);
    const formerTypo = await api.run('{ agreements(filter: { party: "Japn" }) { totalCount } }');
    expect(formerTypo.errors?.[0]?.message).toMatch(/^filter\.party: no actor .*"Japn"/);
  });

  it("mark the former names deprecated in introspection", async () => {
    const data = await api.data<{
      __type: {
        inputFields: { name: string; isDeprecated: boolean; deprecationReason: string | null }[];
      };
    }>(
      '{ __type(name: "AgreementFilter") { inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } } }',
    );
    const field = (name: string) => data.__type.inputFields.find((f) => f.name === name);
    expect(field("parties")?.isDeprecated).toBe(false);
    expect(field("party")).toMatchObject({ isDeprecated: true });
    expect(field("party")?.deprecationReason).toMatch(/parties/);
  });
});

describe("statement lists by their ends and their source", () => {
  const statements = async (filter: string) =>
    (
      await api.data<{ relationships: { totalCount: number; edges: { node: { id: string } }[] } }>(
        `{ relationships(filter: ${filter}, first: 100) { totalCount edges { node { id } } } }`,
      )
    ).relationships;

  it("take a subject and an object by name, as each list's own order gives them", async () => {
    const japan = await statements('{ from: "Japan", types: [MEMBER_OF, HOLDS_PRESIDENCY_OF] }');
    expect(japan.edges.map((edge) => edge.node.id).sort()).toEqual([
      "japan/HOLDS_PRESIDENCY_OF/g7",
      "japan/MEMBER_OF/g7",
    ]);
    const toG7 = await statements('{ to: "G7" }');
    expect(toG7.edges.every((edge) => edge.node.id.endsWith("/g7"))).toBe(true);
    const both = await statements('{ from: "Japan", to: "G7" }');
    expect(both.edges.map((edge) => edge.node.id).sort()).toEqual(
      japan.edges.map((edge) => edge.node.id).sort(),
    );
  });

  it("list what a source supports: every statement of the seed rests on the article", async () => {
    const all = await statements("{}");
    const cited = await statements('{ source: "euronews-2024-04-24" }');
    expect(cited.totalCount).toBe(all.totalCount);
    expect(cited.totalCount).toBeGreaterThan(0);
    // With one source in the seed, the filter is read only if a name that is no source fails.
    const notSource = await api.run(
      '{ relationships(filter: { source: "Japan" }) { totalCount } }',
    );
    expect(notSource.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(notSource.errors?.[0]?.message).toMatch(/^filter\.source: /);
  });

  it("refuse an end that names no node, suggesting the closest", async () => {
    const result = await api.run('{ relationships(filter: { from: "Japn" }) { totalCount } }');
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/^filter\.from: .*"Japn".*Japan/);
  });
});

describe("agreement lists", () => {
  it("filter by kind and status", async () => {
    expect(
      await listIds(
        "{ agreements(filter: { kinds: [MEMORANDUM, REGULATION] }) { edges { node { id } } } }",
      ),
    ).toEqual(["ai-act", "memorandum-digital-identities"]);
    expect(
      await listIds("{ agreements(filter: { statuses: [PLANNED] }) { edges { node { id } } } }"),
    ).toEqual(["ai-office-aisi-cooperation", "memorandum-digital-identities"]);
  });

  it("split agreements with a status into prospective and reported, agreeing with each one's `prospective` field", async () => {
    type Answer = {
      agreements: {
        edges: { node: { id: string; status: string | null; prospective: boolean } }[];
      };
    };
    const list = async (filter: string) =>
      (
        await api.data<Answer>(
          `{ agreements(${filter} first: 100) { edges { node { id status prospective } } } }`,
        )
      ).agreements.edges.map((e) => e.node);
    const all = await list("");
    const prospective = await list("filter: { prospective: true },");
    const reported = await list("filter: { prospective: false },");

    expect(prospective.map((a) => a.id).sort()).toEqual([
      "ai-act",
      "ai-office-aisi-cooperation",
      "memorandum-digital-identities",
    ]);
    expect(prospective.every((a) => a.prospective)).toBe(true);
    expect(reported.map((a) => a.id)).toContain("eu-japan-digital-partnership");
    expect(reported.every((a) => !a.prospective && a.status !== null)).toBe(true);
    const withStatus = all.filter((a) => a.status !== null).map((a) => a.id);
    expect([...prospective, ...reported].map((a) => a.id).sort()).toEqual(withStatus.sort());
  });

  it("intersect `prospective` with explicit statuses", async () => {
    expect(
      await listIds(
        "{ agreements(filter: { statuses: [PLANNED, SIGNED], prospective: false }) { edges { node { id } } } }",
      ),
    ).toEqual(["eu-japan-digital-partnership"]);
  });

  it("filter by date overlap, so a month-precise date matches any of its days and undated ones never", async () => {
    expect(
      await listIds(
        '{ agreements(filter: { date: { from: "2022-05-31", to: "2022-05-31" } }) { edges { node { id } } } }',
      ),
    ).toEqual(["eu-japan-digital-partnership"]);
    expect(
      await listIds(
        '{ agreements(filter: { date: { from: "2024-01-01" } }) { edges { node { id } } } }',
      ),
    ).toEqual([
      "ai-act",
      "ai-office-aisi-cooperation",
      "eu-korea-technology-cooperation",
      "semiconductor-research-forum",
    ]);
    expect(
      await listIds(
        '{ agreements(filter: { date: { to: "2023-12-31" } }) { edges { node { id } } } }',
      ),
    ).toEqual(["eu-japan-digital-partnership", "hiroshima-ai-process"]);
  });

  it("filter by party, by any of the party's names", async () => {
    expect(
      await listIds(
        '{ agreements(filter: { party: "Digital Agency" }) { edges { node { id } } } }',
      ),
    ).toEqual(["memorandum-digital-identities"]);
    expect(
      await listIds('{ agreements(filter: { party: "EU" }) { edges { node { id } } } }'),
    ).toEqual([
      "eu-japan-digital-partnership",
      "eu-korea-digital-partnership",
      "eu-korea-technology-cooperation",
    ]);
  });

  it("filter by topic including narrower topics, but not broader ones", async () => {
    // AI reaches AI safety, general-purpose AI and AI compliance below it.
    expect(
      await listIds('{ agreements(filter: { topic: "AI" }) { edges { node { id } } } }'),
    ).toEqual(["ai-act", "ai-office-aisi-cooperation", "ai-pact", "hiroshima-ai-process"]);
    // AI safety is narrower than AI: the AI Act (AI in general) is not about AI safety.
    expect(
      await listIds('{ agreements(filter: { topic: "AI safety" }) { edges { node { id } } } }'),
    ).toEqual(["ai-office-aisi-cooperation", "hiroshima-ai-process"]);
    expect(
      await listIds(
        '{ agreements(filter: { topic: "AI", kinds: [COOPERATION] }) { edges { node { id } } } }',
      ),
    ).toEqual(["ai-office-aisi-cooperation"]);
  });

  it("leave `why` empty unless asked to explain involvement", async () => {
    const data = await api.data<{ agreements: { edges: { why: unknown }[] } }>(
      '{ agreements(filter: { topic: "semiconductors" }) { edges { why { length } } } }',
    );
    expect(data.agreements.edges).toEqual([{ why: null }, { why: null }]);
  });

  it("limit involvement to maxHops steps, preferring the asked topic over a narrower one when both reach", async () => {
    type Answer = {
      agreements: { edges: { node: { id: string }; why: { summary: string } | null }[] };
    };
    const why = async (maxHops: number) =>
      Object.fromEntries(
        (
          await api.data<Answer>(
            `{ agreements(filter: { involvesTopic: "semiconductors", maxHops: ${maxHops} }) {
              edges { node { id } why { summary } }
            } }`,
          )
        ).agreements.edges.map((e) => [e.node.id, e.why?.summary]),
      );
    const forum = "EU–Korea joint semiconductor research forum –COVERS→ Semiconductors";
    const council =
      "EU–Republic of Korea Digital Partnership ←CONVENED_UNDER– EU–Republic of Korea Digital Partnership Council, 26 March 2024";

    // The partnership itself covers chip supply chains, below semiconductors (the two
    // sides' plan): no step needed, but through a narrower topic.
    const narrower =
      "EU–Republic of Korea Digital Partnership –COVERS→ Semiconductor supply chain security and resilience –SUBTOPIC_OF→ Semiconductors";
    expect(await why(0)).toEqual({
      "semiconductor-research-forum": forum,
      "eu-korea-digital-partnership": narrower,
    });
    // One step reaches the council, which covers nothing: the narrower path stays.
    expect(await why(1)).toEqual({
      "semiconductor-research-forum": forum,
      "eu-korea-digital-partnership": narrower,
    });
    // Two steps reach the forum, which covers semiconductors exactly: that path wins.
    expect(await why(2)).toEqual({
      "semiconductor-research-forum": forum,
      "eu-korea-digital-partnership": `${council} –LAUNCHED→ ${forum}`,
    });
  });
});

describe("event lists", () => {
  it("filter by kind and participant", async () => {
    expect(
      await listIds(
        '{ events(filter: { kinds: [COUNCIL], participant: "European Union" }) { edges { node { id } } } }',
      ),
    ).toEqual(["eu-japan-dpc-2024", "eu-korea-dpc-2024"]);
  });

  it("filter by place and by the agreement they were convened under", async () => {
    expect(
      await listIds('{ events(filter: { place: "paris" }) { edges { node { id } } } }'),
    ).toEqual(["oecd-ministerial-2024"]);
    expect(
      await listIds(
        '{ events(filter: { convenedUnder: "EU-Japan Digital Partnership" }) { edges { node { id } } } }',
      ),
    ).toEqual(["eu-japan-dpc-2024", "eu-japan-dpc-2025"]);
  });

  it("filter by status, separating what was held from what is planned or expected", async () => {
    expect(
      await listIds("{ events(filter: { statuses: [HELD] }) { edges { node { id } } } }"),
    ).toEqual(["eu-japan-summit-2022", "eu-japan-summit-2023", "eu-korea-dpc-2024"]);
    expect(
      await listIds("{ events(filter: { statuses: [EXPECTED] }) { edges { node { id } } } }"),
    ).toEqual(["ai-act-becomes-law", "ai-act-general-application"]);
  });
});

describe("relation fields with conditions on the far side", () => {
  it("distinguish the EU's agreements that cover semiconductors (through a narrower topic) from those that involve them", async () => {
    const data = await api.data<{
      node: {
        covering: { id: string }[];
        involving: { id: string }[];
        technology: { id: string }[];
        signed: { id: string }[];
        all: { id: string }[];
      } | null;
    }>(`{
      node(id: "european-union") {
        ... on Actor {
          covering: agreements(filter: { topic: "semiconductors" }) { id }
          involving: agreements(filter: { involvesTopic: "semiconductors" }) { id }
          technology: agreements(filter: { topic: "technology" }) { id }
          signed: agreements(filter: { statuses: [SIGNED] }) { id }
          all: agreements { id }
        }
      }
    }`);

    // The partnership covers chip supply chains, a narrower topic (the two sides' plan)...
    expect(data.node?.covering).toEqual([{ id: "eu-korea-digital-partnership" }]);
    expect(data.node?.involving).toEqual([{ id: "eu-korea-digital-partnership" }]);
    // ...and so also technology, the broadest of the three.
    expect(data.node?.technology).toEqual([
      { id: "eu-korea-digital-partnership" },
      { id: "eu-korea-technology-cooperation" },
    ]);
    expect(data.node?.signed).toEqual([{ id: "eu-japan-digital-partnership" }]);
    expect(data.node?.all.map((a) => a.id).sort()).toEqual([
      "eu-japan-digital-partnership",
      "eu-korea-digital-partnership",
      "eu-korea-technology-cooperation",
    ]);
  });

  it("filter the far side by kind and by its own relations", async () => {
    const data = await api.data<{
      node: { persons: { id: string }[]; japanese: { id: string }[] } | null;
    }>(`{
      node(id: "eu-japan-dpc-2024") {
        ... on Event {
          persons: participants(filter: { kinds: [PERSON] }) { id }
          japanese: participants(filter: { kinds: [COUNTRY] }) { id }
        }
      }
    }`);
    expect(data.node?.persons).toEqual([]);
    expect(data.node?.japanese).toEqual([{ id: "japan" }]);
  });

  it("honour `first` on a relation field", async () => {
    const data = await api.data<{
      node: { two: { id: string }[]; all: { id: string }[] } | null;
    }>(`{
      node(id: "eu-ai-office") {
        ... on Actor { two: coordinatesWith(first: 2) { id } all: coordinatesWith { id } }
      }
    }`);
    expect(data.node?.all.map((a) => a.id).sort()).toEqual([
      "commission-departments",
      "companies",
      "eu-agencies",
      "eu-member-states",
    ]);
    expect(data.node?.two).toEqual(data.node?.all.slice(0, 2));
  });

  it("walk several levels: from Japan to its bodies to what they are party to", async () => {
    const data = await api.data<{
      node: { parts: { id: string; agreements: { id: string; status: string }[] }[] } | null;
    }>(`{
      node(id: "japan") {
        ... on Actor { parts { id agreements { id status } } }
      }
    }`);
    const byBody = Object.fromEntries(
      (data.node?.parts ?? []).map((p) => [p.id, p.agreements.map((a) => `${a.id}:${a.status}`)]),
    );
    expect(byBody).toEqual({
      "digital-agency-japan": ["memorandum-digital-identities:PLANNED"],
      "japan-aisi": ["ai-office-aisi-cooperation:PLANNED"],
    });
  });
});

describe("links", () => {
  interface Link {
    direction: string;
    node: { id: string };
    relationship: RelationshipValue & { from: { id: string }; to: { id: string } };
  }

  it("expose each relationship's role, status and date, with its direction seen from the node", async () => {
    const data = await api.data<{ node: { links: Link[] } | null }>(`{
      node(id: "japan") {
        links { direction node { id } relationship { ${RELATIONSHIP_FIELDS} from { id } to { id } } }
      }
    }`);

    const links = data.node?.links ?? [];
    for (const link of links) {
      const { from, to } = link.relationship;
      // OUT means the relationship starts here; the node is always the other end.
      expect(link.direction === "OUT" ? [from.id, to.id] : [to.id, from.id]).toEqual([
        "japan",
        link.node.id,
      ]);
      expect(link.relationship.id).toBe(`${from.id}/${link.relationship.type}/${to.id}`);
      expectEvidence(api.dataset, link.relationship.evidence);
    }
    const heads = links.find((l) => l.relationship.type === "HEADS");
    expect(heads).toMatchObject({
      direction: "IN",
      node: { id: "fumio-kishida" },
      // Dated as the 2023 summit's photo caption it rests on.
      relationship: { role: "Prime Minister", status: "ACTIVE", date: { iso: "2023" } },
    });
    const joint = links.find((l) => l.node.id === "eu-japan-joint-call-2024");
    expect(joint).toMatchObject({
      direction: "OUT",
      relationship: {
        type: "PARTICIPATES_IN",
        role: "co-author",
        status: "PLANNED",
        prospective: true,
        date: { iso: "2024-05-02/2024-05-03", precision: "DAY" },
      },
    });
    const partsIn = links.filter((l) => l.relationship.type === "PART_OF").map((l) => l.node.id);
    expect(partsIn.sort()).toEqual(["digital-agency-japan", "japan-aisi"]);
    for (const link of links.filter((l) => l.relationship.type === "PART_OF")) {
      expect(link.direction).toBe("IN");
      expect(link.relationship.role).toBe("Japanese government body");
    }
  });

  it("filter by type and direction", async () => {
    const data = await api.data<{
      node: { out: Link[]; in: Link[]; both: Link[]; members: Link[] } | null;
    }>(`{
      node(id: "european-union") {
        out: links(direction: OUT) { direction node { id } relationship { id type } }
        in: links(direction: IN) { direction node { id } relationship { id type } }
        both: links { direction node { id } relationship { id type } }
        members: links(types: [MEMBER_OF], direction: IN) { direction node { id } relationship { id type } }
      }
    }`);
    const node = data.node;
    expect(node?.out.every((l) => l.direction === "OUT")).toBe(true);
    expect(node?.in.every((l) => l.direction === "IN")).toBe(true);
    expect(node?.out.length).toBeGreaterThan(0);
    expect(node?.in.length).toBeGreaterThan(0);
    const ids = (links: Link[] = []) => links.map((l) => l.relationship.id).sort();
    expect(ids(node?.both)).toEqual([...ids(node?.out), ...ids(node?.in)].sort());
    expect(node?.members.map((l) => [l.node.id, l.relationship.type])).toEqual([
      ["eu-member-states", "MEMBER_OF"],
    ]);
  });
});

describe("lookups by id", () => {
  it("return nodes in the order asked, null for unknown ids", async () => {
    const data = await api.data<{ nodes: ({ id: string; __typename: string } | null)[] }>(
      '{ nodes(ids: ["tokyo", "no-such-node", "ai-act", "euronews-2024-04-24"]) { id __typename } }',
    );
    expect(data.nodes).toEqual([
      { id: "tokyo", __typename: "Place" },
      null,
      { id: "ai-act", __typename: "Agreement" },
      { id: "euronews-2024-04-24", __typename: "Source" },
    ]);
  });

  it("give the source's bibliographic data", async () => {
    const data = await api.data<{ node: Record<string, unknown> | null }>(`{
      node(id: "euronews-2024-04-24") {
        ... on Source { title publisher author url evidence { quote } publishedOn { iso precision } }
      }
    }`);
    expect(data.node).toEqual({
      title: "EU-Japan to cooperate on AI, data flows",
      publisher: "Euronews",
      author: "Cynthia Kroet",
      url: "https://www.euronews.com/next/2024/04/24/eu-japan-to-cooperate-on-ai-data-flows",
      evidence: [],
      publishedOn: { iso: "2024-04-24", precision: "DAY" },
    });
  });
});
