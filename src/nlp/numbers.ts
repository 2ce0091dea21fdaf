/**
 * Find every number in one English news sentence and say what it is.
 *
 * The pass reads each number once: `figures/` reads the sentence's one token stream into numbers in digits or words
 * ("1,100", "35 000", "2.5bn", "one hundred and five", "12-hundred"), their qualifiers and ranges ("at least 62",
 * "between 40 and 50") and dates; then the named rules of `rules/figures/` decide what each number is: not a
 * number at all (`not-a-number.ts`), a money, percent, age, duration or measurement reading (`kind.ts`), a year or
 * label, or an outcome figure of some metric or a plain count (`outcome.ts`, `clause.ts`, `tally.ts`). Every
 * match records the id of the rule that decided it. The word lists live in `lexicon/`. Every look-around is a
 * bounded window of tokens, so the pass is linear in the sentence's length.
 */
import type { Metric, NumberKind, Qualifier } from "../types.ts";
import { type Core, readCore } from "./figures/core.ts";
import { readDate } from "./figures/date.ts";
import { type Group, qualifierBefore, readGroup, readPrefix, readSuffix } from "./figures/group.ts";
import { type Token, numberTokens, tokenize } from "./figures/tokens.ts";
import type { Token as SentenceToken } from "./tokens.ts";

/** The number reader's tokens: from the sentence's token stream when given, else read from the text. */
const readTokens = (sentence: string, tokens: readonly SentenceToken[] | undefined): Token[] =>
  tokens === undefined ? tokenize(sentence) : numberTokens(sentence, tokens);
import { OUTCOME_WORDS } from "./lexicon/outcomes.ts";
import { impliedDuration, unitKind, yearAt } from "./rules/figures/kind.ts";
import { labelNumber, notANumber } from "./rules/figures/not-a-number.ts";
import { outcome } from "./rules/figures/outcome.ts";
import { type Previous } from "./rules/figures/tally.ts";

/** One number in a sentence: where it is, what it is, and how it is hedged. */
export interface NumberMatch {
  /** Offsets into the sentence; the span covers the qualifier too ("at least 62"). */
  start: number;
  end: number;
  /** `sentence.slice(start, end)`. */
  text: string;
  kind: NumberKind;
  /** The number; for dates an ISO string ("2016-09-17", "2016-09", "--09-17"). */
  value: number | string;
  /** Upper bound of a range, else null. */
  valueMax: number | null;
  qualifier: Qualifier;
  /** What an outcome figure counts; null unless `kind` is "figure". */
  metric: Metric | null;
  /** The value for `<time datetime>` of dates and years, else null. */
  datetime: string | null;
  /** The id of the rule that decided the kind and metric ("tally", "clause-outcome", "date", "duration"). */
  rule: string;
}

/** What the article around the sentence says. */
export interface NumberContext {
  /** The article's year, which dates "September 17" as "2016-09-17". */
  year?: number | null;
  /** The outcome metric of the previous sentences, for "Reuters put the figure at twenty-three." */
  previousMetric?: Metric | null;
}


interface Match {
  start: number;
  end: number;
  kind: NumberKind;
  value: number | string;
  valueMax: number | null;
  qualifier: Qualifier;
  metric: Metric | null;
  datetime: string | null;
  rule: string;
}

/**
 * Find every number in one English news sentence and classify it (sorted by start, non-overlapping). `tokens`
 * is the sentence's one token stream (a sentence node's `data.tokens`); without it the text is read here.
 */
export function findNumbers(sentence: string, context: NumberContext = {}, tokens?: readonly SentenceToken[]): NumberMatch[] {
  return findNumbersIn(sentence, readTokens(sentence, tokens), context).matches;
}

/** What one pass over a sentence keeps: the matches so far, the figures' metrics, and the first free token. */
interface Pass {
  toks: Token[];
  year: number | null;
  previous: Previous;
  found: Match[];
  figureMetrics: Metric[];
  /** The largest figure found so far in the sentence, 0 before the first. */
  figureMax: number;
  /** Tokens before `floor` belong to an earlier match, so no prefix may reach back into them. */
  floor: number;
}

/** Record a match and move the floor past it. */
function emit(pass: Pass, m: Match): void {
  pass.found.push(m);
  if (m.kind === "figure" && m.metric !== null) pass.figureMetrics.push(m.metric);
  if (m.kind === "figure" && typeof m.value === "number") pass.figureMax = Math.max(pass.figureMax, m.valueMax ?? m.value);
  pass.floor = m.end + 1;
}

/** `findNumbers` over the sentence's tokens; `previousUsed` says whether the previous sentences' metric decided a figure. */
function findNumbersIn(sentence: string, toks: Token[], context: NumberContext): { matches: NumberMatch[]; previousUsed: boolean } {
  const previous: Previous = { metric: context.previousMetric ?? null, used: false };
  const pass: Pass = { toks, year: context.year ?? null, previous, found: [], figureMetrics: [], figureMax: 0, floor: 0 };
  for (let i = 0; i < toks.length; i = Math.max(i + 1, pass.floor)) readAt(pass, i);
  const matches = pass.found.map((m): NumberMatch => {
    const start = toks[m.start]!.start;
    const end = toks[m.end]!.end;
    const { kind, value, valueMax, qualifier, metric, datetime, rule } = m;
    return { start, end, text: sentence.slice(start, end), kind, value, valueMax, qualifier, metric, datetime, rule };
  });
  return { matches, previousUsed: previous.used };
}

