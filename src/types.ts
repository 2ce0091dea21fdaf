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
  /** The source as written in this sentence, e.g. "It". */
  sourceText: string;
  cue: string;
  kind: AttributionKind;
  /** The source the named source relies on ("X quoted Y as saying": X is `via` of Y), a source id. */
  via: string | null;
  /** 1-based line in the Markdown file. */
  line: number;
  /** How the source was set: by the tagger's rules, or by an author override. */
  origin: "rule" | "override";
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
  line: number;
  /** Left out of the comparison table by the author. */
  excluded: boolean;
  /** A narrower scope or another event, when the text says so ("the previous day", "in June"). */
  scope: string | null;
  /** The id of the figure rule that read it ("tally", "clause-outcome", "outcome-verb-object"). */
  rule?: string;
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
}
