/**
 * Readable made-up names for synthetic nodes: invented place-like words put
 * into the patterns real names follow ("X Data Agency", "X–Y Summit"), with
 * an acronym or short form as an alias now and then.
 */
import type { NodeKind } from "../domain/vocabulary.js";
import { randomInt } from "./random.js";

const SYLLABLES = [
  ..."ka lo mi ra ven tor sel an bri dal or ni sta vel mar quin".split(" "),
  ..."te zo ul fen gra hal is jor ke lum nor pe ros sa tem vi".split(" "),
];
const FIRST_NAMES =
  "Ada Bruno Chiara Daan Elena Farid Greta Hiro Ines Jonas Kaori Luca Maja Nils Olga Pedro Rosa Sven Tomás Yuki".split(
    " ",
  );
export const SUBJECTS = [
  "Artificial Intelligence",
  "Data Flows",
  "Semiconductors",
  "Cybersecurity",
  "Quantum Technology",
  "Digital Identity",
  "Online Platforms",
  "5G Networks",
  "Submarine Cables",
  "High-Performance Computing",
  "Digital Skills",
  "Data Protection",
  "Standardisation",
  "Research Cooperation",
  "Supply Chains",
  "Open Source",
  "E-Government",
  "Connectivity",
  "Space Data",
  "Digital Trade",
];
const SECTORS = ["Health", "Energy", "Transport", "Finance", "Agriculture", "Education"];
const INSTITUTIONS = ["Commission", "Parliament", "Council", "Court"];
const AGENCIES = ["Data", "Cyber", "Space", "Research"];

/** Shared by every node without aliases (most of them), so a million nodes need no million arrays. */
const NO_ALIASES: readonly string[] = Object.freeze([]);

export interface Names {
  readonly name: string;
  readonly aliases: readonly string[];
}

export class NameMaker {
  constructor(private readonly random: () => number) {}

  private pick(items: readonly string[]): string {
    return items[randomInt(this.random, items.length)] ?? "";
  }

  /** A capitalised invented word of two or three syllables. */
  word(): string {
    let text = this.pick(SYLLABLES);
    for (let n = 1 + randomInt(this.random, 2); n > 0; n--) text += this.pick(SYLLABLES);
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  subject(): string {
    return this.pick(SUBJECTS);
  }

  forKind(kind: NodeKind): Names {
    const a = this.word();
    const name = this.pattern(kind, a);
    if (kind === "PERSON") {
      return this.random() < 0.1
        ? { name, aliases: [`${name.charAt(0)}. ${a}`] }
        : { name, aliases: NO_ALIASES };
    }
    if (this.random() >= 0.15) return { name, aliases: NO_ALIASES };
    const aliases: string[] = [];
    const acronym = name
      .split(/[\s–]+/)
      .filter((part) => /^[A-Z0-9]/.test(part))
      .map((part) => part.charAt(0))
      .join("");
    if (acronym.length >= 2) aliases.push(acronym);
    if (this.random() < 0.2) aliases.push(`${name} (${a.slice(0, 3).toUpperCase()})`);
    return { name, aliases: aliases.length > 0 ? aliases : NO_ALIASES };
  }

  private pattern(kind: NodeKind, a: string): string {
    switch (kind) {
      case "COUNTRY":
      case "CITY":
        return a;
      case "UNION":
        return `${a} Union`;
      case "INSTITUTION":
        return `${a} ${this.pick(INSTITUTIONS)}`;
      case "OFFICE":
        return `${a} Digital Office`;
      case "AGENCY":
        return `${a} ${this.pick(AGENCIES)} Agency`;
      case "GOVERNMENT_BODY":
        return `Ministry of ${this.subject()} of ${a}`;
      case "INTERNATIONAL_ORGANISATION":
        return `${a} Organisation for Digital Cooperation`;
      case "FORUM":
        return `${a} Forum on ${this.subject()}`;
      case "PERSON":
        return `${this.pick(FIRST_NAMES)} ${a}`;
      case "GROUP":
        return `${a} Working Group`;
      case "PARTNERSHIP":
        return `${a}–${this.word()} Digital Partnership`;
      case "COOPERATION":
        return `${a} Cooperation on ${this.subject()}`;
      case "MEMORANDUM":
        return `Memorandum on ${this.subject()} between ${a} and ${this.word()}`;
      case "REGULATION":
        return `${a} ${this.subject()} Act`;
      case "PLEDGE":
        return `${a} Pledge on ${this.subject()}`;
      case "PROCESS":
        return `${a} Process`;
      case "INITIATIVE":
        return `${a} ${this.subject()} Initiative`;
      case "SUMMIT":
        return `${a}–${this.word()} Summit`;
      case "COUNCIL":
        return `${a} Digital Council`;
      case "MINISTERIAL_MEETING":
        return `${a} Ministerial Meeting on ${this.subject()}`;
      case "STATEMENT":
        return `${a} Statement on ${this.subject()}`;
      case "MILESTONE":
        return `${a} ${this.subject()} Milestone`;
      case "TOPIC":
        return this.random() < 0.5
          ? `${this.subject()} in ${this.pick(SECTORS)}`
          : `${a} ${this.subject()}`;
      case "COUNTRY_REGION":
        return `${a} Region`;
      case "NEWS_ARTICLE":
      case "OFFICIAL_DOCUMENT":
      case "OFFICIAL_STATEMENT":
      case "LEGAL_ACT":
      case "PRESS_RELEASE":
      case "MEETING_MINUTES":
        return `${a} Report on ${this.subject()}`;
    }
  }
}
