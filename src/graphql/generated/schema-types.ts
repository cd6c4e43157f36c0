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
 * Conditions on actors. Names in `memberOf`, `partOf` and `agreements` may be ids,
 * names or aliases (failing those, the best search hit); one that names no node of the
 * right category is a BAD_USER_INPUT that suggests the closest names. Each condition on a
 * relationship is named after the field that lists it.
 */
export type ActorFilter = {
  /** Only actors of these kinds. */
  kinds?: InputMaybe<Array<ActorKind>>;
  /** Only members of this group or organisation. */
  memberOf?: InputMaybe<Scalars['String']['input']>;
  /** Only components, departments or sub-units of this actor (direct ones). */
  partOf?: InputMaybe<Scalars['String']['input']>;
  /** Only parties to this agreement (as the field `agreements` lists them). */
  agreements?: InputMaybe<Scalars['String']['input']>;
  /**
   * Only parties to this agreement.
   * @deprecated Use `agreements`, named after the field it matches.
   */
  partyTo?: InputMaybe<Scalars['String']['input']>;
  /** Only what is known to hold on this day (YYYY-MM-DD): from the first source that supports them (see asOfMode). */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** KNOWN (default): only what is known to hold on `asOf`; INCLUDE_UNKNOWN: also what is not known to (nothing a source says had not begun or had ended). */
  asOfMode?: InputMaybe<AsOfMode>;
  /**
   * Also count the sub-bodies (PART_OF, up to 4 steps down) of the actors named in
   * `memberOf` and `partOf`: with it, `partOf: "Japan"` lists Japan's bodies and their
   * own sub-units. False by default: only the actors named.
   */
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A state, bloc, institution, office, organisation, forum, person or group. */
export type Actor = Node & {
  /** Stable, readable slug. */
  id: Scalars['ID']['output'];
  /** The node's category, which is its Neo4j label. */
  category: NodeCategory;
  /** The finer kind of an actor: one of `ActorKind` (the values its filters take). */
  kind: NodeKind;
  /** The name the node is known by. */
  name: Scalars['String']['output'];
  /** Other names, abbreviations and spellings; search matches them too. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description, when the seed gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Quotes that attest the node. */
  evidence: Array<Evidence>;
  /** True when no single quote states the node outright (see inference). */
  inferred: Scalars['Boolean']['output'];
  /** How the node follows from its evidence, when it is inferred. */
  inference?: Maybe<Inference>;
  /** Properties worked out rather than quoted, where the node itself is attested, each with how it follows. */
  inferredProperties: Array<PropertyInference>;
  /**
   * The days the node is known to exist, from its claims and the dates of the sources that
   * attest it: nothing is shown before a source supports it. Topics, places and sources are timeless.
   */
  validity: Validity;
  /** Whether the node is known to exist on a day (YYYY-MM-DD), is not known to, or does not. */
  knownOn: Knowledge;
  /** Relationships at this node with the node at their other end, for qualifiers (role, status, date). */
  links: Array<Link>;
  /** Bodies this actor is a component, department or sub-unit of. */
  partOf: Array<Actor>;
  /** Components, departments and sub-units of this actor. */
  parts: Array<Actor>;
  /** Groups and organisations this actor belongs to as a member. */
  memberOf: Array<Actor>;
  /** Members of this group or organisation. */
  members: Array<Actor>;
  /** Bodies this person leads; the office is the link's role. */
  heads: Array<Actor>;
  /** People who hold this body's leading office; the office is the link's role. */
  headedBy: Array<Actor>;
  /** Bodies whose rotating presidency this actor holds. */
  presidencyOf: Array<Actor>;
  /** Actors holding the rotating presidency of this body. */
  presidedBy: Array<Actor>;
  /** Actors this one coordinates its work with, whichever side the source names first. */
  coordinatesWith: Array<Actor>;
  /** Agreements this actor is a party to (planned ones included; see links for status). */
  agreements: Array<Agreement>;
  /** Agreements this actor declares support for or furthers. */
  supports: Array<Agreement>;
  /** Agreements whose application this actor oversees; the link's role gives the scope. */
  supervises: Array<Agreement>;
  /** Agreements this actor gave formal approval to, as the sources report having happened (an expected approval is in `links`). */
  approves: Array<Agreement>;
  /** Agreements (initiatives, processes…) this actor launched, as the sources report having happened (a planned launch is in `links`). */
  launched: Array<Agreement>;
  /** Agreements set up, initiated or issued by this actor. */
  setUp: Array<Agreement>;
  /** Events this actor takes part in. */
  events: Array<Event>;
  /** Events this actor organises or hosts. */
  organises: Array<Event>;
  /** Events and agreements this actor takes part in. */
  participatesIn: Array<Node>;
  /** Events and agreements that call on this actor or are addressed to it. */
  addressedBy: Array<Node>;
  /** Events and agreements that are about this actor or change where it stands. */
  concernedBy: Array<Node>;
  /**
   * Bodies this actor is a component, department or sub-unit of.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  partOfConnection: ActorRelationshipConnection;
  /**
   * Components, departments and sub-units of this actor.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  partsConnection: ActorRelationshipConnection;
  /**
   * Groups and organisations this actor belongs to as a member.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  memberOfConnection: ActorRelationshipConnection;
  /**
   * Members of this group or organisation.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  membersConnection: ActorRelationshipConnection;
  /**
   * Bodies this person leads; the office is the link's role.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  headsConnection: ActorRelationshipConnection;
  /**
   * People who hold this body's leading office; the office is the link's role.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  headedByConnection: ActorRelationshipConnection;
  /**
   * Bodies whose rotating presidency this actor holds.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  presidencyOfConnection: ActorRelationshipConnection;
  /**
   * Actors holding the rotating presidency of this body.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  presidedByConnection: ActorRelationshipConnection;
  /**
   * Actors this one coordinates its work with, whichever side the source names first.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  coordinatesWithConnection: ActorRelationshipConnection;
  /**
   * Agreements this actor is a party to (planned ones included; see links for status).
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  agreementsConnection: AgreementRelationshipConnection;
  /**
   * Agreements this actor declares support for or furthers.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  supportsConnection: AgreementRelationshipConnection;
  /**
   * Agreements whose application this actor oversees; the link's role gives the scope.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  supervisesConnection: AgreementRelationshipConnection;
  /**
   * Agreements this actor gave formal approval to, as the sources report having happened (an expected approval is in `links`).
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  approvesConnection: AgreementRelationshipConnection;
  /**
   * Agreements (initiatives, processes…) this actor launched, as the sources report having happened (a planned launch is in `links`).
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  launchedConnection: AgreementRelationshipConnection;
  /**
   * Agreements set up, initiated or issued by this actor.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  setUpConnection: AgreementRelationshipConnection;
  /**
   * Events this actor takes part in.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  eventsConnection: EventRelationshipConnection;
  /**
   * Events this actor organises or hosts.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  organisesConnection: EventRelationshipConnection;
  /**
   * Events and agreements this actor takes part in.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  participatesInConnection: NodeRelationshipConnection;
  /**
   * Events and agreements that call on this actor or are addressed to it.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  addressedByConnection: NodeRelationshipConnection;
  /**
   * Events and agreements that are about this actor or change where it stands.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  concernedByConnection: NodeRelationshipConnection;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorKnownOnArgs = {
  day: Scalars['String']['input'];
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorLinksArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  statuses?: InputMaybe<Array<Status>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  asOfMode?: InputMaybe<AsOfMode>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorPartOfArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorPartsArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorMemberOfArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorMembersArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorHeadsArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorHeadedByArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorPresidencyOfArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorPresidedByArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorCoordinatesWithArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorAgreementsArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorSupportsArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorSupervisesArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorApprovesArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorLaunchedArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorSetUpArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorEventsArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorOrganisesArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorParticipatesInArgs = {
  where?: InputMaybe<NodeWhere>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorAddressedByArgs = {
  where?: InputMaybe<NodeWhere>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorConcernedByArgs = {
  where?: InputMaybe<NodeWhere>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorPartOfConnectionArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorPartsConnectionArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorMemberOfConnectionArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorMembersConnectionArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorHeadsConnectionArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorHeadedByConnectionArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorPresidencyOfConnectionArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorPresidedByConnectionArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorCoordinatesWithConnectionArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorAgreementsConnectionArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorSupportsConnectionArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorSupervisesConnectionArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorApprovesConnectionArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorLaunchedConnectionArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorSetUpConnectionArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorEventsConnectionArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorOrganisesConnectionArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorParticipatesInConnectionArgs = {
  where?: InputMaybe<NodeWhere>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorAddressedByConnectionArgs = {
  where?: InputMaybe<NodeWhere>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A state, bloc, institution, office, organisation, forum, person or group. */
export type ActorConcernedByConnectionArgs = {
  where?: InputMaybe<NodeWhere>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** An actor in a list, with its cursor. */
export type ActorEdge = {
  /** Where this item stands: pass it as `after` for the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The actor. */
  node: Actor;
};

/** A page of actors (a Relay connection). */
export type ActorConnection = {
  /** The actors of this page, each with its cursor. */
  edges: Array<ActorEdge>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many actors the whole list holds, over all pages. */
  totalCount: Scalars['Int']['output'];
  /** Figures over the whole list (all pages): how many actors, and the span of their dates. */
  aggregate: ListAggregate;
};

/**
 * Conditions on agreements. `parties`, `topics` and `involvesTopic` take an id, a
 * name or an alias (failing those, the best search hit); one that names no actor or
 * topic is a BAD_USER_INPUT that suggests the closest names. Topics include their
 * narrower topics ("chips" finds chip supply chains). Each condition on a relationship is
 * named after the field that lists it.
 */
export type AgreementFilter = {
  /** Only agreements of these kinds. */
  kinds?: InputMaybe<Array<AgreementKind>>;
  /** Only agreements whose own status is one of these. */
  statuses?: InputMaybe<Array<Status>>;
  /** Only agreements whose own status is (true) or is not (false) prospective. */
  prospective?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only agreements whose own date overlaps these days (undated ones never match). */
  date?: InputMaybe<DateRange>;
  /** Only agreements this actor is a party to, planned parties included (as the field `parties` lists them). */
  parties?: InputMaybe<Scalars['String']['input']>;
  /**
   * Only agreements this actor is a party to, planned parties included.
   * @deprecated Use `parties`, named after the field it matches.
   */
  party?: InputMaybe<Scalars['String']['input']>;
  /** Covers this topic, or a narrower one, itself (as the field `topics` lists them). */
  topics?: InputMaybe<Scalars['String']['input']>;
  /**
   * Covers the topic, or a narrower one, itself.
   * @deprecated Use `topics`, named after the field it matches.
   */
  topic?: InputMaybe<Scalars['String']['input']>;
  /**
   * Involves the topic through itself, the meetings convened under it, or what
   * those meetings launched, announced or saw signed; each match explains why.
   */
  involvesTopic?: InputMaybe<Scalars['String']['input']>;
  /** Steps allowed from the agreement to what covers the topic (default 3, at most 4). */
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  /** Only what is known to hold on this day (YYYY-MM-DD): from the first source that supports them (see asOfMode). */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** KNOWN (default): only what is known to hold on `asOf`; INCLUDE_UNKNOWN: also what is not known to (nothing a source says had not begun or had ended). */
  asOfMode?: InputMaybe<AsOfMode>;
  /**
   * Also count the sub-bodies (PART_OF, up to 4 steps down) of the actors this filter names
   * in `parties`: with it, `parties: "Japan"` also finds the agreements Japan's AI Safety
   * Institute, part of Japan, is a party to. False by default: only the actors named.
   */
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type Agreement = Node & {
  /** Stable, readable slug. */
  id: Scalars['ID']['output'];
  /** The node's category, which is its Neo4j label. */
  category: NodeCategory;
  /** The finer kind of an agreement: one of `AgreementKind` (the values its filters take). */
  kind: NodeKind;
  /** The name the node is known by. */
  name: Scalars['String']['output'];
  /** Other names, abbreviations and spellings; search matches them too. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description, when the seed gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Quotes that attest the node. */
  evidence: Array<Evidence>;
  /** True when no single quote states the node outright (see inference). */
  inferred: Scalars['Boolean']['output'];
  /** How the node follows from its evidence, when it is inferred. */
  inference?: Maybe<Inference>;
  /** Properties worked out rather than quoted, where the node itself is attested, each with how it follows. */
  inferredProperties: Array<PropertyInference>;
  /**
   * The days the node is known to exist, from its claims and the dates of the sources that
   * attest it: nothing is shown before a source supports it. Topics, places and sources are timeless.
   */
  validity: Validity;
  /** Whether the node is known to exist on a day (YYYY-MM-DD), is not known to, or does not. */
  knownOn: Knowledge;
  /** Relationships at this node with the node at their other end, for qualifiers (role, status, date). */
  links: Array<Link>;
  /** When it was signed or took effect, as far as the source says. */
  date?: Maybe<PartialDate>;
  /** Where the agreement stands as its sources report it; null when they give no status. */
  status?: Maybe<Status>;
  /** Whether `status` is prospective; null when the source gives no status. */
  prospective?: Maybe<Scalars['Boolean']['output']>;
  /** The claims behind status and date, one per source assertion, in seed order; empty when no source gives either. */
  claims: Array<Claim>;
  /** Parties and signatories, planned ones included (see links for the status of each). */
  parties: Array<Actor>;
  /** Actors that set up, initiated or issued this agreement. */
  setUpBy: Array<Actor>;
  /** Actors that oversee the application of this agreement. */
  supervisors: Array<Actor>;
  /** Actors that gave this agreement formal approval, as the sources report having happened (an expected approval is in `links` and `statusHistory`). */
  approvedBy: Array<Actor>;
  /** Actors taking part in this agreement (a process, an initiative…). */
  participants: Array<Actor>;
  /** Actors this agreement calls on or is addressed to. */
  addressedTo: Array<Actor>;
  /** Events at which this agreement was signed, as the sources report having happened (planned: `plannedSigningAt`). */
  signedAt: Array<Event>;
  /** Events at which this agreement is planned or expected to be signed: the sources report the signing as intended, not as done. */
  plannedSigningAt: Array<Event>;
  /** Events at which this agreement was announced, as the sources report having happened (planned: `plannedAnnouncementAt`). */
  announcedAt: Array<Event>;
  /** Events at which this agreement is planned or expected to be announced: the sources report the announcement as intended, not as done. */
  plannedAnnouncementAt: Array<Event>;
  /** Meetings (councils, summits) convened under this agreement. */
  meetings: Array<Event>;
  /** Milestones and events about this agreement (e.g. becoming law). */
  milestones: Array<Event>;
  /** Events and actors that launched this agreement, as the sources report having happened (a planned launch is in `links`). */
  launchedBy: Array<Node>;
  /** Subjects this agreement deals with directly (not their broader or narrower topics). */
  topics: Array<Topic>;
  /** Agreements this one puts into practice. */
  implements: Array<Agreement>;
  /** Agreements that put this one into practice. */
  implementedBy: Array<Agreement>;
  /** Agreements this one declares support for or furthers. */
  supports: Array<Agreement>;
  /** Actors, events and agreements that declare support for this one or further it. */
  supporters: Array<Node>;
  /** Agreements and actors this one is about or changes the state of. */
  concerns: Array<Node>;
  /** Larger agreements this one is part of. */
  partOf: Array<Agreement>;
  /** Agreements that are parts of this one. */
  parts: Array<Agreement>;
  /**
   * Parties and signatories, planned ones included (see links for the status of each).
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  partiesConnection: ActorRelationshipConnection;
  /**
   * Actors that set up, initiated or issued this agreement.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  setUpByConnection: ActorRelationshipConnection;
  /**
   * Actors that oversee the application of this agreement.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  supervisorsConnection: ActorRelationshipConnection;
  /**
   * Actors that gave this agreement formal approval, as the sources report having happened (an expected approval is in `links` and `statusHistory`).
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  approvedByConnection: ActorRelationshipConnection;
  /**
   * Actors taking part in this agreement (a process, an initiative…).
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  participantsConnection: ActorRelationshipConnection;
  /**
   * Actors this agreement calls on or is addressed to.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  addressedToConnection: ActorRelationshipConnection;
  /**
   * Events at which this agreement was signed, as the sources report having happened (planned: `plannedSigningAt`).
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  signedAtConnection: EventRelationshipConnection;
  /**
   * Events at which this agreement is planned or expected to be signed: the sources report the signing as intended, not as done.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  plannedSigningAtConnection: EventRelationshipConnection;
  /**
   * Events at which this agreement was announced, as the sources report having happened (planned: `plannedAnnouncementAt`).
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  announcedAtConnection: EventRelationshipConnection;
  /**
   * Events at which this agreement is planned or expected to be announced: the sources report the announcement as intended, not as done.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  plannedAnnouncementAtConnection: EventRelationshipConnection;
  /**
   * Meetings (councils, summits) convened under this agreement.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  meetingsConnection: EventRelationshipConnection;
  /**
   * Milestones and events about this agreement (e.g. becoming law).
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  milestonesConnection: EventRelationshipConnection;
  /**
   * Events and actors that launched this agreement, as the sources report having happened (a planned launch is in `links`).
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  launchedByConnection: NodeRelationshipConnection;
  /**
   * Subjects this agreement deals with directly (not their broader or narrower topics).
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  topicsConnection: TopicRelationshipConnection;
  /**
   * Agreements this one puts into practice.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  implementsConnection: AgreementRelationshipConnection;
  /**
   * Agreements that put this one into practice.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  implementedByConnection: AgreementRelationshipConnection;
  /**
   * Agreements this one declares support for or furthers.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  supportsConnection: AgreementRelationshipConnection;
  /**
   * Actors, events and agreements that declare support for this one or further it.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  supportersConnection: NodeRelationshipConnection;
  /**
   * Agreements and actors this one is about or changes the state of.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  concernsConnection: NodeRelationshipConnection;
  /**
   * Larger agreements this one is part of.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  partOfConnection: AgreementRelationshipConnection;
  /**
   * Agreements that are parts of this one.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  partsConnection: AgreementRelationshipConnection;
  /** Signed, announced, launched, approved, expected milestones…, dated steps first in date order. */
  statusHistory: Array<StatusStep>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementKnownOnArgs = {
  day: Scalars['String']['input'];
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementLinksArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  statuses?: InputMaybe<Array<Status>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  asOfMode?: InputMaybe<AsOfMode>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementPartiesArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementSetUpByArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementSupervisorsArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementApprovedByArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementParticipantsArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementAddressedToArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementSignedAtArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementPlannedSigningAtArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementAnnouncedAtArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementPlannedAnnouncementAtArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementMeetingsArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementMilestonesArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementLaunchedByArgs = {
  where?: InputMaybe<NodeWhere>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementTopicsArgs = {
  where?: InputMaybe<TopicWhere>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementImplementsArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementImplementedByArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementSupportsArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementSupportersArgs = {
  where?: InputMaybe<NodeWhere>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementConcernsArgs = {
  where?: InputMaybe<NodeWhere>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementPartOfArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementPartsArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementPartiesConnectionArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementSetUpByConnectionArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementSupervisorsConnectionArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementApprovedByConnectionArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementParticipantsConnectionArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementAddressedToConnectionArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementSignedAtConnectionArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementPlannedSigningAtConnectionArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementAnnouncedAtConnectionArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementPlannedAnnouncementAtConnectionArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementMeetingsConnectionArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementMilestonesConnectionArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementLaunchedByConnectionArgs = {
  where?: InputMaybe<NodeWhere>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementTopicsConnectionArgs = {
  where?: InputMaybe<TopicWhere>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementImplementsConnectionArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementImplementedByConnectionArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementSupportsConnectionArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementSupportersConnectionArgs = {
  where?: InputMaybe<NodeWhere>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementConcernsConnectionArgs = {
  where?: InputMaybe<NodeWhere>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementPartOfConnectionArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A partnership, cooperation, memorandum, regulation, pledge, process or initiative. */
export type AgreementPartsConnectionArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** An agreement in a list, with its cursor. */
export type AgreementEdge = {
  /** Where this item stands: pass it as `after` for the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The agreement. */
  node: Agreement;
  /** With `involvesTopic`: the path from the agreement to the topic that made it match. */
  why?: Maybe<Path>;
};

/** A page of agreements (a Relay connection). */
export type AgreementConnection = {
  /** The agreements of this page, each with its cursor. */
  edges: Array<AgreementEdge>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many agreements the whole list holds, over all pages. */
  totalCount: Scalars['Int']['output'];
  /** Figures over the whole list (all pages): how many agreements, and the span of their dates. */
  aggregate: ListAggregate;
};

/** A place in a list, with its cursor. */
export type PlaceEdge = {
  /** Where this item stands: pass it as `after` for the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The place. */
  node: Place;
};

/** A page of places (a Relay connection). */
export type PlaceConnection = {
  /** The places of this page, each with its cursor. */
  edges: Array<PlaceEdge>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many places the whole list holds, over all pages. */
  totalCount: Scalars['Int']['output'];
  /** Figures over the whole list (all pages): how many places, and the span of their dates. */
  aggregate: ListAggregate;
};

/** A source in a list, with its cursor. */
export type SourceEdge = {
  /** Where this item stands: pass it as `after` for the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The source. */
  node: Source;
};

/** A page of sources (a Relay connection). */
export type SourceConnection = {
  /** The sources of this page, each with its cursor. */
  edges: Array<SourceEdge>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many sources the whole list holds, over all pages. */
  totalCount: Scalars['Int']['output'];
  /** Figures over the whole list (all pages): how many sources, and the span of their dates. */
  aggregate: ListAggregate;
};

/** Conditions on sources. */
export type SourceFilter = {
  /** Only sources of these kinds (official ones, news reports…). */
  kinds?: InputMaybe<Array<SourceKind>>;
};

/** Direction of a relationship seen from the node a field is on. */
export type Direction =
  | 'OUT'
  | 'IN'
  | 'BOTH';

/** How precise a date is: a year, a month or a day. */
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
  /** How precise the source is. */
  precision: DatePrecision;
  /** First day the date can denote (YYYY-MM-DD). */
  earliest: Scalars['String']['output'];
  /** Last day the date can denote (YYYY-MM-DD). */
  latest: Scalars['String']['output'];
};

/** Days from `from` to `to`, both included, as YYYY-MM-DD; either may be left open. */
export type DateRange = {
  /** First day (YYYY-MM-DD); open when left out. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Last day (YYYY-MM-DD), included; open when left out. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** A short quotation from a source, with its UTF-16 offsets in the source text. */
export type Evidence = {
  /** The document quoted. */
  source: Source;
  /** The words quoted, exactly as they stand in the source text. */
  quote: Scalars['String']['output'];
  /** Offset of the quote's first character in the source text. */
  start: Scalars['Int']['output'];
  /** Offset just past the quote's last character. */
  end: Scalars['Int']['output'];
};

/** A property of a node that no quote states, and how it follows (the ordinal of a meeting in a series…). */
export type PropertyInference = {
  /** The property's field name: ordinal, date, status or description. */
  property: Scalars['String']['output'];
  /** How the property follows from the evidence. */
  reasoning: Scalars['String']['output'];
};

/** Says how an inferred fact follows from its evidence. */
export type Inference = {
  /** How the fact follows from its evidence. */
  reasoning: Scalars['String']['output'];
};

/**
 * One source's assertion of a statement (a relationship, or an agreement's or event's own
 * status and date): what that source says, and its quotes. A statement's status, date and
 * role are derived from its claims: deprecated and superseded claims left out, preferred
 * ones first, an outcome over any plan, then the latest source, an official one before news
 * at equal dates (docs/decisions/0008-claims-and-time.md).
 */
export type Claim = {
  /** Stable within the dataset: the statement's id, ~, and the claim's key or number. */
  id: Scalars['ID']['output'];
  /** The source making the claim. */
  source: Source;
  /** Quotes from that source that support the claim. */
  evidence: Array<Evidence>;
  /** What this source says of the statement; null when it gives no status. */
  status?: Maybe<Status>;
  /** True when this source reports it only as intended or foreseen; null without a status. */
  prospective?: Maybe<Scalars['Boolean']['output']>;
  /** When it happens or happened, as this source says; null when it gives no date. */
  date?: Maybe<PartialDate>;
  /** Start of the interval over which a state holds, when this source gives one. */
  start?: Maybe<PartialDate>;
  /** End of the interval over which a state holds, when this source gives one. */
  end?: Maybe<PartialDate>;
  /** The role or scope this source gives; null when it gives none. */
  role?: Maybe<Scalars['String']['output']>;
  /** The source's own date (its publication): what the source could know. */
  sourceDate?: Maybe<PartialDate>;
  /** How the claim is ranked (Wikidata's ranks). */
  rank: ClaimRank;
  /** Why the claim is ranked so, when the seed says. */
  rankReason?: Maybe<Scalars['String']['output']>;
  /** For an outcome claim: the id of the plan claim it reports as carried out. */
  fulfils?: Maybe<Scalars['ID']['output']>;
  /** The id of a claim this one replaces (a corrected date, a changed plan). */
  supersedes?: Maybe<Scalars['ID']['output']>;
  /** True when the claim counts toward the statement's values: neither deprecated nor superseded. */
  active: Scalars['Boolean']['output'];
  /** True when the statement's current values come from this claim. */
  current: Scalars['Boolean']['output'];
  /** True when no quote states the claim outright (see inference). */
  inferred: Scalars['Boolean']['output'];
  /** How the claim follows from its quotes, when it is inferred. */
  inference?: Maybe<Inference>;
};

/** A statement linking two nodes, with its qualifiers and evidence. */
export type Relationship = {
  /** Stable id: from/TYPE/to. */
  id: Scalars['ID']['output'];
  /** What the statement says of its ends (see RelationshipType). */
  type: RelationshipType;
  /** The subject: the node the relationship starts at. */
  from: Node;
  /** The object: the node it points to. */
  to: Node;
  /** The part the subject plays, or the scope of the statement. */
  role?: Maybe<Scalars['String']['output']>;
  /** When it holds or happened, as precisely as the source says; null when undated. */
  date?: Maybe<PartialDate>;
  /** Where the statement stands as its source reports it. */
  status: Status;
  /** True when the source reports it as intended or foreseen, not as having happened. */
  prospective: Scalars['Boolean']['output'];
  /** Quotes that support the statement. */
  evidence: Array<Evidence>;
  /** True when no single quote states the fact outright (see inference). */
  inferred: Scalars['Boolean']['output'];
  /** How the statement follows from its evidence, when it is inferred. */
  inference?: Maybe<Inference>;
  /** Every source's claim of the statement, in seed order; status, date and role are derived from them. */
  claims: Array<Claim>;
  /**
   * The days the statement is known to hold, from its claims: an event from its date on, a
   * state over the interval its sources give (a point in time only then), anything undated
   * or planned only from its source's date on.
   */
  validity: Validity;
  /** Whether the statement is known to hold on a day (YYYY-MM-DD), is not known to, or has ended. */
  knownOn: Knowledge;
};


/** A statement linking two nodes, with its qualifiers and evidence. */
export type RelationshipKnownOnArgs = {
  day: Scalars['String']['input'];
};

/** The days a statement is known to hold; an absent bound is open. */
export type Validity = {
  /** First day known to hold (YYYY-MM-DD); null when nothing bounds it. */
  from?: Maybe<Scalars['String']['output']>;
  /** Last day known to hold (YYYY-MM-DD); null when it may still hold. */
  until?: Maybe<Scalars['String']['output']>;
  /** True when `until` is an end a source gives, so the statement stops holding after it. */
  ended: Scalars['Boolean']['output'];
  /** True when `from` is a beginning a source gives (an event's date, a state's start), so it did not hold before. */
  begun: Scalars['Boolean']['output'];
};

/**
 * How `asOf` reads time (docs/decisions/0008-claims-and-time.md): by default only what the
 * sources let the graph say holds on the day; on request also what is not known to.
 */
export type AsOfMode =
  /** Only what is known to hold on the day (the default). */
  | 'KNOWN'
  /** Also what is not known to hold on the day; left out only what a source says had not begun or had ended. */
  | 'INCLUDE_UNKNOWN';

/** What the sources let the graph say of a statement on a day. */
export type Knowledge =
  /** Known to hold on that day. */
  | 'KNOWN'
  /** Not known to hold: before anything supports it, or after a point in time with no sequel reported. */
  | 'UNKNOWN'
  /** A source gives an end before that day, or a beginning after it. */
  | 'NOT_HOLDING';

/** A relationship seen from one of its ends. */
export type Link = {
  /** The relationship itself, with its qualifiers and evidence. */
  relationship: Relationship;
  /** The node at the other end. */
  node: Node;
  /** OUT when the relationship starts at the node the field is on. */
  direction: Direction;
  /** Whether the relationship and the node at its other end are known on the `asOf` day asked for: KNOWN, or UNKNOWN (with asOfMode INCLUDE_UNKNOWN); null without asOf. */
  knowledge?: Maybe<Knowledge>;
};

/** Whether a path step was walked along the relationship's direction or against it. */
export type Traversal =
  | 'FORWARD'
  | 'BACKWARD';

/** One relationship on a path, and which way the walk took it. */
export type PathStep = {
  /** The relationship walked. */
  relationship: Relationship;
  /** FORWARD when walked from its subject to its object, BACKWARD when walked against it. */
  traversal: Traversal;
};

/** An explanation as a chain of nodes and relationships, in walking order. */
export type Path = {
  /** The nodes in walking order, both ends included. */
  nodes: Array<Node>;
  /** The relationships between consecutive nodes, in walking order. */
  steps: Array<PathStep>;
  /** How many steps the path has. */
  length: Scalars['Int']['output'];
  /** The path in one line, e.g. A ←CONVENED_UNDER– B –LAUNCHED→ C. */
  summary: Scalars['String']['output'];
};

/** Anything in the graph: every node has a stable id, names and evidence. */
export type Node = {
  /** Stable, readable slug. */
  id: Scalars['ID']['output'];
  /** The node's category, which is its Neo4j label. */
  category: NodeCategory;
  /** The finer kind of the node: one of its category's kinds (`ActorKind`, `AgreementKind`…, the values its filters take). */
  kind: NodeKind;
  /** The name the node is known by. */
  name: Scalars['String']['output'];
  /** Other names, abbreviations and spellings; search matches them too. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description, when the seed gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Quotes that attest the node. */
  evidence: Array<Evidence>;
  /** True when no single quote states the node outright (see inference). */
  inferred: Scalars['Boolean']['output'];
  /** How the node follows from its evidence, when it is inferred. */
  inference?: Maybe<Inference>;
  /** Properties worked out rather than quoted, where the node itself is attested, each with how it follows. */
  inferredProperties: Array<PropertyInference>;
  /**
   * The days the node is known to exist, from its claims and the dates of the sources that
   * attest it: nothing is shown before a source supports it. Topics, places and sources are timeless.
   */
  validity: Validity;
  /** Whether the node is known to exist on a day (YYYY-MM-DD), is not known to, or does not. */
  knownOn: Knowledge;
  /** Relationships at this node with the node at their other end, for qualifiers (role, status, date). */
  links: Array<Link>;
};


/** Anything in the graph: every node has a stable id, names and evidence. */
export type NodeKnownOnArgs = {
  day: Scalars['String']['input'];
};


/** Anything in the graph: every node has a stable id, names and evidence. */
export type NodeLinksArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  statuses?: InputMaybe<Array<Status>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  asOfMode?: InputMaybe<AsOfMode>;
};

/** Where a page stands in its list (Relay's page info). */
export type PageInfo = {
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items come before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the page's first item; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
  /** The cursor of the page's last item, to pass as `after` for the next page; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
};

/** What a list is ordered by. */
export type SortField =
  /** The node's name, compared lower-cased. */
  | 'NAME'
  /** The node's date, by its earliest possible day; undated nodes last whatever the direction. */
  | 'DATE'
  /** The node's id. */
  | 'ID'
  /** How many relationships the node has, out and in, of every type and whatever the day (as `mostConnected` counts them without conditions); DESC puts the most connected first. */
  | 'DEGREE';

/** Ascending or descending order. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Undated nodes sort last whatever the direction; ties are broken by id. */
export type NodeSort = {
  /** The node's name (the default), its date (earliest possible day), its id or its degree (how many relationships it has). */
  field?: SortField;
  /** ASC (the default) or DESC. */
  direction?: SortDirection;
};

/** A page of relationships and the actors at their other end (a Relay connection). */
export type ActorRelationshipConnection = {
  /** The relationships of this page, each with its cursor. */
  edges: Array<ActorRelationshipEdge>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many relationships the whole list holds, over all pages. */
  totalCount: Scalars['Int']['output'];
  /** Figures over the whole list (all pages): counts, and the span of dates. */
  aggregate: RelationshipAggregate;
};

/** A relationship in a nested connection, with the actor at its other end. */
export type ActorRelationshipEdge = {
  /** Where this item stands: pass it as `after` for the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Actor;
  /** The relationship itself: its status, date, role, evidence and claims. */
  properties: Relationship;
};

/** A page of relationships and the agreements at their other end (a Relay connection). */
export type AgreementRelationshipConnection = {
  /** The relationships of this page, each with its cursor. */
  edges: Array<AgreementRelationshipEdge>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many relationships the whole list holds, over all pages. */
  totalCount: Scalars['Int']['output'];
  /** Figures over the whole list (all pages): counts, and the span of dates. */
  aggregate: RelationshipAggregate;
};

/** A relationship in a nested connection, with the agreement at its other end. */
export type AgreementRelationshipEdge = {
  /** Where this item stands: pass it as `after` for the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Agreement;
  /** The relationship itself: its status, date, role, evidence and claims. */
  properties: Relationship;
};

/** A page of relationships and the events at their other end (a Relay connection). */
export type EventRelationshipConnection = {
  /** The relationships of this page, each with its cursor. */
  edges: Array<EventRelationshipEdge>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many relationships the whole list holds, over all pages. */
  totalCount: Scalars['Int']['output'];
  /** Figures over the whole list (all pages): counts, and the span of dates. */
  aggregate: RelationshipAggregate;
};

/** A relationship in a nested connection, with the event at its other end. */
export type EventRelationshipEdge = {
  /** Where this item stands: pass it as `after` for the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Event;
  /** The relationship itself: its status, date, role, evidence and claims. */
  properties: Relationship;
};

/** A page of relationships and the nodes at their other end (a Relay connection). */
export type NodeRelationshipConnection = {
  /** The relationships of this page, each with its cursor. */
  edges: Array<NodeRelationshipEdge>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many relationships the whole list holds, over all pages. */
  totalCount: Scalars['Int']['output'];
  /** Figures over the whole list (all pages): counts, and the span of dates. */
  aggregate: RelationshipAggregate;
};

/** A relationship in a nested connection, with the node at its other end. */
export type NodeRelationshipEdge = {
  /** Where this item stands: pass it as `after` for the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Node;
  /** The relationship itself: its status, date, role, evidence and claims. */
  properties: Relationship;
};

/** A page of relationships and the places at their other end (a Relay connection). */
export type PlaceRelationshipConnection = {
  /** The relationships of this page, each with its cursor. */
  edges: Array<PlaceRelationshipEdge>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many relationships the whole list holds, over all pages. */
  totalCount: Scalars['Int']['output'];
  /** Figures over the whole list (all pages): counts, and the span of dates. */
  aggregate: RelationshipAggregate;
};

/** A relationship in a nested connection, with the place at its other end. */
export type PlaceRelationshipEdge = {
  /** Where this item stands: pass it as `after` for the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Place;
  /** The relationship itself: its status, date, role, evidence and claims. */
  properties: Relationship;
};

/** A page of relationships and the topics at their other end (a Relay connection). */
export type TopicRelationshipConnection = {
  /** The relationships of this page, each with its cursor. */
  edges: Array<TopicRelationshipEdge>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many relationships the whole list holds, over all pages. */
  totalCount: Scalars['Int']['output'];
  /** Figures over the whole list (all pages): counts, and the span of dates. */
  aggregate: RelationshipAggregate;
};

/** A relationship in a nested connection, with the topic at its other end. */
export type TopicRelationshipEdge = {
  /** Where this item stands: pass it as `after` for the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Topic;
  /** The relationship itself: its status, date, role, evidence and claims. */
  properties: Relationship;
};

/** Figures over all the relationships of a connection, as the Neo4j GraphQL Library's `aggregate`. */
export type RelationshipAggregate = {
  /** How many relationships, and how many distinct nodes they reach. */
  count: CountAggregate;
  /** Aggregates of the nodes at the other end. */
  node: NodeAggregate;
  /** Aggregates of the relationships themselves. */
  edge: EdgeAggregate;
};

/** Figures over every node of a list, as the Neo4j GraphQL Library's `aggregate`. */
export type ListAggregate = {
  /** How many nodes the list holds. */
  count: NodeCountAggregate;
  /** Aggregates of the nodes. */
  node: NodeAggregate;
};

/** Counts over a whole list of nodes. */
export type NodeCountAggregate = {
  /** Nodes. */
  nodes: Scalars['Int']['output'];
};

/** Counts over a whole list. */
export type CountAggregate = {
  /** Distinct nodes (a node reached by two relationships counts once). */
  nodes: Scalars['Int']['output'];
  /** Relationships. */
  edges: Scalars['Int']['output'];
};

/** Aggregates of nodes. */
export type NodeAggregate = {
  /** The span of their own dates (undated ones take no part). */
  date: DateAggregate;
};

/** Aggregates of relationships. */
export type EdgeAggregate = {
  /** The span of their dates (undated ones take no part). */
  date: DateAggregate;
};

/**
 * The earliest and latest of some partial dates, each as recorded, never a day no source gives:
 * `min` is the date that can begin first, `max` the one that can end last (of "2024" and
 * "2024-05", both are "2024"); ties go to the more precise. Null when none is dated.
 */
export type DateAggregate = {
  /** The date whose first possible day is earliest. */
  min?: Maybe<PartialDate>;
  /** The date whose last possible day is latest. */
  max?: Maybe<PartialDate>;
};

/**
 * Conditions on events. `participants`, `topics`, `places` and `convenedUnder` take an id,
 * a name or an alias (failing those, the best search hit); one that names nothing of the
 * right category is a BAD_USER_INPUT that suggests the closest names. Each condition on a
 * relationship is named after the field that lists it.
 */
export type EventFilter = {
  /** Only events of these kinds. */
  kinds?: InputMaybe<Array<EventKind>>;
  /** Only events whose own status is one of these. */
  statuses?: InputMaybe<Array<Status>>;
  /** Only planned or expected events (true), or only ones reported as held or under way (false). */
  prospective?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only events whose date overlaps these days (undated ones never match). */
  date?: InputMaybe<DateRange>;
  /** Only events this actor takes part in (as the field `participants` lists them). */
  participants?: InputMaybe<Scalars['String']['input']>;
  /**
   * Only events this actor takes part in.
   * @deprecated Use `participants`, named after the field it matches.
   */
  participant?: InputMaybe<Scalars['String']['input']>;
  /** Only events that cover this topic, or a narrower one, themselves (as the field `topics` lists them). */
  topics?: InputMaybe<Scalars['String']['input']>;
  /**
   * Only events that cover this topic, or a narrower one, themselves.
   * @deprecated Use `topics`, named after the field it matches.
   */
  topic?: InputMaybe<Scalars['String']['input']>;
  /** Only events held in this place (as the field `places` lists them). */
  places?: InputMaybe<Scalars['String']['input']>;
  /**
   * Only events held in this place.
   * @deprecated Use `places`, named after the field it matches.
   */
  place?: InputMaybe<Scalars['String']['input']>;
  /** Only meetings held within the framework of this agreement. */
  convenedUnder?: InputMaybe<Scalars['String']['input']>;
  /** Only what is known to hold on this day (YYYY-MM-DD): from the first source that supports them (see asOfMode). */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** KNOWN (default): only what is known to hold on `asOf`; INCLUDE_UNKNOWN: also what is not known to (nothing a source says had not begun or had ended). */
  asOfMode?: InputMaybe<AsOfMode>;
  /**
   * Also count the sub-bodies (PART_OF, up to 4 steps down) of the actors this filter names
   * in `participants`: with it, `participants: "Japan"` also finds the events Japan's AI
   * Safety Institute, part of Japan, takes part in. False by default: only the actors named.
   */
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A summit, council, ministerial meeting, joint statement or milestone. */
export type Event = Node & {
  /** Stable, readable slug. */
  id: Scalars['ID']['output'];
  /** The node's category, which is its Neo4j label. */
  category: NodeCategory;
  /** The finer kind of an event: one of `EventKind` (the values its filters take). */
  kind: NodeKind;
  /** The name the node is known by. */
  name: Scalars['String']['output'];
  /** Other names, abbreviations and spellings; search matches them too. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description, when the seed gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Quotes that attest the node. */
  evidence: Array<Evidence>;
  /** True when no single quote states the node outright (see inference). */
  inferred: Scalars['Boolean']['output'];
  /** How the node follows from its evidence, when it is inferred. */
  inference?: Maybe<Inference>;
  /** Properties worked out rather than quoted, where the node itself is attested, each with how it follows. */
  inferredProperties: Array<PropertyInference>;
  /**
   * The days the node is known to exist, from its claims and the dates of the sources that
   * attest it: nothing is shown before a source supports it. Topics, places and sources are timeless.
   */
  validity: Validity;
  /** Whether the node is known to exist on a day (YYYY-MM-DD), is not known to, or does not. */
  knownOn: Knowledge;
  /** Relationships at this node with the node at their other end, for qualifiers (role, status, date). */
  links: Array<Link>;
  /** When it takes or took place, as precisely as the source says. */
  date?: Maybe<PartialDate>;
  /** PLANNED or EXPECTED until the source reports it HELD. */
  status?: Maybe<Status>;
  /** Whether `status` is prospective; null when the source gives no status. */
  prospective?: Maybe<Scalars['Boolean']['output']>;
  /** The claims behind status and date, one per source assertion, in seed order; empty when no source gives either. */
  claims: Array<Claim>;
  /** Position in a series, e.g. 28 for the 28th summit. */
  ordinal?: Maybe<Scalars['Int']['output']>;
  /** Where it takes place. */
  places: Array<Place>;
  /** Agreements (partnerships, processes) within whose framework this meeting is held. */
  convenedUnder: Array<Agreement>;
  /** Actors that organise or host it. */
  organisers: Array<Actor>;
  /** Actors taking part in it. */
  participants: Array<Actor>;
  /** Actors it calls on or is addressed to (a joint call, a statement). */
  addressedTo: Array<Actor>;
  /** Actors that set it up or issued it. */
  setUpBy: Array<Actor>;
  /** Agreements launched at it, as the sources report having happened (a planned launch is in `links`). */
  launched: Array<Agreement>;
  /** Agreements announced at it, as the sources report having happened (planned ones: `plannedAnnouncements`). */
  announced: Array<Agreement>;
  /** Agreements planned or expected to be announced at it: the sources report the announcement as intended, not as done. */
  plannedAnnouncements: Array<Agreement>;
  /** Agreements signed at it, as the sources report having happened (a planned signing is no signing: `plannedSignings`). */
  signed: Array<Agreement>;
  /** Agreements planned or expected to be signed at it: the sources report the signing as intended, not as done. */
  plannedSignings: Array<Agreement>;
  /** Agreements it declares support for or furthers. */
  supports: Array<Agreement>;
  /** Subjects it deals with directly (not their broader or narrower topics). */
  topics: Array<Topic>;
  /** Agreements and actors it is about or changes the state of (a law's entry into force…). */
  concerns: Array<Node>;
  /** Larger events this one is part of. */
  partOf: Array<Event>;
  /** Events that are parts of this one. */
  parts: Array<Event>;
  /**
   * Where it takes place.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  placesConnection: PlaceRelationshipConnection;
  /**
   * Agreements (partnerships, processes) within whose framework this meeting is held.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  convenedUnderConnection: AgreementRelationshipConnection;
  /**
   * Actors that organise or host it.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  organisersConnection: ActorRelationshipConnection;
  /**
   * Actors taking part in it.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  participantsConnection: ActorRelationshipConnection;
  /**
   * Actors it calls on or is addressed to (a joint call, a statement).
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  addressedToConnection: ActorRelationshipConnection;
  /**
   * Actors that set it up or issued it.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  setUpByConnection: ActorRelationshipConnection;
  /**
   * Agreements launched at it, as the sources report having happened (a planned launch is in `links`).
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  launchedConnection: AgreementRelationshipConnection;
  /**
   * Agreements announced at it, as the sources report having happened (planned ones: `plannedAnnouncements`).
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  announcedConnection: AgreementRelationshipConnection;
  /**
   * Agreements planned or expected to be announced at it: the sources report the announcement as intended, not as done.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  plannedAnnouncementsConnection: AgreementRelationshipConnection;
  /**
   * Agreements signed at it, as the sources report having happened (a planned signing is no signing: `plannedSignings`).
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  signedConnection: AgreementRelationshipConnection;
  /**
   * Agreements planned or expected to be signed at it: the sources report the signing as intended, not as done.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  plannedSigningsConnection: AgreementRelationshipConnection;
  /**
   * Agreements it declares support for or furthers.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  supportsConnection: AgreementRelationshipConnection;
  /**
   * Subjects it deals with directly (not their broader or narrower topics).
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  topicsConnection: TopicRelationshipConnection;
  /**
   * Agreements and actors it is about or changes the state of (a law's entry into force…).
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  concernsConnection: NodeRelationshipConnection;
  /**
   * Larger events this one is part of.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  partOfConnection: EventRelationshipConnection;
  /**
   * Events that are parts of this one.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  partsConnection: EventRelationshipConnection;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventKnownOnArgs = {
  day: Scalars['String']['input'];
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventLinksArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  statuses?: InputMaybe<Array<Status>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  asOfMode?: InputMaybe<AsOfMode>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventPlacesArgs = {
  where?: InputMaybe<PlaceWhere>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventConvenedUnderArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventOrganisersArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventParticipantsArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventAddressedToArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventSetUpByArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventLaunchedArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventAnnouncedArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventPlannedAnnouncementsArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventSignedArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventPlannedSigningsArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventSupportsArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventTopicsArgs = {
  where?: InputMaybe<TopicWhere>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventConcernsArgs = {
  where?: InputMaybe<NodeWhere>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventPartOfArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventPartsArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventPlacesConnectionArgs = {
  where?: InputMaybe<PlaceWhere>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventConvenedUnderConnectionArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventOrganisersConnectionArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventParticipantsConnectionArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventAddressedToConnectionArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventSetUpByConnectionArgs = {
  where?: InputMaybe<ActorWhere>;
  filter?: InputMaybe<ActorFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventLaunchedConnectionArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventAnnouncedConnectionArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventPlannedAnnouncementsConnectionArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventSignedConnectionArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventPlannedSigningsConnectionArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventSupportsConnectionArgs = {
  where?: InputMaybe<AgreementWhere>;
  filter?: InputMaybe<AgreementFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventTopicsConnectionArgs = {
  where?: InputMaybe<TopicWhere>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventConcernsConnectionArgs = {
  where?: InputMaybe<NodeWhere>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventPartOfConnectionArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A summit, council, ministerial meeting, joint statement or milestone. */
export type EventPartsConnectionArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** An event in a list, with its cursor. */
export type EventEdge = {
  /** Where this item stands: pass it as `after` for the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** A page of events (a Relay connection). */
export type EventConnection = {
  /** The events of this page, each with its cursor. */
  edges: Array<EventEdge>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many events the whole list holds, over all pages. */
  totalCount: Scalars['Int']['output'];
  /** Figures over the whole list (all pages): how many events, and the span of their dates. */
  aggregate: ListAggregate;
};

/** A part of the graph to draw: nodes, the relationships among them, and whether limits cut it. */
export type Subgraph = {
  /** Start nodes first, then by distance from them, then by id. */
  nodes: Array<Node>;
  /** The relationships among the nodes, by id. */
  edges: Array<Relationship>;
  /** True when the node limit or the per-node fan-out left nodes out. */
  truncated: Scalars['Boolean']['output'];
};

/** A file format for graph tools. */
export type ExportFormat =
  /** Cytoscape.js elements JSON */
  | 'cytoscape'
  /** D3 force-layout node-link JSON */
  | 'd3'
  /** GraphML (yEd, Gephi, NetworkX) */
  | 'graphml'
  /** GEXF 1.3 with each element's validity as its start and end (so Gephi's timeline shows what is known to hold on each day), colours, sizes and shapes */
  | 'gexf'
  /** The same as GEXF 1.2, for readers that know no 1.3 (networkx before 2.6, older Gephi) */
  | 'gexf12';

/** A subgraph serialised for another tool; `content` is the file's text. */
export type Export = {
  /** The format of `content`. */
  format: ExportFormat;
  /** The file's media type. */
  mimeType: Scalars['String']['output'];
  /** The usual file name extension, without the dot. */
  extension: Scalars['String']['output'];
  /** The file's text. */
  content: Scalars['String']['output'];
};

/** What a timeline lists. */
export type TimelineItemKind =
  | 'EVENTS'
  | 'STATEMENTS';

/** A dated event, or a dated statement that changed where something stands (signed, launched, announced…). */
export type TimelineEntry = {
  /** The date that places the entry. */
  date: PartialDate;
  /** The event, when the entry is one. */
  event?: Maybe<Event>;
  /** The statement, when the entry is one. */
  relationship?: Maybe<Relationship>;
  /** The status of the event or statement. */
  status?: Maybe<Status>;
  /** Whether that status is prospective: intended or foreseen, not reported as happened. */
  prospective?: Maybe<Scalars['Boolean']['output']>;
  /** One line: the event's name, or subject –TYPE→ object. */
  summary: Scalars['String']['output'];
};

/** A timeline entry in a list, with its cursor. */
export type TimelineEdge = {
  /** Where this item stands: pass it as `after` for the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The timeline entry. */
  node: TimelineEntry;
};

/** A page of timeline entries (a Relay connection). */
export type TimelineConnection = {
  /** The timeline entries of this page, each with its cursor. */
  edges: Array<TimelineEdge>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many timeline entries the whole list holds, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One step in an agreement's life as the sources report it. */
export type StatusStep = {
  /** The status the agreement reaches at this step. */
  status: Status;
  /** When, as precisely as the source says; null when undated. */
  date?: Maybe<PartialDate>;
  /** Whether the status is prospective: intended or foreseen, not reported as happened. */
  prospective: Scalars['Boolean']['output'];
  /** What the step is: signed at, announced at, launched by, approved by, a milestone… */
  label: Scalars['String']['output'];
  /** The statement behind the step (absent for the agreement's own status). */
  relationship?: Maybe<Relationship>;
  /** The event at which it happens, when there is one. */
  event?: Maybe<Event>;
  /** The source's claim the step is (one source's word); null for statements that record no claims. */
  claim?: Maybe<Claim>;
  /** Quotes behind the step. */
  evidence: Array<Evidence>;
};

/** How `counts` groups nodes. */
export type GroupBy =
  | 'CATEGORY'
  | 'KIND'
  | 'STATUS'
  /** Year of the earliest day the node's date can denote. */
  | 'YEAR'
  /** Topics the nodes cover directly. */
  | 'TOPIC';

/** A group of nodes and its size. */
export type GroupCount = {
  /** A category (as NodeCategory writes it: ACTOR…), kind, status, year or topic id; NONE for nodes without one. */
  key: Scalars['String']['output'];
  /** How many nodes are in the group. */
  count: Scalars['Int']['output'];
  /** The topic, when grouping by TOPIC. */
  topic?: Maybe<Topic>;
};

/** A node and how many relationships it has. */
export type NodeDegree = {
  /** The node. */
  node: Node;
  /** How many of its relationships are of the types and direction asked for. */
  degree: Scalars['Int']['output'];
};

/** A node whose name or an alias matches a search. */
export type SearchHit = {
  /** The node found. */
  node: Node;
  /** Higher is better: exact name 100, prefix 80, word prefixes about 60, substring 40; aliases 5 less. */
  score: Scalars['Float']['output'];
  /** The name or alias that matched. */
  matched: Scalars['String']['output'];
};

/** Conditions on relationships (statements). */
export type RelationshipFilter = {
  /** Only statements of these types. */
  types?: InputMaybe<Array<RelationshipType>>;
  /** Only statements whose subject is this node: an id, a name or an alias (one that names no node is an error that suggests the closest names). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only statements whose object is this node: an id, a name or an alias. */
  to?: InputMaybe<Scalars['String']['input']>;
  /** Only statements a quote of this source supports: the source's id, title or alias. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Only statements with one of these statuses. */
  statuses?: InputMaybe<Array<Status>>;
  /** Only statements reported as intended or foreseen (true), or as having happened (false). */
  prospective?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only inferred statements (true), or only those a quote states outright (false). */
  inferred?: InputMaybe<Scalars['Boolean']['input']>;
  /** The statement's date overlaps these days (undated statements never match). */
  date?: InputMaybe<DateRange>;
  /** Only what is known to hold on this day (YYYY-MM-DD): from the first source that supports them (see asOfMode). */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** KNOWN (default): only what is known to hold on `asOf`; INCLUDE_UNKNOWN: also what is not known to (nothing a source says had not begun or had ended). */
  asOfMode?: InputMaybe<AsOfMode>;
};

/** A statement in a list, with its cursor. */
export type RelationshipEdge = {
  /** Where this item stands: pass it as `after` for the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The statement. */
  node: Relationship;
};

/** A page of statements (a Relay connection). */
export type RelationshipConnection = {
  /** The statements of this page, each with its cursor. */
  edges: Array<RelationshipEdge>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many statements the whole list holds, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The dataset an answer came from; cite `version` to make a query repeatable. */
export type Dataset = {
  /** Content hash of the seed files. */
  version: Scalars['String']['output'];
  /** How many nodes it holds. */
  nodeCount: Scalars['Int']['output'];
  /** How many relationships it holds. */
  relationshipCount: Scalars['Int']['output'];
};

/** Where every question starts: nodes by id, search, lists with filters, traversals and figures. */
export type Query = {
  /** Any node by id; null when there is none. */
  node?: Maybe<Node>;
  /** Nodes in the order of `ids`; null where an id is unknown. */
  nodes: Array<Maybe<Node>>;
  /** Names and aliases, ignoring case, accents and punctuation; best match first. */
  search: Array<SearchHit>;
  /** Actors, a page at a time, filtered and sorted. */
  actors: ActorConnection;
  /** Agreements, a page at a time, filtered and sorted; with `filter.involvesTopic`, each edge says why it matched. */
  agreements: AgreementConnection;
  /** Events (summits, councils, statements, milestones), a page at a time, filtered and sorted. */
  events: EventConnection;
  /** Topics, a page at a time, sorted. */
  topics: TopicConnection;
  /** Statements, ordered by date (undated last) then id. */
  relationships: RelationshipConnection;
  /** The dataset being served: its version and size. */
  dataset: Dataset;
  /** Places (cities, regions), a page at a time, sorted. */
  places: PlaceConnection;
  /** The sources the evidence quotes, a page at a time, sorted. */
  sources: SourceConnection;
  /** A statement by its id (from/TYPE/to); null when there is none. */
  relationship?: Maybe<Relationship>;
  /**
   * The shortest paths between two nodes (ids, or names and aliases), walking
   * relationships either way; every step has its evidence. `maxHops` is at most 6.
   */
  paths: Array<Path>;
  /** The nodes within `depth` steps (at most 4) of the given ones and the relationships among them. */
  neighbourhood: Subgraph;
  /**
   * The same subgraph as `neighbourhood`, serialised for Cytoscape, D3, yEd or Gephi.
   * Without `around`, the whole graph: every node (sources included, with title and
   * URL) and every relationship, as of `asOf` when given; it takes no other filter.
   */
  subgraph: Export;
  /** Dated events and status changes in date order (earliest possible day first). */
  timeline: TimelineConnection;
  /** How many nodes fall in each group, largest first. */
  counts: Array<GroupCount>;
  /** The nodes with the most relationships (of the given types), most first. */
  mostConnected: Array<NodeDegree>;
  /**
   * What to verify next: overdue predictions, conflicting claims, facts resting on inference
   * only. Reads every statement, so it costs as much as a whole-graph export.
   */
  verification: Verification;
};


/** Where every question starts: nodes by id, search, lists with filters, traversals and figures. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Where every question starts: nodes by id, search, lists with filters, traversals and figures. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Where every question starts: nodes by id, search, lists with filters, traversals and figures. */
export type QuerySearchArgs = {
  text: Scalars['String']['input'];
  categories?: InputMaybe<Array<NodeCategory>>;
  kinds?: InputMaybe<Array<NodeKind>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Where every question starts: nodes by id, search, lists with filters, traversals and figures. */
export type QueryActorsArgs = {
  filter?: InputMaybe<ActorFilter>;
  where?: InputMaybe<ActorWhere>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Where every question starts: nodes by id, search, lists with filters, traversals and figures. */
export type QueryAgreementsArgs = {
  filter?: InputMaybe<AgreementFilter>;
  where?: InputMaybe<AgreementWhere>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Where every question starts: nodes by id, search, lists with filters, traversals and figures. */
export type QueryEventsArgs = {
  filter?: InputMaybe<EventFilter>;
  where?: InputMaybe<EventWhere>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Where every question starts: nodes by id, search, lists with filters, traversals and figures. */
export type QueryTopicsArgs = {
  where?: InputMaybe<TopicWhere>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Where every question starts: nodes by id, search, lists with filters, traversals and figures. */
export type QueryRelationshipsArgs = {
  filter?: InputMaybe<RelationshipFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Where every question starts: nodes by id, search, lists with filters, traversals and figures. */
export type QueryPlacesArgs = {
  where?: InputMaybe<PlaceWhere>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Where every question starts: nodes by id, search, lists with filters, traversals and figures. */
export type QuerySourcesArgs = {
  filter?: InputMaybe<SourceFilter>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Where every question starts: nodes by id, search, lists with filters, traversals and figures. */
export type QueryRelationshipArgs = {
  id: Scalars['ID']['input'];
};


/** Where every question starts: nodes by id, search, lists with filters, traversals and figures. */
export type QueryPathsArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  during?: InputMaybe<DateRange>;
  asOfMode?: InputMaybe<AsOfMode>;
};


/** Where every question starts: nodes by id, search, lists with filters, traversals and figures. */
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
  asOfMode?: InputMaybe<AsOfMode>;
};


/** Where every question starts: nodes by id, search, lists with filters, traversals and figures. */
export type QuerySubgraphArgs = {
  around?: InputMaybe<Array<Scalars['String']['input']>>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  categories?: InputMaybe<Array<NodeCategory>>;
  kinds?: InputMaybe<Array<NodeKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  fanOut?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  during?: InputMaybe<DateRange>;
  asOfMode?: InputMaybe<AsOfMode>;
  format: ExportFormat;
};


/** Where every question starts: nodes by id, search, lists with filters, traversals and figures. */
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


/** Where every question starts: nodes by id, search, lists with filters, traversals and figures. */
export type QueryCountsArgs = {
  groupBy: GroupBy;
  categories?: InputMaybe<Array<NodeCategory>>;
  kinds?: InputMaybe<Array<NodeKind>>;
  statuses?: InputMaybe<Array<Status>>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  asOfMode?: InputMaybe<AsOfMode>;
};


/** Where every question starts: nodes by id, search, lists with filters, traversals and figures. */
export type QueryMostConnectedArgs = {
  categories?: InputMaybe<Array<NodeCategory>>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  asOfMode?: InputMaybe<AsOfMode>;
};


/** Where every question starts: nodes by id, search, lists with filters, traversals and figures. */
export type QueryVerificationArgs = {
  referenceDate?: InputMaybe<Scalars['String']['input']>;
};

/** A subject; topics nest through broader/narrower. */
export type Topic = Node & {
  /** Stable, readable slug. */
  id: Scalars['ID']['output'];
  /** The node's category, which is its Neo4j label. */
  category: NodeCategory;
  /** The finer kind of a topic: one of `TopicKind` (the values its filters take). */
  kind: NodeKind;
  /** The name the node is known by. */
  name: Scalars['String']['output'];
  /** Other names, abbreviations and spellings; search matches them too. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description, when the seed gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Quotes that attest the node. */
  evidence: Array<Evidence>;
  /** True when no single quote states the node outright (see inference). */
  inferred: Scalars['Boolean']['output'];
  /** How the node follows from its evidence, when it is inferred. */
  inference?: Maybe<Inference>;
  /** Properties worked out rather than quoted, where the node itself is attested, each with how it follows. */
  inferredProperties: Array<PropertyInference>;
  /**
   * The days the node is known to exist, from its claims and the dates of the sources that
   * attest it: nothing is shown before a source supports it. Topics, places and sources are timeless.
   */
  validity: Validity;
  /** Whether the node is known to exist on a day (YYYY-MM-DD), is not known to, or does not. */
  knownOn: Knowledge;
  /** Relationships at this node with the node at their other end, for qualifiers (role, status, date). */
  links: Array<Link>;
  /** Broader subjects this one is a narrower subject of. */
  broader: Array<Topic>;
  /** Narrower subjects of this one. */
  narrower: Array<Topic>;
  /** Agreements and events that cover this topic directly. */
  coveredBy: Array<Node>;
  /**
   * Broader subjects this one is a narrower subject of.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  broaderConnection: TopicRelationshipConnection;
  /**
   * Narrower subjects of this one.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  narrowerConnection: TopicRelationshipConnection;
  /**
   * Agreements and events that cover this topic directly.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  coveredByConnection: NodeRelationshipConnection;
};


/** A subject; topics nest through broader/narrower. */
export type TopicKnownOnArgs = {
  day: Scalars['String']['input'];
};


/** A subject; topics nest through broader/narrower. */
export type TopicLinksArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  statuses?: InputMaybe<Array<Status>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  asOfMode?: InputMaybe<AsOfMode>;
};


/** A subject; topics nest through broader/narrower. */
export type TopicBroaderArgs = {
  where?: InputMaybe<TopicWhere>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A subject; topics nest through broader/narrower. */
export type TopicNarrowerArgs = {
  where?: InputMaybe<TopicWhere>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A subject; topics nest through broader/narrower. */
export type TopicCoveredByArgs = {
  where?: InputMaybe<NodeWhere>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A subject; topics nest through broader/narrower. */
export type TopicBroaderConnectionArgs = {
  where?: InputMaybe<TopicWhere>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A subject; topics nest through broader/narrower. */
export type TopicNarrowerConnectionArgs = {
  where?: InputMaybe<TopicWhere>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A subject; topics nest through broader/narrower. */
export type TopicCoveredByConnectionArgs = {
  where?: InputMaybe<NodeWhere>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A topic in a list, with its cursor. */
export type TopicEdge = {
  /** Where this item stands: pass it as `after` for the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The topic. */
  node: Topic;
};

/** A page of topics (a Relay connection). */
export type TopicConnection = {
  /** The topics of this page, each with its cursor. */
  edges: Array<TopicEdge>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many topics the whole list holds, over all pages. */
  totalCount: Scalars['Int']['output'];
  /** Figures over the whole list (all pages): how many topics, and the span of their dates. */
  aggregate: ListAggregate;
};

/** A city or region where events take place. */
export type Place = Node & {
  /** Stable, readable slug. */
  id: Scalars['ID']['output'];
  /** The node's category, which is its Neo4j label. */
  category: NodeCategory;
  /** The finer kind of a place: one of `PlaceKind` (the values its filters take). */
  kind: NodeKind;
  /** The name the node is known by. */
  name: Scalars['String']['output'];
  /** Other names, abbreviations and spellings; search matches them too. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description, when the seed gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Quotes that attest the node. */
  evidence: Array<Evidence>;
  /** True when no single quote states the node outright (see inference). */
  inferred: Scalars['Boolean']['output'];
  /** How the node follows from its evidence, when it is inferred. */
  inference?: Maybe<Inference>;
  /** Properties worked out rather than quoted, where the node itself is attested, each with how it follows. */
  inferredProperties: Array<PropertyInference>;
  /**
   * The days the node is known to exist, from its claims and the dates of the sources that
   * attest it: nothing is shown before a source supports it. Topics, places and sources are timeless.
   */
  validity: Validity;
  /** Whether the node is known to exist on a day (YYYY-MM-DD), is not known to, or does not. */
  knownOn: Knowledge;
  /** Relationships at this node with the node at their other end, for qualifiers (role, status, date). */
  links: Array<Link>;
  /** Events held in this place. */
  events: Array<Event>;
  /**
   * Events held in this place.
   * A page at a time, each relationship (`properties`: status, date, role, evidence, claims) beside the
   * node at its other end, with how many there are and their aggregates.
   */
  eventsConnection: EventRelationshipConnection;
};


/** A city or region where events take place. */
export type PlaceKnownOnArgs = {
  day: Scalars['String']['input'];
};


/** A city or region where events take place. */
export type PlaceLinksArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  statuses?: InputMaybe<Array<Status>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  asOfMode?: InputMaybe<AsOfMode>;
};


/** A city or region where events take place. */
export type PlaceEventsArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A city or region where events take place. */
export type PlaceEventsConnectionArgs = {
  where?: InputMaybe<EventWhere>;
  filter?: InputMaybe<EventFilter>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<NodeSort>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A document that evidence quotes; its full text is not stored. */
export type Source = Node & {
  /** Stable, readable slug. */
  id: Scalars['ID']['output'];
  /** The node's category, which is its Neo4j label. */
  category: NodeCategory;
  /** The finer kind of a source: one of `SourceKind` (the values its filters take). */
  kind: NodeKind;
  /** The name the node is known by. */
  name: Scalars['String']['output'];
  /** Other names, abbreviations and spellings; search matches them too. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description, when the seed gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Always empty: a source is its own evidence. */
  evidence: Array<Evidence>;
  /** True when no single quote states the node outright (see inference). */
  inferred: Scalars['Boolean']['output'];
  /** How the node follows from its evidence, when it is inferred. */
  inference?: Maybe<Inference>;
  /** Properties worked out rather than quoted, where the node itself is attested, each with how it follows. */
  inferredProperties: Array<PropertyInference>;
  /**
   * The days the node is known to exist, from its claims and the dates of the sources that
   * attest it: nothing is shown before a source supports it. Topics, places and sources are timeless.
   */
  validity: Validity;
  /** Whether the node is known to exist on a day (YYYY-MM-DD), is not known to, or does not. */
  knownOn: Knowledge;
  /** Relationships at this node with the node at their other end, for qualifiers (role, status, date). */
  links: Array<Link>;
  /** The document's title. */
  title: Scalars['String']['output'];
  /** Who published it. */
  publisher: Scalars['String']['output'];
  /** The section or rubric it appeared in, when there is one. */
  section?: Maybe<Scalars['String']['output']>;
  /** Who wrote it, when named. */
  author?: Maybe<Scalars['String']['output']>;
  /** When it was published. */
  publishedOn: PartialDate;
  /** Where it can be read. */
  url: Scalars['String']['output'];
  /** What the source itself rests on, e.g. minutes seen by a reporter; null when not recorded. */
  basedOn?: Maybe<Scalars['String']['output']>;
  /** Language of the text (a BCP 47 tag such as en); null when not recorded. */
  language?: Maybe<Scalars['String']['output']>;
  /** When the text was retrieved (YYYY-MM-DD); null when not recorded. */
  retrievedOn?: Maybe<Scalars['String']['output']>;
  /** sha256 of the text's bytes (sha256:<hex>), to check a copy; the text itself is never stored. */
  contentHash?: Maybe<Scalars['String']['output']>;
  /**
   * The statements a quote of this source supports, a page at a time, by date (earliest day,
   * undated last), then id: what this source says, one statement at a time.
   */
  statements: RelationshipConnection;
};


/** A document that evidence quotes; its full text is not stored. */
export type SourceKnownOnArgs = {
  day: Scalars['String']['input'];
};


/** A document that evidence quotes; its full text is not stored. */
export type SourceLinksArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  statuses?: InputMaybe<Array<Status>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  asOfMode?: InputMaybe<AsOfMode>;
};


/** A document that evidence quotes; its full text is not stored. */
export type SourceStatementsArgs = {
  filter?: InputMaybe<RelationshipFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A statement to check: a relationship, or an agreement's or event's own status and date.
 * Exactly one of `relationship` and `node` is set.
 */
export type StatementToVerify = {
  /** The relationship, when the statement is one. */
  relationship?: Maybe<Relationship>;
  /** The node whose own status and date the statement is, or which is inferred as a whole. */
  node?: Maybe<Node>;
  /** The statement in one line, e.g. Aldoria –PARTY_TO→ Data Accord, or a node's name. */
  summary: Scalars['String']['output'];
};

/** Two claims of one statement, from different sources, that disagree. */
export type ClaimConflict = {
  /** The statement both claims are about. */
  statement: StatementToVerify;
  /** The claim that comes first in the seed. */
  first: Claim;
  /** The claim that disagrees with it. */
  second: Claim;
  /** What they disagree on: the outcome, the date or the role. */
  reason: Scalars['String']['output'];
};

/** What to verify next in the whole graph, each list ordered by statement id. */
export type Verification = {
  /** The day overdue is measured against (YYYY-MM-DD). */
  referenceDate: Scalars['String']['output'];
  /**
   * Predictions gone stale: still only planned or expected, the last day their date can
   * denote is before the reference date, and no outcome claim fulfils them.
   */
  overdue: Array<StatementToVerify>;
  /** Pairs of claims from different sources that disagree, neither superseding nor fulfilling the other. */
  conflicts: Array<ClaimConflict>;
  /** Statements every counted claim of which is inferred, and nodes inferred as a whole. */
  inferredOnly: Array<StatementToVerify>;
};

/** The kind of thing a node is; each category is one Neo4j label (ACTOR is the label Actor, and the GraphQL type Actor). */
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
  | 'OFFICIAL_DOCUMENT'
  | 'OFFICIAL_STATEMENT'
  | 'LEGAL_ACT'
  | 'PRESS_RELEASE'
  | 'MEETING_MINUTES';

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
  | 'OFFICIAL_DOCUMENT'
  | 'OFFICIAL_STATEMENT'
  | 'LEGAL_ACT'
  | 'PRESS_RELEASE'
  | 'MEETING_MINUTES';

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

/** How a claim is weighed against the other claims of its statement (Wikidata's ranks). */
export type ClaimRank =
  /** Outweighs every claim of its statement that is not preferred. */
  | 'PREFERRED'
  /** Counts as usual: outcome over plan, then the latest source. */
  | 'NORMAL'
  /** No longer counts (see rankReason); kept so the record shows it. */
  | 'DEPRECATED';

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

/** Conditions on a text, compared ignoring case; all given must hold. */
export type StringCondition = {
  /** The text is this one. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** The text is one of these (at most 100). */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The text contains this. */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** The text starts with this. */
  startsWith?: InputMaybe<Scalars['String']['input']>;
  /** The text ends with this. */
  endsWith?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on a node's id. */
export type IdCondition = {
  /** The id is this one. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** The id is one of these (at most 100). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on a status; nodes or statements without one never match. */
export type StatusCondition = {
  /** The status is this one. */
  eq?: InputMaybe<Status>;
  /** The status is one of these. */
  in?: InputMaybe<Array<Status>>;
};

/**
 * Comparisons with partial dates (YYYY, YYYY-MM or YYYY-MM-DD). Each holds only for every day
 * both dates can denote: `lt: "2024-05"` is "ends before May 2024", `lte: "2024-05"` "ends by
 * the end of May 2024", `gt` "starts after", `gte` "starts on or after". Undated never matches.
 */
export type DateComparison = {
  /** Ends before this date begins. */
  lt?: InputMaybe<Scalars['String']['input']>;
  /** Ends on or before this date ends. */
  lte?: InputMaybe<Scalars['String']['input']>;
  /** Starts after this date ends. */
  gt?: InputMaybe<Scalars['String']['input']>;
  /** Starts on or after this date begins. */
  gte?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on a relationship's qualifiers; all given must hold. */
export type LinkWhere = {
  /** The relationship's status. */
  status?: InputMaybe<StatusCondition>;
  /** The relationship's date. */
  date?: InputMaybe<DateComparison>;
  /** The relationship's role (those without one never match). */
  role?: InputMaybe<StringCondition>;
};

/** Conditions on actors, as the Neo4j GraphQL Library writes them; every condition given must hold. */
export type ActorWhere = {
  /** Every one of these holds. */
  AND?: InputMaybe<Array<ActorWhere>>;
  /** At least one of these holds (an empty list: none). */
  OR?: InputMaybe<Array<ActorWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<ActorWhere>;
  /** The actor's id. */
  id?: InputMaybe<IdCondition>;
  /** The actor's name (not its aliases). */
  name?: InputMaybe<StringCondition>;
  /** The actor's kind. */
  kind?: InputMaybe<ActorKindCondition>;
  /** Bodies this actor is a component, department or sub-unit of. Quantified: some, all, none or single. */
  partOf?: InputMaybe<ActorListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  partOfConnection?: InputMaybe<ActorConnectionWhere>;
  /** Components, departments and sub-units of this actor. Quantified: some, all, none or single. */
  parts?: InputMaybe<ActorListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  partsConnection?: InputMaybe<ActorConnectionWhere>;
  /** Groups and organisations this actor belongs to as a member. Quantified: some, all, none or single. */
  memberOf?: InputMaybe<ActorListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  memberOfConnection?: InputMaybe<ActorConnectionWhere>;
  /** Members of this group or organisation. Quantified: some, all, none or single. */
  members?: InputMaybe<ActorListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  membersConnection?: InputMaybe<ActorConnectionWhere>;
  /** Bodies this person leads; the office is the link's role. Quantified: some, all, none or single. */
  heads?: InputMaybe<ActorListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  headsConnection?: InputMaybe<ActorConnectionWhere>;
  /** People who hold this body's leading office; the office is the link's role. Quantified: some, all, none or single. */
  headedBy?: InputMaybe<ActorListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  headedByConnection?: InputMaybe<ActorConnectionWhere>;
  /** Bodies whose rotating presidency this actor holds. Quantified: some, all, none or single. */
  presidencyOf?: InputMaybe<ActorListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  presidencyOfConnection?: InputMaybe<ActorConnectionWhere>;
  /** Actors holding the rotating presidency of this body. Quantified: some, all, none or single. */
  presidedBy?: InputMaybe<ActorListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  presidedByConnection?: InputMaybe<ActorConnectionWhere>;
  /** Actors this one coordinates its work with, whichever side the source names first. Quantified: some, all, none or single. */
  coordinatesWith?: InputMaybe<ActorListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  coordinatesWithConnection?: InputMaybe<ActorConnectionWhere>;
  /** Agreements this actor is a party to (planned ones included; see links for status). Quantified: some, all, none or single. */
  agreements?: InputMaybe<AgreementListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  agreementsConnection?: InputMaybe<AgreementConnectionWhere>;
  /** Agreements this actor declares support for or furthers. Quantified: some, all, none or single. */
  supports?: InputMaybe<AgreementListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  supportsConnection?: InputMaybe<AgreementConnectionWhere>;
  /** Agreements whose application this actor oversees; the link's role gives the scope. Quantified: some, all, none or single. */
  supervises?: InputMaybe<AgreementListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  supervisesConnection?: InputMaybe<AgreementConnectionWhere>;
  /** Agreements this actor gave formal approval to, as the sources report having happened (an expected approval is in `links`). Quantified: some, all, none or single. */
  approves?: InputMaybe<AgreementListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  approvesConnection?: InputMaybe<AgreementConnectionWhere>;
  /** Agreements (initiatives, processes…) this actor launched, as the sources report having happened (a planned launch is in `links`). Quantified: some, all, none or single. */
  launched?: InputMaybe<AgreementListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  launchedConnection?: InputMaybe<AgreementConnectionWhere>;
  /** Agreements set up, initiated or issued by this actor. Quantified: some, all, none or single. */
  setUp?: InputMaybe<AgreementListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  setUpConnection?: InputMaybe<AgreementConnectionWhere>;
  /** Events this actor takes part in. Quantified: some, all, none or single. */
  events?: InputMaybe<EventListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  eventsConnection?: InputMaybe<EventConnectionWhere>;
  /** Events this actor organises or hosts. Quantified: some, all, none or single. */
  organises?: InputMaybe<EventListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  organisesConnection?: InputMaybe<EventConnectionWhere>;
  /** Events and agreements this actor takes part in. Quantified: some, all, none or single. */
  participatesIn?: InputMaybe<NodeListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  participatesInConnection?: InputMaybe<NodeConnectionWhere>;
  /** Events and agreements that call on this actor or are addressed to it. Quantified: some, all, none or single. */
  addressedBy?: InputMaybe<NodeListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  addressedByConnection?: InputMaybe<NodeConnectionWhere>;
  /** Events and agreements that are about this actor or change where it stands. Quantified: some, all, none or single. */
  concernedBy?: InputMaybe<NodeListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  concernedByConnection?: InputMaybe<NodeConnectionWhere>;
};

/** Conditions on agreements, as the Neo4j GraphQL Library writes them; every condition given must hold. */
export type AgreementWhere = {
  /** Every one of these holds. */
  AND?: InputMaybe<Array<AgreementWhere>>;
  /** At least one of these holds (an empty list: none). */
  OR?: InputMaybe<Array<AgreementWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<AgreementWhere>;
  /** The agreement's id. */
  id?: InputMaybe<IdCondition>;
  /** The agreement's name (not its aliases). */
  name?: InputMaybe<StringCondition>;
  /** The agreement's kind. */
  kind?: InputMaybe<AgreementKindCondition>;
  /** The agreement's own status. */
  status?: InputMaybe<StatusCondition>;
  /** The agreement's own date. */
  date?: InputMaybe<DateComparison>;
  /** Parties and signatories, planned ones included (see links for the status of each). Quantified: some, all, none or single. */
  parties?: InputMaybe<ActorListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  partiesConnection?: InputMaybe<ActorConnectionWhere>;
  /** Actors that set up, initiated or issued this agreement. Quantified: some, all, none or single. */
  setUpBy?: InputMaybe<ActorListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  setUpByConnection?: InputMaybe<ActorConnectionWhere>;
  /** Actors that oversee the application of this agreement. Quantified: some, all, none or single. */
  supervisors?: InputMaybe<ActorListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  supervisorsConnection?: InputMaybe<ActorConnectionWhere>;
  /** Actors that gave this agreement formal approval, as the sources report having happened (an expected approval is in `links` and `statusHistory`). Quantified: some, all, none or single. */
  approvedBy?: InputMaybe<ActorListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  approvedByConnection?: InputMaybe<ActorConnectionWhere>;
  /** Actors taking part in this agreement (a process, an initiative…). Quantified: some, all, none or single. */
  participants?: InputMaybe<ActorListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  participantsConnection?: InputMaybe<ActorConnectionWhere>;
  /** Actors this agreement calls on or is addressed to. Quantified: some, all, none or single. */
  addressedTo?: InputMaybe<ActorListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  addressedToConnection?: InputMaybe<ActorConnectionWhere>;
  /** Events at which this agreement was signed, as the sources report having happened (planned: `plannedSigningAt`). Quantified: some, all, none or single. */
  signedAt?: InputMaybe<EventListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  signedAtConnection?: InputMaybe<EventConnectionWhere>;
  /** Events at which this agreement is planned or expected to be signed: the sources report the signing as intended, not as done. Quantified: some, all, none or single. */
  plannedSigningAt?: InputMaybe<EventListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  plannedSigningAtConnection?: InputMaybe<EventConnectionWhere>;
  /** Events at which this agreement was announced, as the sources report having happened (planned: `plannedAnnouncementAt`). Quantified: some, all, none or single. */
  announcedAt?: InputMaybe<EventListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  announcedAtConnection?: InputMaybe<EventConnectionWhere>;
  /** Events at which this agreement is planned or expected to be announced: the sources report the announcement as intended, not as done. Quantified: some, all, none or single. */
  plannedAnnouncementAt?: InputMaybe<EventListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  plannedAnnouncementAtConnection?: InputMaybe<EventConnectionWhere>;
  /** Meetings (councils, summits) convened under this agreement. Quantified: some, all, none or single. */
  meetings?: InputMaybe<EventListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  meetingsConnection?: InputMaybe<EventConnectionWhere>;
  /** Milestones and events about this agreement (e.g. becoming law). Quantified: some, all, none or single. */
  milestones?: InputMaybe<EventListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  milestonesConnection?: InputMaybe<EventConnectionWhere>;
  /** Events and actors that launched this agreement, as the sources report having happened (a planned launch is in `links`). Quantified: some, all, none or single. */
  launchedBy?: InputMaybe<NodeListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  launchedByConnection?: InputMaybe<NodeConnectionWhere>;
  /** Subjects this agreement deals with directly (not their broader or narrower topics). Quantified: some, all, none or single. */
  topics?: InputMaybe<TopicListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  topicsConnection?: InputMaybe<TopicConnectionWhere>;
  /** Agreements this one puts into practice. Quantified: some, all, none or single. */
  implements?: InputMaybe<AgreementListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  implementsConnection?: InputMaybe<AgreementConnectionWhere>;
  /** Agreements that put this one into practice. Quantified: some, all, none or single. */
  implementedBy?: InputMaybe<AgreementListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  implementedByConnection?: InputMaybe<AgreementConnectionWhere>;
  /** Agreements this one declares support for or furthers. Quantified: some, all, none or single. */
  supports?: InputMaybe<AgreementListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  supportsConnection?: InputMaybe<AgreementConnectionWhere>;
  /** Actors, events and agreements that declare support for this one or further it. Quantified: some, all, none or single. */
  supporters?: InputMaybe<NodeListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  supportersConnection?: InputMaybe<NodeConnectionWhere>;
  /** Agreements and actors this one is about or changes the state of. Quantified: some, all, none or single. */
  concerns?: InputMaybe<NodeListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  concernsConnection?: InputMaybe<NodeConnectionWhere>;
  /** Larger agreements this one is part of. Quantified: some, all, none or single. */
  partOf?: InputMaybe<AgreementListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  partOfConnection?: InputMaybe<AgreementConnectionWhere>;
  /** Agreements that are parts of this one. Quantified: some, all, none or single. */
  parts?: InputMaybe<AgreementListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  partsConnection?: InputMaybe<AgreementConnectionWhere>;
};

/** Conditions on events, as the Neo4j GraphQL Library writes them; every condition given must hold. */
export type EventWhere = {
  /** Every one of these holds. */
  AND?: InputMaybe<Array<EventWhere>>;
  /** At least one of these holds (an empty list: none). */
  OR?: InputMaybe<Array<EventWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<EventWhere>;
  /** The event's id. */
  id?: InputMaybe<IdCondition>;
  /** The event's name (not its aliases). */
  name?: InputMaybe<StringCondition>;
  /** The event's kind. */
  kind?: InputMaybe<EventKindCondition>;
  /** The event's own status. */
  status?: InputMaybe<StatusCondition>;
  /** The event's own date. */
  date?: InputMaybe<DateComparison>;
  /** Where it takes place. Quantified: some, all, none or single. */
  places?: InputMaybe<PlaceListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  placesConnection?: InputMaybe<PlaceConnectionWhere>;
  /** Agreements (partnerships, processes) within whose framework this meeting is held. Quantified: some, all, none or single. */
  convenedUnder?: InputMaybe<AgreementListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  convenedUnderConnection?: InputMaybe<AgreementConnectionWhere>;
  /** Actors that organise or host it. Quantified: some, all, none or single. */
  organisers?: InputMaybe<ActorListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  organisersConnection?: InputMaybe<ActorConnectionWhere>;
  /** Actors taking part in it. Quantified: some, all, none or single. */
  participants?: InputMaybe<ActorListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  participantsConnection?: InputMaybe<ActorConnectionWhere>;
  /** Actors it calls on or is addressed to (a joint call, a statement). Quantified: some, all, none or single. */
  addressedTo?: InputMaybe<ActorListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  addressedToConnection?: InputMaybe<ActorConnectionWhere>;
  /** Actors that set it up or issued it. Quantified: some, all, none or single. */
  setUpBy?: InputMaybe<ActorListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  setUpByConnection?: InputMaybe<ActorConnectionWhere>;
  /** Agreements launched at it, as the sources report having happened (a planned launch is in `links`). Quantified: some, all, none or single. */
  launched?: InputMaybe<AgreementListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  launchedConnection?: InputMaybe<AgreementConnectionWhere>;
  /** Agreements announced at it, as the sources report having happened (planned ones: `plannedAnnouncements`). Quantified: some, all, none or single. */
  announced?: InputMaybe<AgreementListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  announcedConnection?: InputMaybe<AgreementConnectionWhere>;
  /** Agreements planned or expected to be announced at it: the sources report the announcement as intended, not as done. Quantified: some, all, none or single. */
  plannedAnnouncements?: InputMaybe<AgreementListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  plannedAnnouncementsConnection?: InputMaybe<AgreementConnectionWhere>;
  /** Agreements signed at it, as the sources report having happened (a planned signing is no signing: `plannedSignings`). Quantified: some, all, none or single. */
  signed?: InputMaybe<AgreementListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  signedConnection?: InputMaybe<AgreementConnectionWhere>;
  /** Agreements planned or expected to be signed at it: the sources report the signing as intended, not as done. Quantified: some, all, none or single. */
  plannedSignings?: InputMaybe<AgreementListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  plannedSigningsConnection?: InputMaybe<AgreementConnectionWhere>;
  /** Agreements it declares support for or furthers. Quantified: some, all, none or single. */
  supports?: InputMaybe<AgreementListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  supportsConnection?: InputMaybe<AgreementConnectionWhere>;
  /** Subjects it deals with directly (not their broader or narrower topics). Quantified: some, all, none or single. */
  topics?: InputMaybe<TopicListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  topicsConnection?: InputMaybe<TopicConnectionWhere>;
  /** Agreements and actors it is about or changes the state of (a law's entry into force…). Quantified: some, all, none or single. */
  concerns?: InputMaybe<NodeListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  concernsConnection?: InputMaybe<NodeConnectionWhere>;
  /** Larger events this one is part of. Quantified: some, all, none or single. */
  partOf?: InputMaybe<EventListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  partOfConnection?: InputMaybe<EventConnectionWhere>;
  /** Events that are parts of this one. Quantified: some, all, none or single. */
  parts?: InputMaybe<EventListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  partsConnection?: InputMaybe<EventConnectionWhere>;
};

/** Conditions on topics, as the Neo4j GraphQL Library writes them; every condition given must hold. */
export type TopicWhere = {
  /** Every one of these holds. */
  AND?: InputMaybe<Array<TopicWhere>>;
  /** At least one of these holds (an empty list: none). */
  OR?: InputMaybe<Array<TopicWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<TopicWhere>;
  /** The topic's id. */
  id?: InputMaybe<IdCondition>;
  /** The topic's name (not its aliases). */
  name?: InputMaybe<StringCondition>;
  /** The topic's kind. */
  kind?: InputMaybe<TopicKindCondition>;
  /** Broader subjects this one is a narrower subject of. Quantified: some, all, none or single. */
  broader?: InputMaybe<TopicListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  broaderConnection?: InputMaybe<TopicConnectionWhere>;
  /** Narrower subjects of this one. Quantified: some, all, none or single. */
  narrower?: InputMaybe<TopicListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  narrowerConnection?: InputMaybe<TopicConnectionWhere>;
  /** Agreements and events that cover this topic directly. Quantified: some, all, none or single. */
  coveredBy?: InputMaybe<NodeListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  coveredByConnection?: InputMaybe<NodeConnectionWhere>;
};

/** Conditions on places, as the Neo4j GraphQL Library writes them; every condition given must hold. */
export type PlaceWhere = {
  /** Every one of these holds. */
  AND?: InputMaybe<Array<PlaceWhere>>;
  /** At least one of these holds (an empty list: none). */
  OR?: InputMaybe<Array<PlaceWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<PlaceWhere>;
  /** The place's id. */
  id?: InputMaybe<IdCondition>;
  /** The place's name (not its aliases). */
  name?: InputMaybe<StringCondition>;
  /** The place's kind. */
  kind?: InputMaybe<PlaceKindCondition>;
  /** Events held in this place. Quantified: some, all, none or single. */
  events?: InputMaybe<EventListWhere>;
  /** The same relationships, with conditions on each relationship (edge) and its far node (node). */
  eventsConnection?: InputMaybe<EventConnectionWhere>;
};

/** Conditions on any node, as the Neo4j GraphQL Library writes them; every condition given must hold. */
export type NodeWhere = {
  /** Every one of these holds. */
  AND?: InputMaybe<Array<NodeWhere>>;
  /** At least one of these holds (an empty list: none). */
  OR?: InputMaybe<Array<NodeWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<NodeWhere>;
  /** The node's id. */
  id?: InputMaybe<IdCondition>;
  /** The node's name (not its aliases). */
  name?: InputMaybe<StringCondition>;
  /** The node's kind. */
  kind?: InputMaybe<NodeKindCondition>;
  /** The node's own status. */
  status?: InputMaybe<StatusCondition>;
  /** The node's own date. */
  date?: InputMaybe<DateComparison>;
};

/** Conditions on a kind. */
export type ActorKindCondition = {
  /** The kind is this one. */
  eq?: InputMaybe<ActorKind>;
  /** The kind is one of these. */
  in?: InputMaybe<Array<ActorKind>>;
};

/** Conditions on a kind. */
export type AgreementKindCondition = {
  /** The kind is this one. */
  eq?: InputMaybe<AgreementKind>;
  /** The kind is one of these. */
  in?: InputMaybe<Array<AgreementKind>>;
};

/** Conditions on a kind. */
export type EventKindCondition = {
  /** The kind is this one. */
  eq?: InputMaybe<EventKind>;
  /** The kind is one of these. */
  in?: InputMaybe<Array<EventKind>>;
};

/** Conditions on a kind. */
export type TopicKindCondition = {
  /** The kind is this one. */
  eq?: InputMaybe<TopicKind>;
  /** The kind is one of these. */
  in?: InputMaybe<Array<TopicKind>>;
};

/** Conditions on a kind. */
export type PlaceKindCondition = {
  /** The kind is this one. */
  eq?: InputMaybe<PlaceKind>;
  /** The kind is one of these. */
  in?: InputMaybe<Array<PlaceKind>>;
};

/** Conditions on a kind. */
export type NodeKindCondition = {
  /** The kind is this one. */
  eq?: InputMaybe<NodeKind>;
  /** The kind is one of these. */
  in?: InputMaybe<Array<NodeKind>>;
};

/** A condition quantified over the relationships a field follows, each counted once. */
export type ActorListWhere = {
  /** At least one of them matches. */
  some?: InputMaybe<ActorWhere>;
  /** Every one of them matches (true when there are none). */
  all?: InputMaybe<ActorWhere>;
  /** None of them matches. */
  none?: InputMaybe<ActorWhere>;
  /** Exactly one of them matches. */
  single?: InputMaybe<ActorWhere>;
};

/** A condition on relationships and their far nodes, quantified over the relationships. */
export type ActorConnectionWhere = {
  /** At least one of them matches. */
  some?: InputMaybe<ActorLinkWhere>;
  /** Every one of them matches (true when there are none). */
  all?: InputMaybe<ActorLinkWhere>;
  /** None of them matches. */
  none?: InputMaybe<ActorLinkWhere>;
  /** Exactly one of them matches. */
  single?: InputMaybe<ActorLinkWhere>;
};

/** A relationship and the node at its far end. */
export type ActorLinkWhere = {
  /** Conditions on the node at the far end. */
  node?: InputMaybe<ActorWhere>;
  /** Conditions on the relationship's qualifiers. */
  edge?: InputMaybe<LinkWhere>;
};

/** A condition quantified over the relationships a field follows, each counted once. */
export type AgreementListWhere = {
  /** At least one of them matches. */
  some?: InputMaybe<AgreementWhere>;
  /** Every one of them matches (true when there are none). */
  all?: InputMaybe<AgreementWhere>;
  /** None of them matches. */
  none?: InputMaybe<AgreementWhere>;
  /** Exactly one of them matches. */
  single?: InputMaybe<AgreementWhere>;
};

/** A condition on relationships and their far nodes, quantified over the relationships. */
export type AgreementConnectionWhere = {
  /** At least one of them matches. */
  some?: InputMaybe<AgreementLinkWhere>;
  /** Every one of them matches (true when there are none). */
  all?: InputMaybe<AgreementLinkWhere>;
  /** None of them matches. */
  none?: InputMaybe<AgreementLinkWhere>;
  /** Exactly one of them matches. */
  single?: InputMaybe<AgreementLinkWhere>;
};

/** A relationship and the node at its far end. */
export type AgreementLinkWhere = {
  /** Conditions on the node at the far end. */
  node?: InputMaybe<AgreementWhere>;
  /** Conditions on the relationship's qualifiers. */
  edge?: InputMaybe<LinkWhere>;
};

/** A condition quantified over the relationships a field follows, each counted once. */
export type EventListWhere = {
  /** At least one of them matches. */
  some?: InputMaybe<EventWhere>;
  /** Every one of them matches (true when there are none). */
  all?: InputMaybe<EventWhere>;
  /** None of them matches. */
  none?: InputMaybe<EventWhere>;
  /** Exactly one of them matches. */
  single?: InputMaybe<EventWhere>;
};

/** A condition on relationships and their far nodes, quantified over the relationships. */
export type EventConnectionWhere = {
  /** At least one of them matches. */
  some?: InputMaybe<EventLinkWhere>;
  /** Every one of them matches (true when there are none). */
  all?: InputMaybe<EventLinkWhere>;
  /** None of them matches. */
  none?: InputMaybe<EventLinkWhere>;
  /** Exactly one of them matches. */
  single?: InputMaybe<EventLinkWhere>;
};

/** A relationship and the node at its far end. */
export type EventLinkWhere = {
  /** Conditions on the node at the far end. */
  node?: InputMaybe<EventWhere>;
  /** Conditions on the relationship's qualifiers. */
  edge?: InputMaybe<LinkWhere>;
};

/** A condition quantified over the relationships a field follows, each counted once. */
export type NodeListWhere = {
  /** At least one of them matches. */
  some?: InputMaybe<NodeWhere>;
  /** Every one of them matches (true when there are none). */
  all?: InputMaybe<NodeWhere>;
  /** None of them matches. */
  none?: InputMaybe<NodeWhere>;
  /** Exactly one of them matches. */
  single?: InputMaybe<NodeWhere>;
};

/** A condition on relationships and their far nodes, quantified over the relationships. */
export type NodeConnectionWhere = {
  /** At least one of them matches. */
  some?: InputMaybe<NodeLinkWhere>;
  /** Every one of them matches (true when there are none). */
  all?: InputMaybe<NodeLinkWhere>;
  /** None of them matches. */
  none?: InputMaybe<NodeLinkWhere>;
  /** Exactly one of them matches. */
  single?: InputMaybe<NodeLinkWhere>;
};

/** A relationship and the node at its far end. */
export type NodeLinkWhere = {
  /** Conditions on the node at the far end. */
  node?: InputMaybe<NodeWhere>;
  /** Conditions on the relationship's qualifiers. */
  edge?: InputMaybe<LinkWhere>;
};

/** A condition quantified over the relationships a field follows, each counted once. */
export type PlaceListWhere = {
  /** At least one of them matches. */
  some?: InputMaybe<PlaceWhere>;
  /** Every one of them matches (true when there are none). */
  all?: InputMaybe<PlaceWhere>;
  /** None of them matches. */
  none?: InputMaybe<PlaceWhere>;
  /** Exactly one of them matches. */
  single?: InputMaybe<PlaceWhere>;
};

/** A condition on relationships and their far nodes, quantified over the relationships. */
export type PlaceConnectionWhere = {
  /** At least one of them matches. */
  some?: InputMaybe<PlaceLinkWhere>;
  /** Every one of them matches (true when there are none). */
  all?: InputMaybe<PlaceLinkWhere>;
  /** None of them matches. */
  none?: InputMaybe<PlaceLinkWhere>;
  /** Exactly one of them matches. */
  single?: InputMaybe<PlaceLinkWhere>;
};

/** A relationship and the node at its far end. */
export type PlaceLinkWhere = {
  /** Conditions on the node at the far end. */
  node?: InputMaybe<PlaceWhere>;
  /** Conditions on the relationship's qualifiers. */
  edge?: InputMaybe<LinkWhere>;
};

/** A condition quantified over the relationships a field follows, each counted once. */
export type TopicListWhere = {
  /** At least one of them matches. */
  some?: InputMaybe<TopicWhere>;
  /** Every one of them matches (true when there are none). */
  all?: InputMaybe<TopicWhere>;
  /** None of them matches. */
  none?: InputMaybe<TopicWhere>;
  /** Exactly one of them matches. */
  single?: InputMaybe<TopicWhere>;
};

/** A condition on relationships and their far nodes, quantified over the relationships. */
export type TopicConnectionWhere = {
  /** At least one of them matches. */
  some?: InputMaybe<TopicLinkWhere>;
  /** Every one of them matches (true when there are none). */
  all?: InputMaybe<TopicLinkWhere>;
  /** None of them matches. */
  none?: InputMaybe<TopicLinkWhere>;
  /** Exactly one of them matches. */
  single?: InputMaybe<TopicLinkWhere>;
};

/** A relationship and the node at its far end. */
export type TopicLinkWhere = {
  /** Conditions on the node at the far end. */
  node?: InputMaybe<TopicWhere>;
  /** Conditions on the relationship's qualifiers. */
  edge?: InputMaybe<LinkWhere>;
};