/** Read the number that starts at token `i`, if any, and emit its matches. */
function readAt(pass: Pass, i: number): void {
  const { toks } = pass;
  if (impliedDuration(toks, i)) {
    const q = qualifierBefore(toks, i, pass.floor);
    const qualifier = q?.qualifier ?? "exact";
    emit(pass, { start: q?.start ?? i, end: i, kind: "duration", value: 1, valueMax: null, qualifier, metric: null, datetime: null, rule: "implied-duration" });
    return;
  }
  const core = readCore(toks, i);
  if (core === null) return;
  if (notANumber(toks, core) !== null) {
    pass.floor = core.last + 1;
    return;
  }
  const date = readDate(toks, core, pass.floor, pass.year);
  if (date !== null) {
    const qualifier = date.range ? "range" : "exact";
    const { first, last, value } = date;
    emit(pass, { start: first, end: last, kind: "date", value, valueMax: null, qualifier, metric: null, datetime: value, rule: "date" });
    return;
  }
  readQuantity(pass, readGroup(toks, core, pass.floor));
}

/** Classify a number or range that is no date, and emit it (a change "from 50 to 73" as two numbers). */
function readQuantity(pass: Pass, group: Group): void {
  const { toks } = pass;
  const { a, b } = group;
  const prefix = readPrefix(toks, group, pass.floor);
  let start = prefix.start;
  let last = (b ?? a).last;
  let qualifier: Qualifier = group.relation === "range" ? "range" : prefix.qualifier;
  const suffix = b === null ? readSuffix(toks, last) : null;
  if (suffix !== null) ({ last, qualifier } = suffix);
  let kind: NumberKind = "other";
  let metric: Metric | null = null;
  let rule = "label";
  const unit = unitKind(toks, group, start, pass.floor, prefix.currency);
  if (unit !== null) {
    kind = unit.kind;
    rule = unit.rule;
    start = Math.min(start, unit.first);
    last = Math.max(last, unit.last);
  } else if (yearAt(toks, a, prefix.qualified || prefix.currency) || (a.decade && a.value >= 1000)) {
    kind = "year";
    rule = "year";
  } else if (!labelNumber(toks, a, start)) {
    const decided = outcome(toks, start, last, a, pass.previous, { metrics: pass.figureMetrics, max: pass.figureMax });
    kind = decided.kind;
    metric = decided.metric;
    rule = decided.rule;
  }
  if (group.relation === "change" && b !== null) {
    // "from 57,600 to 73,276": the old and the new value, each a number of its own.
    emit(pass, { start: a.first, end: a.last, kind, value: a.value, valueMax: null, qualifier: "exact", metric, datetime: yearValue(kind, a), rule });
    emit(pass, { start: b.first, end: last, kind, value: b.value, valueMax: null, qualifier: "exact", metric, datetime: yearValue(kind, b), rule });
  } else {
    const valueMax = group.relation === "range" && b !== null ? b.value : null;
    emit(pass, { start, end: last, kind, value: a.value, valueMax, qualifier, metric, datetime: yearValue(kind, a), rule });
  }
}

/** The `datetime` of a year ("2005"), null for any other number and for decades. */
function yearValue(kind: NumberKind, c: Core): string | null {
  return kind === "year" && !c.decade ? String(c.value) : null;
}

/** Return the outcome metric a sentence talks about, to carry to the next sentence's anaphora. */
export function sentenceMetric(sentence: string, tokens?: readonly SentenceToken[]): Metric | null {
  const toks = readTokens(sentence, tokens);
  return metricOf(findNumbersIn(sentence, toks, {}).matches, toks);
}

/** The metric `sentenceMetric` gives, from the sentence's numbers found with no context and its tokens. */
function metricOf(found: NumberMatch[], toks: Token[]): Metric | null {
  for (let k = found.length - 1; k >= 0; k--) if (found[k]!.kind === "figure") return found[k]!.metric;
  for (const t of toks) {
    const cue = t.type === "word" ? OUTCOME_WORDS.get(t.lower) : undefined;
    if (cue !== undefined && !cue.weak && !cue.passiveOnly && !cue.activeOnly) return cue.metric;
  }
  return null;
}

/**
 * `findNumbers(sentence, context, tokens)` and `sentenceMetric(sentence, tokens)` together, over the sentence's
 * one token stream. The context's year only dates days and the previous metric only decides anaphoric tallies,
 * so the context-free pass `sentenceMetric` needs is the same pass unless the previous metric was used.
 */
export function readSentenceNumbers(
  sentence: string,
  context: NumberContext = {},
  tokens?: readonly SentenceToken[],
): { matches: NumberMatch[]; metric: Metric | null } {
  const toks = readTokens(sentence, tokens);
  const { matches, previousUsed } = findNumbersIn(sentence, toks, context);
  const plain = previousUsed ? findNumbersIn(sentence, toks, {}).matches : matches;
  return { matches, metric: metricOf(plain, toks) };
}

export { parseNumberWords } from "./figures/core.ts";
