/**
 * Find every number in one English news sentence and say what it is.
 *
 * A pure module in four steps: a tokenizer that walks the sentence once; a parser for numbers in digits or
 * words ("1,100", "35 000", "2.5bn", "one hundred and five", "thirty-three"); qualifier and range detection
 * ("at least 62", "between 40 and 50", "200,000, 300,000?"); and a classifier that encodes how news prose
 * reports numbers: outcome figures ("62 soldiers were killed", "put the death toll at 83", "killed at least
 * 62 troops"), dates, years, durations, ages, money, percentages, measurements, ordinals and plain counts.
 * Every look-around is a bounded window of tokens, so the whole pass is linear in the sentence's length.
 */
import type { Metric, NumberKind, Qualifier } from "../types.ts";
import { type Core, readCore } from "./figures/core.ts";
import { readDate } from "./figures/date.ts";
import { qualifierBefore, readGroup, readPrefix, readSuffix } from "./figures/group.ts";
import { type Token, tokenize } from "./figures/tokens.ts";
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
}

/** Find every number in one English news sentence and classify it (sorted by start, non-overlapping). */
export function findNumbers(sentence: string, context: NumberContext = {}): NumberMatch[] {
  return findNumbersIn(sentence, tokenize(sentence), context).matches;
}

/** `findNumbers` over the sentence's tokens; `previousUsed` says whether the previous sentences' metric decided a figure. */
function findNumbersIn(sentence: string, toks: Token[], context: NumberContext): { matches: NumberMatch[]; previousUsed: boolean } {
  const year = context.year ?? null;
  const previous: Previous = { metric: context.previousMetric ?? null, used: false };
  const found: Match[] = [];
  const figureMetrics: Metric[] = [];
  // Tokens before `floor` belong to an earlier match, so no prefix may reach back into them.
  let floor = 0;
  const emit = (m: Match): void => {
    found.push(m);
    if (m.kind === "figure" && m.metric !== null) figureMetrics.push(m.metric);
    floor = m.end + 1;
  };
  const plain = { valueMax: null, metric: null, datetime: null };

  for (let i = 0; i < toks.length; i = Math.max(i + 1, floor)) {
    if (impliedDuration(toks, i)) {
      const q = qualifierBefore(toks, i, floor);
      emit({ ...plain, start: q?.start ?? i, end: i, kind: "duration", value: 1, qualifier: q?.qualifier ?? "exact" });
      continue;
    }
    const core = readCore(toks, i);
    if (core === null) continue;
    if (notANumber(toks, core)) {
      floor = core.last + 1;
      continue;
    }
    const date = readDate(toks, core, floor, year);
    if (date !== null) {
      const qualifier = date.range ? "range" : "exact";
      emit({ ...plain, start: date.first, end: date.last, kind: "date", value: date.value, qualifier, datetime: date.value });
      continue;
    }

    const group = readGroup(toks, core, floor);
    const { a, b } = group;
    const prefix = readPrefix(toks, group, floor);
    let start = prefix.start;
    let last = (b ?? a).last;
    let qualifier: Qualifier = group.relation === "range" ? "range" : prefix.qualifier;
    const suffix = b === null ? readSuffix(toks, last) : null;
    if (suffix !== null) ({ last, qualifier } = suffix);

    let kind: NumberKind;
    let metric: Metric | null = null;
    const unit = unitKind(toks, group, start, floor, prefix.currency);
    if (unit !== null) {
      kind = unit.kind;
      start = Math.min(start, unit.first);
      last = Math.max(last, unit.last);
    } else if (yearAt(toks, a, prefix.qualified || prefix.currency) || (a.decade && a.value >= 1000)) {
      kind = "year";
    } else if (labelNumber(toks, a, start)) {
      kind = "other";
    } else {
      ({ kind, metric } = outcome(toks, start, last, a, previous, figureMetrics));
    }
    const datetime = (c: Core): string | null => (kind === "year" && !c.decade ? String(c.value) : null);

    if (group.relation === "change" && b !== null) {
      // "from 57,600 to 73,276": the old and the new value, each a number of its own.
      emit({ start: a.first, end: a.last, kind, value: a.value, valueMax: null, qualifier: "exact", metric, datetime: datetime(a) });
      emit({ start: b.first, end: last, kind, value: b.value, valueMax: null, qualifier: "exact", metric, datetime: datetime(b) });
    } else {
      const valueMax = group.relation === "range" && b !== null ? b.value : null;
      emit({ start, end: last, kind, value: a.value, valueMax, qualifier, metric, datetime: datetime(a) });
    }
  }

  const matches = found.map((m) => {
    const start = toks[m.start]!.start;
    const end = toks[m.end]!.end;
    const { kind, value, valueMax, qualifier, metric, datetime } = m;
    return { start, end, text: sentence.slice(start, end), kind, value, valueMax, qualifier, metric, datetime };
  });
  return { matches, previousUsed: previous.used };
}

/** Return the outcome metric a sentence talks about, to carry to the next sentence's anaphora. */
export function sentenceMetric(sentence: string): Metric | null {
  const toks = tokenize(sentence);
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
 * `findNumbers(sentence, context)` and `sentenceMetric(sentence)` together, tokenizing the sentence once.
 * The context's year only dates days and the previous metric only decides anaphoric tallies, so the
 * context-free pass `sentenceMetric` needs is the same pass unless the previous metric was used.
 */
export function readSentenceNumbers(sentence: string, context: NumberContext = {}): { matches: NumberMatch[]; metric: Metric | null } {
  const toks = tokenize(sentence);
  const { matches, previousUsed } = findNumbersIn(sentence, toks, context);
  const plain = previousUsed ? findNumbersIn(sentence, toks, {}).matches : matches;
  return { matches, metric: metricOf(plain, toks) };
}

export { parseNumberWords } from "./figures/core.ts";
