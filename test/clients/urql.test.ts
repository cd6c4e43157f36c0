/**
 * urql (@urql/core) with its default settings against a server on 127.0.0.1: queries go
 * as GET while the URL stays under urql's limit (`preferGetMethod: "within-url-limit"`),
 * with no preflight header, and are answered, cacheable; longer ones go as POST. Every
 * request urql sends is recorded through its `fetch` option.
 */
import { Client, cacheExchange, fetchExchange, gql } from "@urql/core";
import { print } from "graphql";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type ClientTestServer, startClientTestServer, withoutTypename } from "./client-server.js";

let served: ClientTestServer;
beforeAll(async () => {
  served = await startClientTestServer();
});
afterAll(() => served?.server.stop());

interface Sent {
  readonly method: string;
  readonly headers: Headers;
  readonly status: number;
  readonly etag: string | null;
}
const sent: Sent[] = [];
beforeEach(() => {
  sent.length = 0;
});

/** A client as urql's documentation sets one up: the two default exchanges, nothing else. */
function urql(): Client {
  return new Client({
    url: served.url,
    exchanges: [cacheExchange, fetchExchange],
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      sent.push({
        method: init?.method ?? "GET",
        headers: new Headers(init?.headers),
        status: response.status,
        etag: response.headers.get("etag"),
      });
      return response;
    },
  });
}

describe("urql with its default settings", () => {
  const KOREA = gql`
    query KoreaAgreements {
      node(id: "republic-of-korea") {
        name
        ... on Actor {
          agreements { name status date { iso } parties { name } }
          memberOf { name }
        }
      }
    }
  `;

  it("asks a nested question by GET, without a preflight header, and gets the server's answer", async () => {
    const result = await urql().query(KOREA, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(withoutTypename(result.data)).toEqual(await served.answer(print(KOREA)));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe("GET");
    expect(sent[0]?.headers.get("apollo-require-preflight")).toBeNull();
    expect(sent[0]?.headers.get("x-apollo-operation-name")).toBeNull();
    expect(sent[0]?.headers.get("content-type")).toBeNull();
    expect(sent[0]?.status).toBe(200);
    // The answer may be kept by the browser's cache and revalidated with its ETag.
    expect(sent[0]?.etag).toMatch(/^"[\w-]+"$/);
  });

  it("answers the same question from its own cache the second time", async () => {
    const client = urql();
    await client.query(KOREA, {}).toPromise();
    const again = await client.query(KOREA, {}).toPromise();
    expect(withoutTypename(again.data)).toEqual(await served.answer(print(KOREA)));
    expect(sent).toHaveLength(1);
  });

  it("sends a question too long for a URL by POST, which the server answers as well", async () => {
    const MANY = gql`
      query Many($ids: [ID!]!) {
        nodes(ids: $ids) { id name }
      }
    `;
    const ids = ["g7", "oecd", ...Array.from({ length: 98 }, (_, i) => `unknown-node-${i}`)];
    const result = await urql().query(MANY, { ids }).toPromise();
    expect(result.error).toBeUndefined();
    expect(sent[0]?.method).toBe("POST");
    const nodes = (result.data as { nodes: ({ id: string } | null)[] }).nodes;
    expect(nodes.slice(0, 2).map((node) => node?.id)).toEqual(["g7", "oecd"]);
    expect(nodes.slice(2).every((node) => node === null)).toBe(true);
  });

  it("gets a mistake in the question as a GraphQL error naming it, not a network failure", async () => {
    const result = await urql()
      .query(gql`query { actors(first: 1000) { totalCount } }`, {})
      .toPromise();
    expect(sent[0]?.method).toBe("GET");
    expect(result.error?.networkError).toBeUndefined();
    expect(result.error?.graphQLErrors[0]?.message).toMatch(/^first: /);
    expect(result.error?.graphQLErrors[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });
});
