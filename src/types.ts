/**
 * The data sourced is about: sources, attributed statements, figures and numbers.
 * Every module imports its types from here.
 */

/** How a figure is hedged in the text ("at least 62" is `at-least`). */
export type Qualifier =
  | "exact"
  | "at-least"
  | "at-most"
  | "about"
  | "more-than"
  | "up-to"
  | "range";

/** What an outcome figure counts. */
export type Metric =
  | "killed"
  | "wounded"
  | "missing"
  | "displaced"
  | "crowd"
  | "arrested"
  | "other";

/** The outcome metrics, in the order the comparison table shows them. */
export const OUTCOME_METRICS: readonly Metric[] = [
  "killed",
  "wounded",
  "missing",
  "displaced",
  "arrested",
  "crowd",
  "other",
];

/** What a number in the prose is. */
export type NumberKind =
  | "figure"
  | "date"
  | "duration"
  | "count"
  | "age"
  | "year"
  | "money"
  | "percent"
  | "measurement"
  | "ordinal"
  | "other";

/** How a statement is reported. */
export type AttributionKind = "direct-quote" | "indirect" | "according-to";

/** One entry of the optional `sources` registry in an article's front matter. */
export interface RegistryEntry {
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
  url: string | null;
}

/** A canonical source: one organisation or person, however the text names it. */
export interface Source {
  id: string;
  name: string;
  /** Every way the text names it, as written ("Russia's defense ministry", "It"). */
  mentions: string[];
  description: string | null;
  url: string | null;
}

/** An attributed statement: one sentence credited to one source. */
export interface Attribution {
  /** Unique within the article; also the id of the statement element in HTML. */
  id: string;
  sentence: string;
  /** A source id. */
  source: string;
  /**
   * The part of `sentence` the statement's element wraps (offsets, end exclusive): its own clause when the
   * sentence reports two speakers ("Police said 12 died" in "Police said 12 died, while ..."), else the whole sentence.
   */
  clause: [number, number];
  /** The source as written in this sentence, e.g. "It". */
  sourceText: string;
  cue: string;
  kind: AttributionKind;
  /** The source the named source relies on ("X quoted Y as saying": X is `via` of Y), a source id. */
  via: string | null;
  /**
   * 1-based line in the Markdown file of the source as written in the sentence (its first word: "the" of "the
   * health ministry said", "It" of "It added"); of the sentence's start when the source stands in another
   * sentence (a carried quotation) or the author set it.
   */
  line: number;
  /** 1-based column of that word (or of the sentence's start) in the Markdown file. */
  column?: number;
  /** How the source was set: by the tagger's rules, or by an author override. */
  origin: "rule" | "override";
  /** The id of the tagger rule that found it ("speaker-verb", "according-to", "quotation-carry", ...); absent for an override. */
  rule?: string;
}

/** An outcome figure: a count of people killed, wounded, ... */
export interface Figure {
  id: string;
  /** The phrase as written, qualifier included ("at least 62"). */
  text: string;
  value: number;
  valueMax: number | null;
  qualifier: Qualifier;
  metric: Metric;
  /** A source id, or null when the article states the figure itself. */
  source: string | null;
  /** The id of the attribution whose statement gives the figure. */
  attribution: string | null;
  /** The id of the sentence element that states it, for links from the table. */
  sentenceId: string;
  /** 1-based line in the Markdown file of the figure's first word ("at" of "at least 62"). */
  line: number;
  /** 1-based column of that word. */
  column?: number;
  /** Left out of the comparison table by the author. */
  excluded: boolean;
  /** What the figure counts, where and when, and how it stands to the other figures (docs/data.md). */
  scope: FigureScope;
  /** The id of the figure rule that read it ("tally", "clause-outcome", "outcome-verb-object"). */
  rule?: string;
}

/**
 * How a figure stands to the article's other figures: the event's toll (`whole`), a share of another
 * figure (`part-of`), an addition to a count (`increment`), a count that a later one superseded
 * (`earlier-count`), another incident, place or period (`other-event`), a total over a period
 * (`cumulative`), or a question, projection or fear (`hypothetical`).
 */
export type ScopeRelation = "whole" | "part-of" | "increment" | "earlier-count" | "other-event" | "cumulative" | "hypothetical";

/** The structured scope of a figure: only what the text says, null where it says nothing. */
export interface FigureScope {
  /** What is counted, as written after the number ("Syrian troops", "taxi drivers"), or null ("the toll at 83"). */
  group: string | null;
  /** A place narrower than the event ("Nairobi", "the capital", "there"), or null for the whole event. */
  place: string | null;
  /** When the count stands, as written ("Monday", "on Tuesday", "later Wednesday"), or null for the article's own time. */
  time: string | null;
  /** The incident the clause names as the cause ("outbreak" in "A cholera outbreak ... has killed 87"), or null. */
  event: string | null;
  relation: ScopeRelation;
  /** For `part-of`: the id of the figure it is part of, when the article gives one. */
  partOf: string | null;
  /** The count is of what was found or confirmed so far ("48 bodies", "confirmed two deaths"): a floor, not a total. */
  floor: boolean;
  /** The count is given as a change ("has risen to 366", "raising the toll to 53", "later put ... at"). */
  update: boolean;
  /** The words of the text that set the relation ("in June", "including"), or the author's override; null for `whole`. */
  text: string | null;
  /** The name of the rule that set the relation, or `override`; null for `whole`. */
  rule: string | null;
}

/** How two figures of one metric stand to each other in the comparison. */
export type PairVerdict = "conflict" | "consistent" | "revision" | "differ";

/** A pair of figures the comparison says cannot both be right. */
export interface ComparisonConflict {
  a: string;
  b: string;
  /** Why: "62 and 83 cannot both be the toll of the same count". */
  reason: string;
}

/** A figure kept out of a metric's comparison, and why. */
export interface SetAsideFigure {
  figure: string;
  /** The figure's relation, or `excluded` when the author left it out. */
  reason: ScopeRelation | "excluded";
  /** For `part-of`: the figure it is part of. */
  partOf?: string;
}

/** Two compared figures that differ but cannot be set against each other, and what did not match. */
export interface ComparisonDifference {
  a: string;
  b: string;
  /** What the tool could not match: `group`, `place`, `time`; or `revision` for a later count of the same thing. */
  unmatched: Array<"group" | "place" | "time" | "event" | "revision">;
}

/** The comparison of one metric (the extract JSON's `comparison`). */
export interface MetricComparison {
  metric: Metric;
  /** The figures compared, in text order. */
  figures: string[];
  conflicts: ComparisonConflict[];
  /** Figures left out: parts, increments, other events, hypotheticals, exclusions. */
  setAside: SetAsideFigure[];
  /** Pairs that differ where the tool cannot tell whether they conflict, and revisions. */
  differences: ComparisonDifference[];
}

/** Any number in the prose, with its kind. */
export interface NumberMention {
  id: string;
  text: string;
  kind: NumberKind;
  /** The number, or an ISO date for dates. */
  value: number | string;
  line: number;
}

/** The article's front matter, as the tool uses it. */
export interface ArticleMeta {
  title: string;
  slug: string;
  /** ISO date (YYYY-MM-DD), or null. */
  date: string | null;
}

/** Everything `extract` returns for one article. */
export interface ArticleData {
  article: ArticleMeta;
  sources: Source[];
  attributions: Attribution[];
  figures: Figure[];
  numbers: NumberMention[];
  /** One entry per outcome metric with figures, in `OUTCOME_METRICS` order (never `other`). */
  comparison: MetricComparison[];
}
