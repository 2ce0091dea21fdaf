/**
 * Reporting verbs, each once, with the properties the attribution rules read: which forms report speech,
 * which need a reported clause after them, which characterise an object in quoted words, and the forms
 * used as participles and in conduits.
 */

/** A verb of saying and the ways news uses its forms. */
export interface ReportingVerb {
  lemma: string;
  /** Forms that report speech with a speaker: "said", "says", "say", "saying". Empty when the verb only relays. */
  forms: readonly string[];
  /**
   * Forms that are speech only with a reported clause, a quotation or "that" after them (weak cues):
   * "confirmed that ..." and "confirmed two deaths" report, "confirmed his attendance" does not. `"all"` for
   * every form.
   */
  needsClause?: readonly string[] | "all";
  /** Speech only when it characterises an object in quoted words: "called the attack “murder”". */
  characterising?: boolean;
  /** The "-ing" form that continues the main clause's speaker after a comma: ", saying ...". */
  participle?: string;
  /** The "-ing" form after "as" in a conduit: "quoted the governor as saying". */
  conduitAs?: string;
  /** Forms through which one source relays another: "AFP quoted X as saying", "X, citing officials". */
  conduit?: readonly string[];
  /** The passive form of a conduit: "X was quoted as saying", "X was reported as saying". */
  passiveConduit?: string;
  /** The participle of "sources quoted by Interfax said". */
  quotedBy?: string;
  /** Weak forms that still report when a capitalised speaker stands right before: "the UN reported the ...". */
  namedSpeaker?: readonly string[];
  /** The "-ing" form of an absolute clause with its own speaker: "with media outlets reporting that ...". */
  absolute?: string;
  /** The form of ", as reported by officials." closing a sentence. */
  asReportedBy?: string;
  /** Forms that take a speaker after them across a comma: "..., say correspondents." */
  inverted?: readonly string[];
  /** The object of the verb is the hearer, never an inverted speaker: "told reporters". */
  hearerObject?: boolean;
  /** Asks: a question or request after its hearer is what it reports ("asked the minister whether ...", "asked voters to ..."). */
  asks?: boolean;
  /** A denial: "denied responsibility" is a statement; a negated denial still reports. */
  denial?: boolean;
  /** "claimed the lives of 40 people" is an idiom of deaths, not a claim. */
  idiomOfLives?: boolean;
  /** Characterises with "as" before the quoted words: "described it as “a crime”". */
  characterisesWithAs?: boolean;
}

