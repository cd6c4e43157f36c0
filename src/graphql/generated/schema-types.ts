// Generated from schema/*.graphql by `npm run generate`; do not edit by hand.
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/**
 * Conditions on actors. Names in `memberOf`, `partOf` and `partyTo` may be ids,
 * names or aliases.
 */
export type ActorFilter = {
  kinds?: InputMaybe<Array<ActorKind>>;
  memberOf?: InputMaybe<Scalars['String']['input']>;
  partOf?: InputMaybe<Scalars['String']['input']>;
  partyTo?: InputMaybe<Scalars['String']['input']>;
  /** Only what is visible on this day (YYYY-MM-DD): undated, or possibly begun by then. */
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** A state, bloc, institution, office, organisation, forum, person or group. */
export type Actor = Node & {
  id: Scalars['ID']['output'];
  category: NodeCategory;
  kind: ActorKind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  inferred: Scalars['Boolean']['output'];
  inference?: Maybe<Inference>;
  links: Array<Link>;
  partOf: Array<Actor>;
  parts: Array<Actor>;
  memberOf: Array<Actor>;
  members: Array<Actor>;
  /** Bodies this person leads; the office is the link's role. */
  heads: Array<Actor>;
  headedBy: Array<Actor>;
  presidencyOf: Array<Actor>;
  presidedBy: Array<Actor>;
  coordinatesWith: Array<Actor>;
  /** Agreements this actor is a party to (planned ones included; see links for status). */
  agreements: Array<Agreement>;
  supports: Array<Agreement>;
  supervises: Array<Agreement>;
  approves: Array<Agreement>;
  launched: Array<Agreement>;
  setUp: Array<Agreement>;
  events: Array<Event>;
  organises: Array<Event>;
  /** Events and agreements this actor takes part in. */
  participatesIn: Array<Node>;
  addressedBy: Array<Node>;
  concernedBy: Array<Node>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorLinksArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  statuses?: InputMaybe<Array<Status>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorPartOfArgs = {
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorPartsArgs = {
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorMemberOfArgs = {
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorMembersArgs = {
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorHeadsArgs = {
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorHeadedByArgs = {
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorPresidencyOfArgs = {
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorPresidedByArgs = {
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorCoordinatesWithArgs = {
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorAgreementsArgs = {
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorSupportsArgs = {
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorSupervisesArgs = {
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorApprovesArgs = {
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorLaunchedArgs = {
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorSetUpArgs = {
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorEventsArgs = {
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorOrganisesArgs = {
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorParticipatesInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorAddressedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorConcernedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};

export type ActorEdge = {
  cursor: Scalars['String']['output'];
  node: Actor;
};

export type ActorConnection = {
  edges: Array<ActorEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * Conditions on agreements. `party`, `topic` and `involvesTopic` take an id, a
 * name or an alias; topics include their narrower topics ("chips" finds chip
 * supply chains).
 */
export type AgreementFilter = {
  kinds?: InputMaybe<Array<AgreementKind>>;
  statuses?: InputMaybe<Array<Status>>;
  /** Only agreements whose own status is (true) or is not (false) prospective. */
  prospective?: InputMaybe<Scalars['Boolean']['input']>;
  date?: InputMaybe<DateRange>;
  party?: InputMaybe<Scalars['String']['input']>;
  /** Covers the topic, or a narrower one, itself. */
  topic?: InputMaybe<Scalars['String']['input']>;
  /**
   * Involves the topic through itself, the meetings convened under it, or what
   * those meetings launched, announced or saw signed; each match explains why.
   */
  involvesTopic?: InputMaybe<Scalars['String']['input']>;
  /** Steps allowed from the agreement to what covers the topic (default 3, at most 4). */
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  /** Only what is visible on this day (YYYY-MM-DD): undated, or possibly begun by then. */
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type Agreement = Node & {
  id: Scalars['ID']['output'];
  category: NodeCategory;
  kind: AgreementKind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  inferred: Scalars['Boolean']['output'];
  inference?: Maybe<Inference>;
  links: Array<Link>;
  /** When it was signed or took effect, as far as the source says. */
  date?: Maybe<PartialDate>;
  status?: Maybe<Status>;
  /** Whether `status` is prospective; null when the source gives no status. */
  prospective?: Maybe<Scalars['Boolean']['output']>;
  parties: Array<Actor>;
  setUpBy: Array<Actor>;
  supervisors: Array<Actor>;
  approvedBy: Array<Actor>;
  participants: Array<Actor>;
  addressedTo: Array<Actor>;
  signedAt: Array<Event>;
  announcedAt: Array<Event>;
  /** Meetings (councils, summits) convened under this agreement. */
  meetings: Array<Event>;
  /** Milestones and events about this agreement (e.g. becoming law). */
  milestones: Array<Event>;
  launchedBy: Array<Node>;
  topics: Array<Topic>;
  implements: Array<Agreement>;
  implementedBy: Array<Agreement>;
  supports: Array<Agreement>;
  supporters: Array<Node>;
  concerns: Array<Node>;
  partOf: Array<Agreement>;
  parts: Array<Agreement>;
  /** Signed, announced, launched, approved, expected milestones…, dated steps first in date order. */
  statusHistory: Array<StatusStep>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementLinksArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  statuses?: InputMaybe<Array<Status>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementPartiesArgs = {
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementSetUpByArgs = {
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementSupervisorsArgs = {
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementApprovedByArgs = {
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementParticipantsArgs = {
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementAddressedToArgs = {
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementSignedAtArgs = {
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementAnnouncedAtArgs = {
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementMeetingsArgs = {
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementMilestonesArgs = {
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementLaunchedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementTopicsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementImplementsArgs = {
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementImplementedByArgs = {
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementSupportsArgs = {
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementSupportersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementPartOfArgs = {
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementPartsArgs = {
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};

export type AgreementEdge = {
  cursor: Scalars['String']['output'];
  node: Agreement;
  /** With `involvesTopic`: the path from the agreement to the topic that made it match. */
  why?: Maybe<Path>;
};

export type AgreementConnection = {
  edges: Array<AgreementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Direction of a relationship seen from the node a field is on. */
export type Direction =
  | 'OUT'
  | 'IN'
  | 'BOTH';

export type DatePrecision =
  | 'YEAR'
  | 'MONTH'
  | 'DAY';

/**
 * A date as precise as the source gives it: "June 2024" stays a month.
 * `earliest` and `latest` bound the days it can denote, for comparisons.
 */
export type PartialDate = {
  /** ISO 8601 as recorded: 2024, 2024-06, 2024-04-30, or a range such as 2024-05-02/2024-05-03. */
  iso: Scalars['String']['output'];
  precision: DatePrecision;
  /** First day the date can denote (YYYY-MM-DD). */
  earliest: Scalars['String']['output'];
  /** Last day the date can denote (YYYY-MM-DD). */
  latest: Scalars['String']['output'];
};

/** Days from `from` to `to`, both included, as YYYY-MM-DD; either may be left open. */
export type DateRange = {
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** A short quotation from a source, with its UTF-16 offsets in the source text. */
export type Evidence = {
  source: Source;
  quote: Scalars['String']['output'];
  /** Offset of the quote's first character in the source text. */
  start: Scalars['Int']['output'];
  /** Offset just past the quote's last character. */
  end: Scalars['Int']['output'];
};

/** Says how an inferred fact follows from its evidence. */
export type Inference = {
  reasoning: Scalars['String']['output'];
};

/** A statement linking two nodes, with its qualifiers and evidence. */
export type Relationship = {
  /** Stable id: from/TYPE/to. */
  id: Scalars['ID']['output'];
  type: RelationshipType;
  from: Node;
  to: Node;
  /** The part the subject plays, or the scope of the statement. */
  role?: Maybe<Scalars['String']['output']>;
  date?: Maybe<PartialDate>;
  status: Status;
  /** True when the source reports it as intended or foreseen, not as having happened. */
  prospective: Scalars['Boolean']['output'];
  evidence: Array<Evidence>;
  /** True when no single quote states the fact outright (see inference). */
  inferred: Scalars['Boolean']['output'];
  inference?: Maybe<Inference>;
};

/** A relationship seen from one of its ends. */
export type Link = {
  relationship: Relationship;
  /** The node at the other end. */
  node: Node;
  /** OUT when the relationship starts at the node the field is on. */
  direction: Direction;
};

/** Whether a path step was walked along the relationship's direction or against it. */
export type Traversal =
  | 'FORWARD'
  | 'BACKWARD';

export type PathStep = {
  relationship: Relationship;
  traversal: Traversal;
};

/** An explanation as a chain of nodes and relationships, in walking order. */
export type Path = {
  nodes: Array<Node>;
  steps: Array<PathStep>;
  length: Scalars['Int']['output'];
  /** The path in one line, e.g. A ←CONVENED_UNDER– B –LAUNCHED→ C. */
  summary: Scalars['String']['output'];
};

/** Anything in the graph: every node has a stable id, names and evidence. */
export type Node = {
  /** Stable, readable slug. */
  id: Scalars['ID']['output'];
  category: NodeCategory;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  inferred: Scalars['Boolean']['output'];
  inference?: Maybe<Inference>;
  /** Relationships at this node with the node at their other end, for qualifiers (role, status, date). */
  links: Array<Link>;
};


/** Anything in the graph: every node has a stable id, names and evidence. */
export type NodeLinksArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  statuses?: InputMaybe<Array<Status>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
  endCursor?: Maybe<Scalars['String']['output']>;
};

export type SortField =
  | 'NAME'
  | 'DATE'
  | 'ID';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Undated nodes sort last whatever the direction; ties are broken by id. */
export type NodeSort = {
  field?: SortField;
  direction?: SortDirection;
};

/** Conditions on events. `participant`, `topic`, `place` and `convenedUnder` take an id, a name or an alias. */
export type EventFilter = {
  kinds?: InputMaybe<Array<EventKind>>;
  statuses?: InputMaybe<Array<Status>>;
  /** Only planned or expected events (true), or only ones reported as held or under way (false). */
  prospective?: InputMaybe<Scalars['Boolean']['input']>;
  date?: InputMaybe<DateRange>;
  participant?: InputMaybe<Scalars['String']['input']>;
  topic?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  convenedUnder?: InputMaybe<Scalars['String']['input']>;
  /** Only what is visible on this day (YYYY-MM-DD): undated, or possibly begun by then. */
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** A summit, council, ministerial meeting, joint statement or milestone. */
export type Event = Node & {
  id: Scalars['ID']['output'];
  category: NodeCategory;
  kind: EventKind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  inferred: Scalars['Boolean']['output'];
  inference?: Maybe<Inference>;
  links: Array<Link>;
  date?: Maybe<PartialDate>;
  /** PLANNED or EXPECTED until the source reports it HELD. */
  status?: Maybe<Status>;
  /** Whether `status` is prospective; null when the source gives no status. */
  prospective?: Maybe<Scalars['Boolean']['output']>;
  /** Position in a series, e.g. 28 for the 28th summit. */
  ordinal?: Maybe<Scalars['Int']['output']>;
  places: Array<Place>;
  convenedUnder: Array<Agreement>;
  organisers: Array<Actor>;
  participants: Array<Actor>;
  addressedTo: Array<Actor>;
  setUpBy: Array<Actor>;
  launched: Array<Agreement>;
  announced: Array<Agreement>;
  signed: Array<Agreement>;
  supports: Array<Agreement>;
  topics: Array<Topic>;
  concerns: Array<Node>;
  partOf: Array<Event>;
  parts: Array<Event>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventLinksArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  statuses?: InputMaybe<Array<Status>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventPlacesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventConvenedUnderArgs = {
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventOrganisersArgs = {
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventParticipantsArgs = {
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventAddressedToArgs = {
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventSetUpByArgs = {
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventLaunchedArgs = {
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventAnnouncedArgs = {
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventSignedArgs = {
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventSupportsArgs = {
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventTopicsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventPartOfArgs = {
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventPartsArgs = {
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};

export type EventEdge = {
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventConnection = {
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A part of the graph to draw: nodes, the relationships among them, and whether limits cut it. */
export type Subgraph = {
  nodes: Array<Node>;
  edges: Array<Relationship>;
  /** True when the node limit or the per-node fan-out left nodes out. */
  truncated: Scalars['Boolean']['output'];
};

export type ExportFormat =
  /** Cytoscape.js elements JSON */
  | 'cytoscape'
  /** D3 force-layout node-link JSON */
  | 'd3'
  /** GraphML (yEd, Gephi, NetworkX) */
  | 'graphml'
  /** GEXF with start dates, so Gephi can play the timeline */
  | 'gexf';

/** A subgraph serialised for another tool; `content` is the file's text. */
export type Export = {
  format: ExportFormat;
  mimeType: Scalars['String']['output'];
  extension: Scalars['String']['output'];
  content: Scalars['String']['output'];
};

/** What a timeline lists. */
export type TimelineItemKind =
  | 'EVENTS'
  | 'STATEMENTS';

/** A dated event, or a dated statement that changed where something stands (signed, launched, announced…). */
export type TimelineEntry = {
  date: PartialDate;
  event?: Maybe<Event>;
  relationship?: Maybe<Relationship>;
  status?: Maybe<Status>;
  prospective?: Maybe<Scalars['Boolean']['output']>;
  /** One line: the event's name, or subject –TYPE→ object. */
  summary: Scalars['String']['output'];
};

export type TimelineEdge = {
  cursor: Scalars['String']['output'];
  node: TimelineEntry;
};

export type TimelineConnection = {
  edges: Array<TimelineEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One step in an agreement's life as the sources report it. */
export type StatusStep = {
  status: Status;
  date?: Maybe<PartialDate>;
  prospective: Scalars['Boolean']['output'];
  /** What the step is: signed at, announced at, launched by, approved by, a milestone… */
  label: Scalars['String']['output'];
  /** The statement behind the step (absent for the agreement's own status). */
  relationship?: Maybe<Relationship>;
  /** The event at which it happens, when there is one. */
  event?: Maybe<Event>;
  evidence: Array<Evidence>;
};

export type GroupBy =
  | 'CATEGORY'
  | 'KIND'
  | 'STATUS'
  /** Year of the earliest day the node's date can denote. */
  | 'YEAR'
  /** Topics the nodes cover directly. */
  | 'TOPIC';

export type GroupCount = {
  /** A kind, status, year or topic id; NONE for nodes without one. */
  key: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  /** The topic, when grouping by TOPIC. */
  topic?: Maybe<Topic>;
};

export type NodeDegree = {
  node: Node;
  degree: Scalars['Int']['output'];
};

export type SearchHit = {
  node: Node;
  /** Higher is better: exact name 100, prefix 80, word prefixes about 60, substring 40; aliases 5 less. */
  score: Scalars['Float']['output'];
  /** The name or alias that matched. */
  matched: Scalars['String']['output'];
};

/** Conditions on relationships (statements). */
export type RelationshipFilter = {
  types?: InputMaybe<Array<RelationshipType>>;
  statuses?: InputMaybe<Array<Status>>;
  /** Only statements reported as intended or foreseen (true), or as having happened (false). */
  prospective?: InputMaybe<Scalars['Boolean']['input']>;
  inferred?: InputMaybe<Scalars['Boolean']['input']>;
  /** The statement's date overlaps these days (undated statements never match). */
  date?: InputMaybe<DateRange>;
  /** Only what is visible on this day (YYYY-MM-DD): undated, or possibly begun by then. */
  asOf?: InputMaybe<Scalars['String']['input']>;
};

export type RelationshipEdge = {
  cursor: Scalars['String']['output'];
  node: Relationship;
};

export type RelationshipConnection = {
  edges: Array<RelationshipEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** The dataset an answer came from; cite `version` to make a query repeatable. */
export type Dataset = {
  /** Content hash of the seed files. */
  version: Scalars['String']['output'];
  nodeCount: Scalars['Int']['output'];
  relationshipCount: Scalars['Int']['output'];
};

export type Query = {
  /** Any node by id; null when there is none. */
  node?: Maybe<Node>;
  /** Nodes in the order of `ids`; null where an id is unknown. */
  nodes: Array<Maybe<Node>>;
  /** Names and aliases, ignoring case, accents and punctuation; best match first. */
  search: Array<SearchHit>;
  actors: ActorConnection;
  agreements: AgreementConnection;
  events: EventConnection;
  topics: TopicConnection;
  /** Statements, ordered by date (undated last) then id. */
  relationships: RelationshipConnection;
  dataset: Dataset;
  /**
   * The shortest paths between two nodes (ids, or names and aliases), walking
   * relationships either way; every step has its evidence. `maxHops` is at most 6.
   */
  paths: Array<Path>;
  /** The nodes within `depth` steps (at most 4) of the given ones and the relationships among them. */
  neighbourhood: Subgraph;
  /** The same subgraph as `neighbourhood`, serialised for Cytoscape, D3, yEd or Gephi. */
  subgraph: Export;
  /** Dated events and status changes in date order (earliest possible day first). */
  timeline: TimelineConnection;
  /** How many nodes fall in each group, largest first. */
  counts: Array<GroupCount>;
  /** The nodes with the most relationships (of the given types), most first. */
  mostConnected: Array<NodeDegree>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QuerySearchArgs = {
  text: Scalars['String']['input'];
  categories?: InputMaybe<Array<NodeCategory>>;
  kinds?: InputMaybe<Array<NodeKind>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryActorsArgs = {
  filter?: InputMaybe<ActorFilter>;
  sort?: InputMaybe<NodeSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAgreementsArgs = {
  filter?: InputMaybe<AgreementFilter>;
  sort?: InputMaybe<NodeSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEventsArgs = {
  filter?: InputMaybe<EventFilter>;
  sort?: InputMaybe<NodeSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTopicsArgs = {
  sort?: InputMaybe<NodeSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRelationshipsArgs = {
  filter?: InputMaybe<RelationshipFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPathsArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  during?: InputMaybe<DateRange>;
};


export type QueryNeighbourhoodArgs = {
  ids: Array<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  categories?: InputMaybe<Array<NodeCategory>>;
  kinds?: InputMaybe<Array<NodeKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  fanOut?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  during?: InputMaybe<DateRange>;
};


export type QuerySubgraphArgs = {
  around: Array<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  categories?: InputMaybe<Array<NodeCategory>>;
  kinds?: InputMaybe<Array<NodeKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  fanOut?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  during?: InputMaybe<DateRange>;
  format: ExportFormat;
};


export type QueryTimelineArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  topic?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<EventKind>>;
  include?: InputMaybe<Array<TimelineItemKind>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCountsArgs = {
  groupBy: GroupBy;
  categories?: InputMaybe<Array<NodeCategory>>;
  kinds?: InputMaybe<Array<NodeKind>>;
  statuses?: InputMaybe<Array<Status>>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMostConnectedArgs = {
  categories?: InputMaybe<Array<NodeCategory>>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** A subject; topics nest through broader/narrower. */
export type Topic = Node & {
  id: Scalars['ID']['output'];
  category: NodeCategory;
  kind: TopicKind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  inferred: Scalars['Boolean']['output'];
  inference?: Maybe<Inference>;
  links: Array<Link>;
  broader: Array<Topic>;
  narrower: Array<Topic>;
  /** Agreements and events that cover this topic directly. */
  coveredBy: Array<Node>;
};


/** A subject; topics nest through broader/narrower. */
export type TopicLinksArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  statuses?: InputMaybe<Array<Status>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A subject; topics nest through broader/narrower. */
export type TopicBroaderArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A subject; topics nest through broader/narrower. */
export type TopicNarrowerArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A subject; topics nest through broader/narrower. */
export type TopicCoveredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};

export type TopicEdge = {
  cursor: Scalars['String']['output'];
  node: Topic;
};

export type TopicConnection = {
  edges: Array<TopicEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A city or region where events take place. */
export type Place = Node & {
  id: Scalars['ID']['output'];
  category: NodeCategory;
  kind: PlaceKind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  inferred: Scalars['Boolean']['output'];
  inference?: Maybe<Inference>;
  links: Array<Link>;
  events: Array<Event>;
};


/** A city or region where events take place. */
export type PlaceLinksArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  statuses?: InputMaybe<Array<Status>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A city or region where events take place. */
export type PlaceEventsArgs = {
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** A document that evidence quotes; its full text is not stored. */
export type Source = Node & {
  id: Scalars['ID']['output'];
  category: NodeCategory;
  kind: SourceKind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Always empty: a source is its own evidence. */
  evidence: Array<Evidence>;
  inferred: Scalars['Boolean']['output'];
  inference?: Maybe<Inference>;
  links: Array<Link>;
  title: Scalars['String']['output'];
  publisher: Scalars['String']['output'];
  section?: Maybe<Scalars['String']['output']>;
  author?: Maybe<Scalars['String']['output']>;
  publishedOn: PartialDate;
  url: Scalars['String']['output'];
};


/** A document that evidence quotes; its full text is not stored. */
export type SourceLinksArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  statuses?: InputMaybe<Array<Status>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** The kind of thing a node is; each category is one Neo4j label. */
export type NodeCategory =
  | 'Actor'
  | 'Agreement'
  | 'Event'
  | 'Topic'
  | 'Place'
  | 'Source';

/** Every node kind across categories (see the `kind` field of each node type). */
export type NodeKind =
  | 'COUNTRY'
  | 'UNION'
  | 'INSTITUTION'
  | 'OFFICE'
  | 'AGENCY'
  | 'GOVERNMENT_BODY'
  | 'INTERNATIONAL_ORGANISATION'
  | 'FORUM'
  | 'PERSON'
  | 'GROUP'
  | 'PARTNERSHIP'
  | 'COOPERATION'
  | 'MEMORANDUM'
  | 'REGULATION'
  | 'PLEDGE'
  | 'PROCESS'
  | 'INITIATIVE'
  | 'SUMMIT'
  | 'COUNCIL'
  | 'MINISTERIAL_MEETING'
  | 'STATEMENT'
  | 'MILESTONE'
  | 'TOPIC'
  | 'CITY'
  | 'COUNTRY_REGION'
  | 'NEWS_ARTICLE'
  | 'OFFICIAL_DOCUMENT';

/** The finer kind of an actor. */
export type ActorKind =
  | 'COUNTRY'
  | 'UNION'
  | 'INSTITUTION'
  | 'OFFICE'
  | 'AGENCY'
  | 'GOVERNMENT_BODY'
  | 'INTERNATIONAL_ORGANISATION'
  | 'FORUM'
  | 'PERSON'
  | 'GROUP';

/** The finer kind of an agreement. */
export type AgreementKind =
  | 'PARTNERSHIP'
  | 'COOPERATION'
  | 'MEMORANDUM'
  | 'REGULATION'
  | 'PLEDGE'
  | 'PROCESS'
  | 'INITIATIVE';

/** The finer kind of an event. */
export type EventKind =
  | 'SUMMIT'
  | 'COUNCIL'
  | 'MINISTERIAL_MEETING'
  | 'STATEMENT'
  | 'MILESTONE';

/** The finer kind of a topic. */
export type TopicKind =
  | 'TOPIC';

/** The finer kind of a place. */
export type PlaceKind =
  | 'CITY'
  | 'COUNTRY_REGION';

/** The finer kind of a source. */
export type SourceKind =
  | 'NEWS_ARTICLE'
  | 'OFFICIAL_DOCUMENT';

/**
 * Where a statement stands as its source reports it. PROPOSED, ENCOURAGED, PLANNED
 * and EXPECTED are prospective: intended or foreseen, not (yet) happened.
 */
export type Status =
  /** Prospective: intended or foreseen, not happened. */
  | 'PROPOSED'
  /** Prospective: intended or foreseen, not happened. */
  | 'ENCOURAGED'
  /** Prospective: intended or foreseen, not happened. */
  | 'PLANNED'
  /** Prospective: intended or foreseen, not happened. */
  | 'EXPECTED'
  | 'ANNOUNCED'
  | 'LAUNCHED'
  | 'SIGNED'
  | 'ADOPTED'
  | 'IN_FORCE'
  | 'HELD'
  | 'ONGOING'
  | 'ACTIVE';

/**
 * The closed vocabulary of relationship types (Neo4j relationship types). Each value's
 * description completes the sentence "<from> … <to>".
 */
export type RelationshipType =
  /** is a component, department or sub-unit of (from Actor, Event, Agreement, Place to Actor, Event, Agreement, Place) */
  | 'PART_OF'
  /** belongs as a member to (from Actor to Actor) */
  | 'MEMBER_OF'
  /** holds the leading office (see role) of (from Actor to Actor) */
  | 'HEADS'
  /** holds the rotating presidency of (from Actor to Actor) */
  | 'HOLDS_PRESIDENCY_OF'
  /** is a party or signatory to (from Actor to Agreement) */
  | 'PARTY_TO'
  /** was set up, initiated or issued by (from Agreement, Event to Actor) */
  | 'SET_UP_BY'
  /** is signed at (from Agreement to Event) */
  | 'SIGNED_AT'
  /** is announced at (from Agreement to Event) */
  | 'ANNOUNCED_AT'
  /** is a meeting held within the framework of (from Event to Agreement) */
  | 'CONVENED_UNDER'
  /** is organised or hosted by (from Event to Actor) */
  | 'ORGANISED_BY'
  /** launched (from Event, Actor to Agreement) */
  | 'LAUNCHED'
  /** takes place in (from Event to Place) */
  | 'HELD_IN'
  /** takes part in (see role) (from Actor to Event, Agreement) */
  | 'PARTICIPATES_IN'
  /** declares support for or furthers (from Actor, Event, Agreement to Agreement) */
  | 'SUPPORTS'
  /** oversees the application of (see role for the scope) (from Actor to Agreement) */
  | 'SUPERVISES'
  /** coordinates its work with (from Actor to Actor) */
  | 'COORDINATES_WITH'
  /** puts into practice (from Agreement to Agreement) */
  | 'IMPLEMENTS'
  /** gives formal approval to (from Actor to Agreement) */
  | 'APPROVES'
  /** is a call or message directed at (from Event, Agreement to Actor) */
  | 'ADDRESSED_TO'
  /** is about, or changes the state of (from Event, Agreement to Agreement, Actor) */
  | 'CONCERNS'
  /** deals with the subject (from Agreement, Event to Topic) */
  | 'COVERS'
  /** is a narrower subject of (from Topic to Topic) */
  | 'SUBTOPIC_OF';
