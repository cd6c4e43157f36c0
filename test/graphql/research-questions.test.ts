/**
 * Questions a researcher of EU–Japan/Korea digital diplomacy asks, put to the
 * real API over the real seed. Each test checks the answer and what it rests on:
 * the article's quote at its offsets, and whether the fact is reported as done,
 * planned, expected or only inferred.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedApi } from "../support/seed-api.js";
import {
  EVIDENCE_FIELDS,
  type EvidenceItem,
  expectEvidence,
  idsOf,
  type PartialDateValue,
  RELATIONSHIP_FIELDS,
  type RelationshipValue,
} from "./support.js";

type Api = Awaited<ReturnType<typeof seedApi>>;
let api: Api;

beforeAll(async () => {
  api = await seedApi();
});
afterAll(async () => {
  await api.stop();
});

interface LinkValue {
  direction: "OUT" | "IN";
  relationship: RelationshipValue;
  node: { id: string; name: string };
}

const LINK_FIELDS = `direction node { id name } relationship { ${RELATIONSHIP_FIELDS} }`;

function linkTo(links: readonly LinkValue[], id: string, type?: string): LinkValue {
  const link = links.find((l) => l.node.id === id && (!type || l.relationship.type === type));
  if (!link) throw new Error(`no ${type ?? ""} link to ${id} in ${JSON.stringify(links)}`);
  return link;
}

describe("which partnerships involve semiconductors, and why", () => {
  it("finds the EU–Republic of Korea Digital Partnership through its 26 March 2024 council and the forum it launched", async () => {
    const data = await api.data<{
      agreements: {
        totalCount: number;
        edges: {
          node: { id: string; name: string; kind: string };
          why: {
            length: number;
            summary: string;
            nodes: { id: string }[];
            steps: { traversal: string; relationship: RelationshipValue }[];
          } | null;
        }[];
      };
    }>(`{
      agreements(filter: { kinds: [PARTNERSHIP], involvesTopic: "semiconductors" }) {
        totalCount
        edges {
          node { id name kind }
          why {
            length summary
            nodes { id }
            steps { traversal relationship { ${RELATIONSHIP_FIELDS} } }
          }
        }
      }
    }`);

    expect(idsOf(data.agreements)).toEqual(["eu-korea-digital-partnership"]);
    expect(data.agreements.totalCount).toBe(1);
    const edge = data.agreements.edges[0];
    expect(edge?.node.name).toBe("EU–Republic of Korea Digital Partnership");
    const why = edge?.why;
    if (!why) throw new Error("an involvesTopic match must say why");
    expect(why.nodes.map((n) => n.id)).toEqual([
      "eu-korea-digital-partnership",
      "eu-korea-dpc-2024",
      "semiconductor-research-forum",
      "semiconductors",
    ]);
    expect(why.length).toBe(3);
    expect(why.steps.map((s) => [s.relationship.type, s.traversal])).toEqual([
      ["CONVENED_UNDER", "BACKWARD"],
      ["LAUNCHED", "FORWARD"],
      ["COVERS", "FORWARD"],
    ]);
    expect(why.summary).toBe(
      "EU–Republic of Korea Digital Partnership ←CONVENED_UNDER– " +
        "EU–Republic of Korea Digital Partnership Council, 26 March 2024 –LAUNCHED→ " +
        "EU–Korea joint semiconductor research forum –COVERS→ Semiconductors",
    );

    const [convened, launched, covers] = why.steps.map((s) => s.relationship);
    // The council met under the partnership: stated by no single quote, so inferred.
    expect(convened).toMatchObject({ status: "HELD", inferred: true, prospective: false });
    expect(convened?.date).toMatchObject({ iso: "2024-03-26", precision: "DAY" });
    expect(convened?.inference?.reasoning).toMatch(/Digital Partnership Council/);
    // The launch itself is reported as done, on 26 March 2024.
    expect(launched).toMatchObject({ status: "LAUNCHED", prospective: false, inferred: false });
    expect(launched?.date?.iso).toBe("2024-03-26");
    for (const step of why.steps) expectEvidence(api.dataset, step.relationship.evidence);
    expectEvidence(
      api.dataset,
      launched?.evidence ?? [],
      "they launched a joint semiconductor research forum",
    );
    expectEvidence(api.dataset, covers?.evidence ?? [], "joint semiconductor research forum");
  });

  it("does not claim the partnership covers semiconductors itself: the forum does, the partnership only chip supply chains, as a plan", async () => {
    const data = await api.data<{
      direct: { edges: { node: { id: string; links: LinkValue[] } }[] };
      involved: { edges: { node: { id: string } }[] };
    }>(`{
      direct: agreements(filter: { topic: "semiconductors" }) {
        edges { node { id links(types: [COVERS], direction: OUT) { ${LINK_FIELDS} } } }
      }
      involved: agreements(filter: { involvesTopic: "semiconductors" }) { edges { node { id } } }
    }`);

    // A topic filter takes the narrower topics too.
    expect(idsOf(data.direct).sort()).toEqual([
      "eu-korea-digital-partnership",
      "semiconductor-research-forum",
    ]);
    const covered = (id: string) =>
      data.direct.edges
        .find((edge) => edge.node.id === id)
        ?.node.links.map((link) => [link.node.id, link.relationship.status]);
    expect(covered("semiconductor-research-forum")).toContainEqual(["semiconductors", "ACTIVE"]);
    expect(covered("eu-korea-digital-partnership")).toEqual([["chip-supply-chains", "PLANNED"]]);
    expect(idsOf(data.involved).sort()).toEqual([
      "eu-korea-digital-partnership",
      "semiconductor-research-forum",
    ]);
  });
});

describe("the EU's agreements that involve chips", () => {
  it("combine a party with an involved topic at the root, where each match says why", async () => {
    const data = await api.data<{
      agreements: { edges: { node: { id: string }; why: { summary: string } | null }[] };
    }>(`{
      agreements(filter: { party: "EU", involvesTopic: "chips" }) {
        edges { node { id } why { summary } }
      }
    }`);

    expect(data.agreements.edges.map((e) => e.node.id)).toEqual(["eu-korea-digital-partnership"]);
    expect(data.agreements.edges[0]?.why?.summary).toMatch(
      /^EU–Republic of Korea Digital Partnership ←CONVENED_UNDER– .* –LAUNCHED→ .* –COVERS→ Semiconductors$/,
    );
  });
});

describe('"chips"', () => {
  it("reaches semiconductors through an alias, and chip supply chains as a narrower topic the two sides plan to explore", async () => {
    const data = await api.data<{
      search: { matched: string; node: { id: string } }[];
      topic: { narrower: { id: string; name: string }[] } | null;
      agreements: {
        edges: { node: { id: string; links: LinkValue[] } }[];
      };
      events: { edges: { node: { id: string } }[] };
    }>(`{
      search(text: "chips", categories: [TOPIC], first: 1) { matched node { id } }
      topic: node(id: "semiconductors") { ... on Topic { narrower { id name } } }
      agreements(filter: { topic: "chips" }) {
        edges { node { id links(types: [COVERS], direction: OUT) { ${LINK_FIELDS} } } }
      }
      events(filter: { topic: "chips" }) { edges { node { id } } }
    }`);

    expect(data.search).toEqual([{ matched: "chips", node: { id: "semiconductors" } }]);
    expect(data.topic?.narrower.map((t) => t.id)).toEqual(["chip-supply-chains"]);
    expect(idsOf(data.agreements).sort()).toEqual([
      "eu-korea-digital-partnership",
      "semiconductor-research-forum",
    ]);
    const partnership = data.agreements.edges.find(
      (edge) => edge.node.id === "eu-korea-digital-partnership",
    )?.node;
    const link = linkTo(partnership?.links ?? [], "chip-supply-chains", "COVERS");
    // "The two sides will also explore…": a plan, and the two sides', so not the council's
    // subject; recorded on their partnership, which the article does not name (inferred).
    expect(link.relationship).toMatchObject({
      status: "PLANNED",
      prospective: true,
      inferred: true,
    });
    expect(link.relationship.role).toBe(
      "will explore common ways to improve security and resilience",
    );
    expectEvidence(api.dataset, link.relationship.evidence, "resilience of chips supply chains");
    expect(data.events.edges).toEqual([]);
  });

  it('finds the same agreements for "chips", "Chips" and "semiconductors"', async () => {
    const query = `query($t: String!) {
      agreements(filter: { involvesTopic: $t }) { edges { node { id } why { length } } }
    }`;
    const answers = await Promise.all(
      ["chips", "Chips", "semiconductors"].map((t) =>
        api.data<{ agreements: { edges: { node: { id: string }; why: { length: number } }[] } }>(
          query,
          { t },
        ),
      ),
    );
    const [chips, capital, semis] = answers.map((a) => a.agreements.edges);
    expect(chips?.map((e) => e.node.id)).toContain("eu-korea-digital-partnership");
    expect(capital).toEqual(chips);
    expect(semis).toEqual(chips);
  });
});

describe("the EU AI Office", () => {
  it("is part of the European Commission, which is part of the EU (an inference the API marks)", async () => {
    const data = await api.data<{
      node: {
        name: string;
        aliases: string[];
        partOf: { id: string; partOf: { id: string }[] }[];
        links: LinkValue[];
      } | null;
      commission: { links: LinkValue[] } | null;
    }>(`{
      node(id: "eu-ai-office") {
        ... on Actor {
          name aliases
          partOf { id partOf { id } }
          links(types: [PART_OF], direction: OUT) { ${LINK_FIELDS} }
        }
      }
      commission: node(id: "european-commission") {
        ... on Actor { links(types: [PART_OF], direction: OUT) { ${LINK_FIELDS} } }
      }
    }`);

    expect(data.node?.name).toBe("EU AI Office");
    expect(data.node?.partOf).toEqual([
      { id: "european-commission", partOf: [{ id: "european-union" }] },
    ]);
    const officeLink = linkTo(data.node?.links ?? [], "european-commission");
    expect(officeLink.relationship).toMatchObject({ inferred: false, status: "ACTIVE" });
    expectEvidence(
      api.dataset,
      officeLink.relationship.evidence,
      "an internal department within the Commission",
    );
    const commissionLink = linkTo(data.commission?.links ?? [], "european-union");
    expect(commissionLink.relationship.inferred).toBe(true);
    expect(commissionLink.relationship.inference?.reasoning).toMatch(/Commission/);
    expectEvidence(api.dataset, commissionLink.relationship.evidence);
  });

  it('will supervise the AI Act in the role "rules for general-purpose AI systems" (planned)', async () => {
    const data = await api.data<{
      node: {
        supervises: { id: string; name: string; kind: string }[];
        links: LinkValue[];
      } | null;
    }>(`{
      node(id: "eu-ai-office") {
        ... on Actor {
          supervises { id name kind }
          links(types: [SUPERVISES]) { ${LINK_FIELDS} }
        }
      }
    }`);

    expect(data.node?.supervises).toEqual([
      { id: "ai-act", name: "EU Artificial Intelligence Act", kind: "REGULATION" },
    ]);
    expect(data.node?.links).toHaveLength(1);
    const link = linkTo(data.node?.links ?? [], "ai-act");
    expect(link.direction).toBe("OUT");
    expect(link.relationship).toMatchObject({
      type: "SUPERVISES",
      role: "rules for general-purpose AI systems",
      status: "PLANNED",
      prospective: true,
      inferred: false,
    });
    expectEvidence(
      api.dataset,
      link.relationship.evidence,
      "will supervise the rules for general-purpose AI systems",
    );
  });

  it("will cooperate with Japan's AI Safety Institute, through a planned cooperation to be announced on 30 April 2024", async () => {
    const data = await api.data<{
      node: {
        agreements: {
          id: string;
          status: string;
          prospective: boolean;
          parties: { id: string; name: string }[];
          plannedAnnouncementAt: { id: string; date: PartialDateValue }[];
          announcedAt: { id: string }[];
          evidence: EvidenceItem[];
        }[];
      } | null;
    }>(`{
      node(id: "eu-ai-office") {
        ... on Actor {
          agreements {
            id status prospective
            parties(filter: { partOf: "Japan" }) { id name }
            plannedAnnouncementAt { id date { iso precision earliest latest } }
            announcedAt { id }
            ${EVIDENCE_FIELDS}
          }
        }
      }
    }`);

    const agreements = data.node?.agreements ?? [];
    expect(agreements.map((a) => a.id)).toEqual(["ai-office-aisi-cooperation"]);
    const cooperation = agreements[0];
    expect(cooperation).toMatchObject({ status: "PLANNED", prospective: true });
    expect(cooperation?.parties).toEqual([{ id: "japan-aisi", name: "Japan AI Safety Institute" }]);
    // To be announced: not announced yet.
    expect(cooperation?.plannedAnnouncementAt.map((e) => [e.id, e.date.iso])).toEqual([
      ["eu-japan-dpc-2024", "2024-04-30"],
    ]);
    expect(cooperation?.announcedAt).toEqual([]);
    expectEvidence(
      api.dataset,
      cooperation?.evidence ?? [],
      "a cooperation between the EU’s AI office and Japan’s Safety Institute",
    );
  });
});

describe("the Hiroshima AI Process", () => {
  it("was set up by the G7 in May 2023 (month precision), under Japan's presidency", async () => {
    const data = await api.data<{
      node: {
        date: PartialDateValue;
        setUpBy: { id: string; name: string; presidedBy: { id: string }[] }[];
        links: LinkValue[];
      } | null;
      japan: { links: LinkValue[] } | null;
    }>(`{
      node(id: "hiroshima-ai-process") {
        ... on Agreement {
          date { iso precision earliest latest }
          setUpBy { id name presidedBy { id } }
          links(types: [SET_UP_BY], direction: OUT) { ${LINK_FIELDS} }
        }
      }
      japan: node(id: "japan") {
        ... on Actor { links(types: [HOLDS_PRESIDENCY_OF], direction: OUT) { ${LINK_FIELDS} } }
      }
    }`);

    expect(data.node?.date).toEqual({
      iso: "2023-05",
      precision: "MONTH",
      earliest: "2023-05-01",
      latest: "2023-05-31",
    });
    expect(data.node?.setUpBy).toEqual([
      { id: "g7", name: "Group of Seven", presidedBy: [{ id: "japan" }] },
    ]);
    const setUp = linkTo(data.node?.links ?? [], "g7");
    expect(setUp.relationship).toMatchObject({ status: "LAUNCHED", prospective: false });
    expect(setUp.relationship.date).toMatchObject({ iso: "2023-05", precision: "MONTH" });
    expectEvidence(api.dataset, setUp.relationship.evidence, "set up by the G7");

    const presidency = linkTo(data.japan?.links ?? [], "g7", "HOLDS_PRESIDENCY_OF");
    expect(presidency.relationship.date).toMatchObject({ iso: "2023-05", precision: "MONTH" });
    expectEvidence(api.dataset, presidency.relationship.evidence, "under Japan’s presidency");
  });

  it("is to be supported by the EU, Japan and their joint call, all only planned", async () => {
    const data = await api.data<{
      node: { supporters: { id: string; __typename: string }[]; links: LinkValue[] } | null;
    }>(`{
      node(id: "hiroshima-ai-process") {
        ... on Agreement {
          supporters { id __typename }
          links(types: [SUPPORTS], direction: IN) { ${LINK_FIELDS} }
        }
      }
    }`);

    expect(data.node?.supporters.map((s) => s.id).sort()).toEqual([
      "eu-japan-joint-call-2024",
      "european-union",
      "japan",
    ]);
    expect(data.node?.supporters.find((s) => s.id === "eu-japan-joint-call-2024")?.__typename).toBe(
      "Event",
    );
    const links = data.node?.links ?? [];
    expect(links).toHaveLength(3);
    for (const link of links) {
      expect(link.direction).toBe("IN");
      expect(link.relationship).toMatchObject({ status: "PLANNED", prospective: true });
      expectEvidence(api.dataset, link.relationship.evidence);
    }
    expectEvidence(
      api.dataset,
      linkTo(links, "european-union").relationship.evidence,
      "both sides will say they will support the so-called Hiroshima AI Process",
    );
    expectEvidence(
      api.dataset,
      linkTo(links, "eu-japan-joint-call-2024").relationship.evidence,
      "for its swift implementation",
    );
  });
});

describe("the EU–Japan Digital Partnership", () => {
  it("was signed in May 2022 at the 28th EU–Japan Summit", async () => {
    const data = await api.data<{
      node: {
        status: string;
        prospective: boolean;
        date: PartialDateValue;
        parties: { id: string }[];
        signedAt: { id: string; ordinal: number; kind: string; date: PartialDateValue }[];
        links: LinkValue[];
      } | null;
    }>(`{
      node(id: "eu-japan-digital-partnership") {
        ... on Agreement {
          status prospective
          date { iso precision earliest latest }
          parties { id }
          signedAt { id ordinal kind date { iso precision earliest latest } }
          links(types: [SIGNED_AT]) { ${LINK_FIELDS} }
        }
      }
    }`);

    const partnership = data.node;
    expect(partnership).toMatchObject({ status: "SIGNED", prospective: false });
    expect(partnership?.date).toMatchObject({ iso: "2022-05", precision: "MONTH" });
    expect(partnership?.parties.map((p) => p.id).sort()).toEqual(["european-union", "japan"]);
    expect(partnership?.signedAt).toEqual([
      {
        id: "eu-japan-summit-2022",
        ordinal: 28,
        kind: "SUMMIT",
        date: { iso: "2022-05", precision: "MONTH", earliest: "2022-05-01", latest: "2022-05-31" },
      },
    ]);
    const signed = linkTo(partnership?.links ?? [], "eu-japan-summit-2022");
    expect(signed.relationship).toMatchObject({ status: "SIGNED", prospective: false });
    expectEvidence(
      api.dataset,
      signed.relationship.evidence,
      "signed in May 2022 during the 28th EU-Japan Summit",
    );
  });

  it("meets next in 2025 in Tokyo, at its third council", async () => {
    const data = await api.data<{
      node: {
        next: {
          id: string;
          ordinal: number;
          status: string;
          prospective: boolean;
          date: PartialDateValue;
          places: { id: string; name: string }[];
          evidence: EvidenceItem[];
        }[];
      } | null;
    }>(`{
      node(id: "eu-japan-digital-partnership") {
        ... on Agreement {
          next: meetings(filter: { date: { from: "2024-05-01" } }) {
            id ordinal status prospective
            date { iso precision earliest latest }
            places { id name }
            ${EVIDENCE_FIELDS}
          }
        }
      }
    }`);

    expect(data.node?.next.map((m) => m.id)).toEqual(["eu-japan-dpc-2025"]);
    const council = data.node?.next[0];
    expect(council).toMatchObject({ ordinal: 3, status: "PLANNED", prospective: true });
    expect(council?.date).toEqual({
      iso: "2025",
      precision: "YEAR",
      earliest: "2025-01-01",
      latest: "2025-12-31",
    });
    expect(council?.places).toEqual([{ id: "tokyo", name: "Tokyo" }]);
    expectEvidence(
      api.dataset,
      council?.evidence ?? [],
      "The third meeting is set to take place in 2025 in Tokyo.",
    );
  });
});

describe("the Memorandum of Cooperation on Digital Identities and Trust Services", () => {
  it("implements Data Free Flow with Trust and is to be signed by the Commission and Japan's Digital Agency", async () => {
    const data = await api.data<{
      node: {
        status: string;
        prospective: boolean;
        implements: { id: string; name: string }[];
        parties: { id: string }[];
        links: LinkValue[];
      } | null;
    }>(`{
      node(id: "memorandum-digital-identities") {
        ... on Agreement {
          status prospective
          implements { id name }
          parties { id }
          links(types: [PARTY_TO, IMPLEMENTS]) { ${LINK_FIELDS} }
        }
      }
    }`);

    const memo = data.node;
    expect(memo).toMatchObject({ status: "PLANNED", prospective: true });
    expect(memo?.implements).toEqual([{ id: "dfft", name: "Data Free Flow with Trust" }]);
    expect(memo?.parties.map((p) => p.id).sort()).toEqual([
      "digital-agency-japan",
      "european-commission",
    ]);
    const links = memo?.links ?? [];
    const implementsLink = linkTo(links, "dfft", "IMPLEMENTS");
    expect(implementsLink.relationship).toMatchObject({ status: "PLANNED", prospective: true });
    expectEvidence(
      api.dataset,
      implementsLink.relationship.evidence,
      "to implement the so-called Data Free Flow with Trust",
    );
    for (const party of ["european-commission", "digital-agency-japan"]) {
      const link = linkTo(links, party, "PARTY_TO");
      expect(link.direction).toBe("IN");
      expect(link.relationship).toMatchObject({
        status: "PLANNED",
        prospective: true,
        role: "signatory",
      });
      expectEvidence(
        api.dataset,
        link.relationship.evidence,
        "the Commission and the Digital Agency of Japan will sign",
      );
    }
  });

  it("is not counted as signed: a planned signing is not a signing", async () => {
    const data = await api.data<{
      signed: { edges: { node: { id: string } }[] };
      planned: { edges: { node: { id: string } }[] };
      signings: { edges: { node: { id: string } }[] };
      plannedSignings: { edges: { node: RelationshipValue }[] };
    }>(`{
      signed: agreements(filter: { statuses: [SIGNED] }, first: 100) { edges { node { id } } }
      planned: agreements(filter: { prospective: true }, first: 100) { edges { node { id } } }
      signings: relationships(filter: { types: [SIGNED_AT], prospective: false }, first: 100) {
        edges { node { id } }
      }
      plannedSignings: relationships(filter: { types: [SIGNED_AT], prospective: true }, first: 100) {
        edges { node { ${RELATIONSHIP_FIELDS} } }
      }
    }`);

    expect(idsOf(data.signed)).toContain("eu-japan-digital-partnership");
    expect(idsOf(data.signed)).not.toContain("memorandum-digital-identities");
    expect(idsOf(data.planned)).toContain("memorandum-digital-identities");
    expect(idsOf(data.signings)).toEqual([
      "eu-japan-digital-partnership/SIGNED_AT/eu-japan-summit-2022",
    ]);
    expect(idsOf(data.plannedSignings)).toEqual([
      "memorandum-digital-identities/SIGNED_AT/eu-japan-dpc-2024",
    ]);
    const planned = data.plannedSignings.edges[0]?.node;
    // Where it will be signed is itself an inference from "In addition".
    expect(planned).toMatchObject({ status: "PLANNED", inferred: true });
    expect(planned?.inference?.reasoning).toMatch(/in addition/i);
    expectEvidence(api.dataset, planned?.evidence ?? [], "will sign a Memorandum of Cooperation");
  });
});

describe("fields named for a fact list only what the sources report as done", () => {
  it("keeps the memorandum out of the 30 April council's signings, and in its planned ones", async () => {
    const data = await api.data<{
      council: {
        signed: { id: string }[];
        plannedSignings: { id: string }[];
        announced: { id: string }[];
        plannedAnnouncements: { id: string }[];
        signedConnection: { totalCount: number };
        plannedSigningsConnection: {
          totalCount: number;
          edges: { properties: { status: string } }[];
        };
      };
      summit: { signed: { id: string }[] };
      memorandum: { signedAt: { id: string }[]; plannedSigningAt: { id: string }[] };
      aiAct: { approvedBy: { id: string }[]; links: { node: { id: string } }[] };
    }>(`{
      council: node(id: "eu-japan-dpc-2024") { ... on Event {
        signed { id } plannedSignings { id } announced { id } plannedAnnouncements { id }
        signedConnection { totalCount }
        plannedSigningsConnection { totalCount edges { properties { status } } }
      } }
      summit: node(id: "eu-japan-summit-2022") { ... on Event { signed { id } } }
      memorandum: node(id: "memorandum-digital-identities") { ... on Agreement {
        signedAt { id } plannedSigningAt { id }
      } }
      aiAct: node(id: "ai-act") { ... on Agreement {
        approvedBy { id } links(types: [APPROVES]) { node { id } }
      } }
    }`);

    expect(data.council.signed).toEqual([]);
    expect(data.council.signedConnection.totalCount).toBe(0);
    expect(data.council.plannedSignings).toEqual([{ id: "memorandum-digital-identities" }]);
    expect(data.council.plannedSigningsConnection).toEqual({
      totalCount: 1,
      edges: [{ properties: { status: "PLANNED" } }],
    });
    expect(data.council.announced).toEqual([]);
    expect(data.council.plannedAnnouncements).toEqual([{ id: "ai-office-aisi-cooperation" }]);
    expect(data.summit.signed).toEqual([{ id: "eu-japan-digital-partnership" }]);
    expect(data.memorandum).toEqual({
      signedAt: [],
      plannedSigningAt: [{ id: "eu-japan-dpc-2024" }],
    });
    // The member states are only expected to approve the AI Act.
    expect(data.aiAct.approvedBy).toEqual([]);
    expect(data.aiAct.links.map((link) => link.node.id)).toEqual(["eu-member-states"]);
  });

  it("quantifies over the same relationships in `where`: a planned signing neither passes nor fails", async () => {
    const ids = async (where: string) =>
      idsOf(
        (
          await api.data<{ events: { edges: { node: { id: string } }[] } }>(
            `{ events(where: ${where}, first: 100) { edges { node { id } } } }`,
          )
        ).events,
      );
    expect(await ids("{ signed: { some: {} } }")).toEqual(["eu-japan-summit-2022"]);
    expect(await ids("{ plannedSignings: { some: {} } }")).toEqual(["eu-japan-dpc-2024"]);
    // Every signing at the council is of a partnership: vacuously, as it has none.
    const allPartnerships = await ids("{ signed: { all: { kind: { eq: PARTNERSHIP } } } }");
    expect(allPartnerships).toContain("eu-japan-dpc-2024");
    expect(allPartnerships).toContain("eu-japan-summit-2022");
    expect(
      await ids("{ signedConnection: { some: { edge: { status: { eq: PLANNED } } } } }"),
    ).toEqual([]);
  });
});

describe("plans versus expectations around the 30 April 2024 council", () => {
  it("lists the events planned for 30 April to 3 May 2024, all prospective", async () => {
    const data = await api.data<{
      events: {
        totalCount: number;
        edges: {
          node: { id: string; status: string; prospective: boolean; date: PartialDateValue };
        }[];
      };
      held: { totalCount: number };
    }>(`{
      events(filter: { prospective: true, date: { from: "2024-04-30", to: "2024-05-03" } }, sort: { field: DATE }) {
        totalCount
        edges { node { id ... on Event { status prospective date { iso precision earliest latest } } } }
      }
      held: events(filter: { prospective: false, date: { from: "2024-04-30", to: "2024-05-03" } }) {
        totalCount
      }
    }`);

    expect(idsOf(data.events)).toEqual([
      "eu-japan-dpc-2024",
      "eu-japan-joint-call-2024",
      "oecd-ministerial-2024",
    ]);
    expect(data.events.totalCount).toBe(3);
    for (const { node } of data.events.edges) {
      expect(node).toMatchObject({ status: "PLANNED", prospective: true });
    }
    expect(data.events.edges[2]?.node.date).toEqual({
      iso: "2024-05-02/2024-05-03",
      precision: "DAY",
      earliest: "2024-05-02",
      latest: "2024-05-03",
    });
    // Nothing in that window is reported as having happened: the article predates it.
    expect(data.held.totalCount).toBe(0);
  });

  it("lists the statements dated 30 April to 3 May 2024, each planned, with its evidence", async () => {
    const data = await api.data<{
      relationships: { totalCount: number; edges: { node: RelationshipValue }[] };
      happened: { totalCount: number };
    }>(`{
      relationships(filter: { date: { from: "2024-04-30", to: "2024-05-03" } }, first: 100) {
        totalCount
        edges { node { ${RELATIONSHIP_FIELDS} } }
      }
      happened: relationships(filter: { prospective: false, date: { from: "2024-04-30", to: "2024-05-03" } }) {
        totalCount
      }
    }`);

    const ids = idsOf(data.relationships);
    expect(ids).toEqual(
      expect.arrayContaining([
        "ai-office-aisi-cooperation/ANNOUNCED_AT/eu-japan-dpc-2024",
        "memorandum-digital-identities/SIGNED_AT/eu-japan-dpc-2024",
        "european-union/SUPPORTS/hiroshima-ai-process",
        "japan/SUPPORTS/hiroshima-ai-process",
        "european-union/PARTICIPATES_IN/eu-japan-joint-call-2024",
        "oecd-ministerial-2024/HELD_IN/paris",
      ]),
    );
    expect(data.relationships.totalCount).toBe(ids.length);
    for (const { node } of data.relationships.edges) {
      expect(node.prospective, node.id).toBe(true);
      if (!node.date) throw new Error(`${node.id} matched a date range without a date`);
      expect(node.date.latest >= "2024-04-30" && node.date.earliest <= "2024-05-03", node.id).toBe(
        true,
      );
      expectEvidence(api.dataset, node.evidence);
    }
    expect(data.happened.totalCount).toBe(0);
  });

  it("keeps the AI Act becoming law in June 2024 as expected (month precision), overlapping 10 June", async () => {
    const data = await api.data<{
      onTenthJune: {
        edges: {
          node: {
            id: string;
            status: string;
            prospective: boolean;
            date: PartialDateValue;
            concerns: { id: string }[];
            evidence: EvidenceItem[];
          };
        }[];
      };
      plannedInJune: { totalCount: number };
      approvals: { edges: { node: RelationshipValue }[] };
    }>(`{
      onTenthJune: events(filter: { date: { from: "2024-06-10", to: "2024-06-10" } }) {
        edges {
          node {
            id status prospective
            date { iso precision earliest latest }
            concerns { id }
            ${EVIDENCE_FIELDS}
          }
        }
      }
      plannedInJune: events(filter: { statuses: [PLANNED], date: { from: "2024-06-01", to: "2024-06-30" } }) {
        totalCount
      }
      approvals: relationships(filter: { types: [APPROVES], date: { from: "2024-06-10", to: "2024-06-10" } }) {
        edges { node { ${RELATIONSHIP_FIELDS} } }
      }
    }`);

    expect(idsOf(data.onTenthJune)).toEqual(["ai-act-becomes-law"]);
    const milestone = data.onTenthJune.edges[0]?.node;
    expect(milestone).toMatchObject({ status: "EXPECTED", prospective: true });
    expect(milestone?.date).toEqual({
      iso: "2024-06",
      precision: "MONTH",
      earliest: "2024-06-01",
      latest: "2024-06-30",
    });
    expect(milestone?.concerns).toEqual([{ id: "ai-act" }]);
    expectEvidence(
      api.dataset,
      milestone?.evidence ?? [],
      "is expected to formally become law in June",
    );
    // Expected is not planned: nobody has planned it, the source foresees it.
    expect(data.plannedInJune.totalCount).toBe(0);
    expect(idsOf(data.approvals)).toEqual(["eu-member-states/APPROVES/ai-act"]);
    expect(data.approvals.edges[0]?.node).toMatchObject({
      status: "EXPECTED",
      role: "national governments sign off on the deal",
      date: { iso: "2024-06", precision: "MONTH" },
    });
  });
});

describe("inferred facts", () => {
  it("mark the 30 April council's ordinal 2 as inferred from the 2025 meeting being the third, not the council itself", async () => {
    const data = await api.data<{
      node: {
        ordinal: number;
        inferred: boolean;
        inferredProperties: { property: string; reasoning: string }[];
        evidence: EvidenceItem[];
      } | null;
      stated: { ordinal: number; inferred: boolean; inferredProperties: unknown[] } | null;
    }>(`{
      node(id: "eu-japan-dpc-2024") {
        ... on Event { ordinal inferred inferredProperties { property reasoning } ${EVIDENCE_FIELDS} }
      }
      stated: node(id: "eu-japan-dpc-2025") { ... on Event { ordinal inferred inferredProperties { property } } }
    }`);

    expect(data.node?.ordinal).toBe(2);
    // The article names the council and its date; only its place in the series is worked out.
    expect(data.node?.inferred).toBe(false);
    expect(data.node?.inferredProperties.map((item) => item.property)).toEqual(["ordinal"]);
    expect(data.node?.inferredProperties[0]?.reasoning).toMatch(/third/);
    expectEvidence(
      api.dataset,
      data.node?.evidence ?? [],
      "The third meeting is set to take place in 2025 in Tokyo.",
      "the EU-Japan Digital Partnership Council on 30 April",
    );
    expect(data.stated).toEqual({ ordinal: 3, inferred: false, inferredProperties: [] });
  });

  it("mark the EU–Korea Digital Partnership and its parties as inferred, with reasoning", async () => {
    const data = await api.data<{
      node: {
        inferred: boolean;
        inference: { reasoning: string } | null;
        links: LinkValue[];
      } | null;
      inferred: { edges: { node: RelationshipValue }[] };
      stated: { edges: { node: RelationshipValue }[] };
    }>(`{
      node(id: "eu-korea-digital-partnership") {
        ... on Agreement {
          inferred inference { reasoning }
          links(types: [PARTY_TO]) { ${LINK_FIELDS} }
        }
      }
      inferred: relationships(filter: { inferred: true }, first: 100) { edges { node { ${RELATIONSHIP_FIELDS} } } }
      stated: relationships(filter: { inferred: false }, first: 100) { edges { node { ${RELATIONSHIP_FIELDS} } } }
    }`);

    expect(data.node?.inferred).toBe(true);
    expect(data.node?.inference?.reasoning).toMatch(/presupposes/);
    const parties = data.node?.links ?? [];
    expect(parties.map((l) => l.node.id).sort()).toEqual(["european-union", "republic-of-korea"]);
    for (const link of parties) {
      expect(link.relationship.inferred).toBe(true);
      expect(link.relationship.inference?.reasoning).toMatch(/Digital Partnership Council/);
      expectEvidence(
        api.dataset,
        link.relationship.evidence,
        "At their Digital Partnership Council",
      );
    }
    // The relationships list agrees: every inferred statement says why, no stated one does.
    expect(idsOf(data.inferred)).toContain("european-union/PARTY_TO/eu-korea-digital-partnership");
    for (const { node } of data.inferred.edges) {
      expect(node.inferred).toBe(true);
      expect(node.inference?.reasoning.length, node.id).toBeGreaterThan(10);
    }
    expect(idsOf(data.stated)).toContain("eu-korea-dpc-2024/LAUNCHED/semiconductor-research-forum");
    for (const { node } of data.stated.edges) {
      expect(node.inferred).toBe(false);
      expect(node.inference).toBeNull();
    }
  });
});

describe("the 2023 EU–Japan Summit photo caption", () => {
  it("names three persons among its participants, and the offices they hold", async () => {
    const data = await api.data<{
      node: {
        date: PartialDateValue;
        status: string;
        participants: {
          id: string;
          kind: string;
          links: LinkValue[];
        }[];
      } | null;
    }>(`{
      node(id: "eu-japan-summit-2023") {
        ... on Event {
          date { iso precision earliest latest }
          status
          participants(filter: { kinds: [PERSON] }) {
            id kind
            links(types: [HEADS, PARTICIPATES_IN], direction: OUT) { ${LINK_FIELDS} }
          }
        }
      }
    }`);

    expect(data.node?.date).toMatchObject({ iso: "2023", precision: "YEAR" });
    expect(data.node?.status).toBe("HELD");
    const participants = data.node?.participants ?? [];
    const offices = participants.map((person) => {
      expect(person.kind).toBe("PERSON");
      const heads = person.links.filter((l) => l.relationship.type === "HEADS");
      expect(heads, person.id).toHaveLength(1);
      const [office] = heads;
      if (office) expectEvidence(api.dataset, office.relationship.evidence);
      const attended = linkTo(person.links, "eu-japan-summit-2023", "PARTICIPATES_IN");
      expectEvidence(api.dataset, attended.relationship.evidence, "at the EU-Japan Summit in 2023");
      return [person.id, office?.relationship.role, office?.node.id];
    });
    expect(offices.sort()).toEqual([
      ["charles-michel", "President", "european-council"],
      ["fumio-kishida", "Prime Minister", "japan"],
      ["ursula-von-der-leyen", "President", "european-commission"],
    ]);
  });
});

describe("Korea", () => {
  it("finds the agreements South Korea is party to by alias, with what each is reported as", async () => {
    const data = await api.data<{
      agreements: {
        edges: {
          node: { id: string; status: string; inferred: boolean; date: PartialDateValue | null };
        }[];
      };
    }>(`{
      agreements(filter: { party: "south korea" }, sort: { field: ID }) {
        edges { node { id status inferred date { iso precision earliest latest } } }
      }
    }`);

    expect(data.agreements.edges.map((e) => e.node)).toEqual([
      { id: "eu-korea-digital-partnership", status: "ACTIVE", inferred: true, date: null },
      {
        id: "eu-korea-technology-cooperation",
        status: "ANNOUNCED",
        inferred: false,
        date: { iso: "2024-03-26", precision: "DAY", earliest: "2024-03-26", latest: "2024-03-26" },
      },
    ]);
  });
});

describe("provenance of answers", () => {
  it("cites the loaded dataset's version in `dataset` and in every response's extensions", async () => {
    const result = await api.run("{ dataset { version nodeCount relationshipCount } }");

    expect(result.errors).toBeUndefined();
    expect(result.data?.dataset).toEqual({
      version: api.dataset.version,
      nodeCount: api.dataset.nodes.length,
      relationshipCount: api.dataset.edges.length,
    });
    expect(api.dataset.version).toMatch(/\S/);
    expect(result.extensions?.dataset).toEqual({
      version: api.dataset.version,
      citation: expect.stringContaining(`dataset version ${api.dataset.version}`),
    });
    // Even a failed request says which data it was asked against.
    const failed = await api.run('{ search(text: "") { score } }');
    expect(failed.errors).toBeDefined();
    expect(failed.extensions?.dataset).toMatchObject({ version: api.dataset.version });
  });
});