/** Every reporting verb the attribution rules know, by lemma. */
export const REPORTING_VERBS: readonly ReportingVerb[] = [
  { lemma: "say", forms: ["said", "says", "say", "saying"], participle: "saying", conduitAs: "saying", absolute: "saying", inverted: ["say", "says", "said"] },
  { lemma: "tell", forms: ["told", "tells", "tell", "telling"], participle: "telling", conduitAs: "telling", hearerObject: true },
  { lemma: "add", forms: ["added", "adds", "adding"], participle: "adding", conduitAs: "adding" },
  { lemma: "claim", forms: ["claimed", "claims", "claim", "claiming"], participle: "claiming", conduitAs: "claiming", absolute: "claiming", idiomOfLives: true },
  { lemma: "accuse", forms: ["accused", "accuses", "accusing"], participle: "accusing" },
  { lemma: "admit", forms: ["admitted", "admits", "admit"] },
  { lemma: "warn", forms: ["warned", "warns", "warning"], participle: "warning", conduitAs: "warning" },
  {
    lemma: "report", forms: ["reported", "reports", "report"], needsClause: "all", namedSpeaker: ["reported", "reports", "report"],
    conduit: ["reports", "reported"], passiveConduit: "reported", absolute: "reporting", asReportedBy: "reported",
  },
  { lemma: "state", forms: ["stated", "states"], needsClause: "all", conduitAs: "stating", asReportedBy: "stated" },
  { lemma: "announce", forms: ["announced", "announces", "announcing"], needsClause: "all", participle: "announcing", asReportedBy: "announced" },
  { lemma: "insist", forms: ["insisted", "insists", "insisting"], participle: "insisting" },
  { lemma: "deny", forms: ["denied", "denies", "deny", "denying"], needsClause: ["denied", "denies"], participle: "denying", denial: true },
  { lemma: "confirm", forms: ["confirmed", "confirms", "confirming"], needsClause: ["confirmed", "confirms"], participle: "confirming", asReportedBy: "confirmed" },
  { lemma: "explain", forms: ["explained", "explains"], participle: "explaining" },
  { lemma: "acknowledge", forms: ["acknowledged", "acknowledges"] },
  { lemma: "argue", forms: ["argued", "argues", "arguing"], participle: "arguing" },
  { lemma: "allege", forms: ["alleged", "alleges", "alleging"], participle: "alleging" },
  { lemma: "declare", forms: ["declared", "declares"], needsClause: "all" },
  { lemma: "assert", forms: ["asserted", "asserts"] },
  { lemma: "contend", forms: ["contended", "contends"] },
  { lemma: "write", forms: ["wrote", "writes"], conduitAs: "writing" },
  { lemma: "tweet", forms: ["tweeted"] },
  { lemma: "comment", forms: ["commented", "comments", "commenting"], needsClause: ["comments"], participle: "commenting", conduitAs: "commenting" },
  { lemma: "stress", forms: ["stressed", "stresses"], participle: "stressing" },
  { lemma: "urge", forms: ["urged"], needsClause: "all" },
  { lemma: "predict", forms: ["predicted"], needsClause: "all" },
  { lemma: "estimate", forms: ["estimated", "estimates"], needsClause: "all", absolute: "estimating" },
  { lemma: "maintain", forms: ["maintain", "maintains", "maintained"], needsClause: "all" },
  { lemma: "charge", forms: ["charged", "charging"], needsClause: ["charged"], participle: "charging" },
  { lemma: "note", forms: ["noted", "notes"], needsClause: "all", participle: "noting" },
  { lemma: "suggest", forms: ["suggested", "suggests", "suggest"], needsClause: "all" },
  { lemma: "believe", forms: ["believes"], needsClause: "all" },
  { lemma: "reveal", forms: ["revealed", "reveals"], needsClause: "all" },
  { lemma: "concede", forms: ["conceded", "concedes"] },
  { lemma: "respond", forms: ["responded"] },
  { lemma: "reply", forms: ["replied"] },
  // A question is a statement of its asker only with its words after it or before it: "“Why?” she asked",
  // "he asked, “Why?”", "asked the minister whether ..."; "asked for asylum", "asked about the plan" report nothing said.
  { lemma: "ask", forms: ["asked", "asks"], needsClause: "all", hearerObject: true, asks: true },
  // "Questions and answers have been edited": only the past tense is a cue.
  { lemma: "answer", forms: ["answered"], needsClause: "all", hearerObject: true },
  { lemma: "recall", forms: ["recalled"], needsClause: "all" },
  { lemma: "disclose", forms: ["disclosed"] },
  { lemma: "mention", forms: ["mentioned"], needsClause: "all" },
  { lemma: "indicate", forms: ["indicated", "indicates"], needsClause: "all" },
  { lemma: "express", forms: ["expressed"], needsClause: "all" },
  { lemma: "promise", forms: ["promised", "promises"], needsClause: "all" },
  { lemma: "vow", forms: ["vowed", "vows"], needsClause: "all" },
  { lemma: "pledge", forms: ["pledged", "pledges"], needsClause: "all" },
  { lemma: "record", forms: ["recorded"], needsClause: "all" },
  { lemma: "document", forms: ["documented"], needsClause: "all" },
  { lemma: "register", forms: ["registered"], needsClause: "all" },
  { lemma: "count", forms: ["counted"], needsClause: "all" },
  { lemma: "emphasize", forms: ["emphasized", "emphasised", "emphasizes", "emphasises"], needsClause: "all" },
  { lemma: "reiterate", forms: ["reiterated", "reiterates"], needsClause: "all" },
  { lemma: "caution", forms: ["cautioned"], needsClause: "all" },
  { lemma: "describe", forms: ["described", "describes"], characterising: true, characterisesWithAs: true, conduitAs: "describing" },
  { lemma: "call", forms: ["called", "calls"], characterising: true, conduitAs: "calling" },
  { lemma: "brand", forms: ["branded", "brands"], characterising: true },
  { lemma: "term", forms: ["termed", "terms"], characterising: true },
  { lemma: "dub", forms: ["dubbed"], characterising: true },
  { lemma: "label", forms: ["labelled", "labeled"], characterising: true },
  { lemma: "quote", forms: [], conduit: ["quoted", "quotes", "quoting"], passiveConduit: "quoted", quotedBy: "quoted" },
  { lemma: "cite", forms: [], conduit: ["cited", "cites", "citing"], quotedBy: "cited" },
];

