/** The store contract against the embedded graphology store. */
import { MemoryStore } from "../../src/store/memory/memory-store.js";
import { describeClaimsContract } from "./claims-contract.js";
import { describeStoreContract } from "./store-contract.js";

describeStoreContract("MemoryStore", async (dataset) => new MemoryStore(dataset));
describeClaimsContract("MemoryStore", async (dataset) => new MemoryStore(dataset));