const collect = (pick: (v: ReportingVerb) => readonly (string | undefined)[]): ReadonlySet<string> =>
  new Set(REPORTING_VERBS.flatMap((v) => pick(v).filter((f): f is string => f !== undefined)));

/** Every form that reports speech with a speaker ("said", "confirmed", "called"). */
export const CUE_FORMS = collect((v) => v.forms);
/** Forms that need a reported clause after them to be speech. */
export const WEAK_CUE_FORMS = collect((v) => (v.needsClause === "all" ? v.forms : (v.needsClause ?? [])));
/** Forms that report only when they characterise an object in quoted words. */
export const CHARACTERISING_FORMS = collect((v) => (v.characterising ? v.forms : []));
/** Participles that continue the main clause's speaker: ", saying ...". */
export const PARTICIPLE_FORMS = collect((v) => [v.participle]);
/** The "-ing" forms after "as" in a conduit: "as saying", "as commenting". */
export const CONDUIT_AS_FORMS = collect((v) => [v.conduitAs]);
/** Forms of a conduit: "quoted", "reports", "citing". */
export const CONDUIT_FORMS = collect((v) => v.conduit ?? []);
/** Passive conduits: "was quoted as saying", "was reported as saying". */
export const PASSIVE_CONDUIT_FORMS = collect((v) => [v.passiveConduit]);
/** "sources quoted by", "figures cited by". */
export const QUOTED_BY_FORMS = collect((v) => [v.quotedBy]);
/** Weak forms that report after a capitalised speaker. */
export const NAMED_SPEAKER_FORMS = collect((v) => v.namedSpeaker ?? []);
/** "-ing" forms of an absolute clause with its own speaker: "with media reporting that". */
export const ABSOLUTE_FORMS = collect((v) => [v.absolute]);
/** Forms of ", as reported by X." */
export const AS_REPORTED_BY_FORMS = collect((v) => [v.asReportedBy]);
/** Forms that take an inverted speaker after a comma: "..., say correspondents." */
export const INVERTED_FORMS = collect((v) => v.inverted ?? []);
/** Forms whose object is the hearer: "told reporters". */
export const HEARER_OBJECT_FORMS = collect((v) => (v.hearerObject ? v.forms : []));
/** Forms that report a question or request after the hearer: "asked the minister whether". */
export const ASKING_FORMS = collect((v) => (v.asks ? v.forms : []));
/** Forms of a denial. */
export const DENIAL_FORMS = collect((v) => (v.denial ? v.forms : []));
/** Forms of "claim", which may be the idiom "claimed the lives of". */
export const LIVES_IDIOM_FORMS = collect((v) => (v.idiomOfLives ? v.forms : []));
/** Forms that characterise with "as": "described it as". */
export const DESCRIBING_FORMS = collect((v) => (v.characterisesWithAs ? v.forms : []));
/** The forms of "report": "..., Reuters reports." relays an earlier speaker instead of replacing it. */
export const REPORT_FORMS: ReadonlySet<string> = new Set(REPORTING_VERBS.find((v) => v.lemma === "report")!.forms);
