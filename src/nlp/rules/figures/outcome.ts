/**
 * Decide whether a number of people or things is an outcome figure, and of what: an ordered list of named
 * rules, each with its examples; the first that decides wins.
 */
import type { Metric } from "../../../types.ts";
import { type Core } from "../../figures/core.ts";
import { HYPHENS, SENTENCE_END_MARKS, type Token, capitalised, punct, word } from "../../figures/tokens.ts";
import {
  FUNCTION_WORDS, NP_BREAKERS, PARTITIVE_DETERMINERS, PASSIVE_AUX, YEAR_PREPOSITIONS,
} from "../../lexicon/clause-words.ts";
import { DETERMINERS } from "../../lexicon/function-words.ts";
import { PARTITIVE_PRONOUNS } from "../../lexicon/pronouns.ts";
import { RESCUE_PARTICLES } from "../../lexicon/outcomes.ts";
import { TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from "../../lexicon/numbers.ts";
import {
  CHANGE_VERBS, DRAW_VERBS, ELLIPTICAL_OTHERS, ESTIMATE_VERBS, HOUSEHOLDS, INCLUSION, LINKS, LOSE_VERBS,
  MODIFIER_OUTCOMES, OUTCOME_WORDS, PERSON_WORDS, RALLY_NOUNS, REMAINS_NOUNS, SEARCH_VERBS, SELF_NAMED_TALLIES,
  SEVERITY, TALLY_NOUNS, VERDICTS, RESCUE_VERBS,
} from "../../lexicon/outcomes.ts";
import { passiveAt, scanForward, thingsHead } from "./clause.ts";
import { type Rule } from "./rule.ts";
import { type Previous, cueBefore, ofPhraseMetric, tallyMetric, usePrevious } from "./tally.ts";

/** Words back from a draw verb to its rally noun: "the march through the capital drew 20,000". */
const DRAW_REACH = 8;
/** Words back from a link to its tally: "put the death toll from Sunday's blast at 83". */
const TALLY_REACH = 12;
/** Words back from a change verb to its tally, past a long subject: "The death toll from the collapse of a six-storey
 * building in southern China rose to 29". */
const CHANGE_TALLY_REACH = 20;
/** Tokens back from a link before the tally search gives up, punctuation included. */
const TALLY_TOKEN_REACH = 40;
/** Words back from "were" to "among": "Among the dead, police said, were 12 children". */
const AMONG_REACH = 6;
/** Tokens back from "and" to the numeral after an inclusion word: "included four civilians and six police". */
const LIST_REACH = 6;
/** Words back from an inclusion to an outcome word, when no figure came before: "killing X, including three". */
const INCLUSION_REACH = 20;
/** Words back from a bare number to the outcome noun it answers: "how many bodies are in the rubble — 200,000?" */
const ANAPHOR_REACH = 12;

/** Words back from a headless number to the outcome verb of an earlier clause: "Floods have killed people in four
 * provinces across the north, 35 in Sindh alone". */
const EARLIER_CLAUSE_REACH = 16;
/** Marks and words that open a new clause before a headless number: "..., 35 in Sindh", "... and 12 of them". */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([",", ";", "—", "–", "and", "with", "while"]);

/** How a number reads as an outcome: a figure of a metric, a plain count, or something else. */
interface Outcome {
  kind: "figure" | "count" | "other";
  metric: Metric | null;
  /** The id of the rule that decided. */
  rule: string;
}

/** What an outcome rule reads about one number. */
interface OutcomeInput {
  toks: Token[];
  /** First and last token of the number's span, qualifier included. */
  start: number;
  last: number;
  core: Core;
  previous: Previous;
  /** Metrics of the figures found before it in the sentence, and the largest of their values. */
  earlier: readonly Metric[];
  earlierMax: number;
  /** The word just before the span, lower case ("" for punctuation). */
  prev: string;
  /** The token just after the span. */
  after: number;
  /** A tally link before the number: "at 83", "to 366", "well past 60,000". */
  linked: boolean;
  /** The "of" phrase after the number ("two of the dead"), or null. */
  of: { metric: Metric | null; end: number } | null;
}

type Decision = Omit<Outcome, "rule">;

const COUNT: Decision = { kind: "count", metric: null };
const OTHER: Decision = { kind: "other", metric: null };

/** A figure of `metric`, unless it counts households: "2,300 families fled" is no count of the displaced. */
function figure(x: OutcomeInput, metric: Metric): Decision {
  return { kind: "figure", metric: HOUSEHOLDS.has(word(x.toks, x.last + 1)) ? "other" : metric };
}

/** The metric of the last figure before this one in the sentence, if any. */
function lastEarlier(x: OutcomeInput): Metric | null {
  return x.earlier.length > 0 ? x.earlier[x.earlier.length - 1]! : null;
}

/** Whether the token at `k` is a numeral, in digits or a small number word. */
function numeralAt(toks: Token[], k: number): boolean {
  const w = word(toks, k);
  return toks[k]?.type === "num" || UNIT_WORDS.has(w) || TEEN_WORDS.has(w) || TENS_WORDS.has(w);
}

/** Whether a word of `words` stands at a token from `from` back to `lowest`. */
function seenBefore(toks: Token[], from: number, lowest: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k >= 0 && k >= lowest; k--) if (words.has(word(toks, k))) return true;
  return false;
}

/** `no-outcome`: "no one", "none of the 40", "sentenced 12 people to death" state no outcome of the number. */
const noOutcome: Rule<OutcomeInput, Decision> = {
  id: "no-outcome",
  apply: (x) => (x.prev === "no" || (x.prev === "of" && word(x.toks, x.start - 2) === "none") || VERDICTS.has(x.prev) ? COUNT : null),
};

/** `things-head`: outcomes happen to people; "rebels captured 3 towns", "200 houses were destroyed" count things. */
const thingsCounted: Rule<OutcomeInput, Decision> = {
  id: "things-head",
  apply: (x) => (thingsHead(x.toks, x.last + 1) ? COUNT : null),
};

/** `population-size`: "half of the 17,000 person population is missing" sizes a population. */
const populationSize: Rule<OutcomeInput, Decision> = {
  id: "population-size",
  apply: (x) => {
    const next = word(x.toks, x.last + 1);
    return next === "population" || (PERSON_WORDS.has(next) && word(x.toks, x.last + 2) === "population") ? COUNT : null;
  },
};

/** `outcome-verb-object`: "killed at least 62 troops", "jailed two journalists", "killing all nine people aboard". */
const outcomeVerbObject: Rule<OutcomeInput, Decision> = {
  id: "outcome-verb-object",
  apply: (x) => {
    const verbAt = x.prev === "all" ? x.start - 2 : x.start - 1;
    const verbWord = word(x.toks, verbAt);
    const verb = OUTCOME_WORDS.get(verbWord);
    if (verb === undefined || !verb.transitive || verb.passiveOnly) return null;
    return verbWord.endsWith("ing") || !passiveAt(x.toks, verbAt) ? figure(x, verb.metric) : null;
  },
};

/** `rally-draws`: "the march drew 20,000 people", "the vigil attracted 5,000". */
const rallyDraws: Rule<OutcomeInput, Decision> = {
  id: "rally-draws",
  apply: (x) => (DRAW_VERBS.has(x.prev) && seenBefore(x.toks, x.start - 2, x.start - DRAW_REACH, RALLY_NOUNS) ? figure(x, "crowd") : null),
};

/** `lost-to-cause`: "Kenya loses about 4,000 people to road crashes every year" counts the dead. */
const lostToCause: Rule<OutcomeInput, Decision> = {
  id: "lost-to-cause",
  apply: (x) => {
    if (!LOSE_VERBS.has(x.prev) || word(x.toks, x.last + 1) === "to") return null;
    return word(x.toks, x.last + 2) === "to" || word(x.toks, x.last + 3) === "to" ? figure(x, "killed") : null;
  },
};

/** `searched-for`: "rescuers were searching for 21 people" counts the missing. */
const searchedFor: Rule<OutcomeInput, Decision> = {
  id: "searched-for",
  apply: (x) => (x.prev === "for" && SEARCH_VERBS.has(word(x.toks, x.start - 2)) ? figure(x, "missing") : null),
};

/** `lives-of`: "claimed the lives of 70 people", "recovered the bodies of 87 victims" count the dead. */
const livesOf: Rule<OutcomeInput, Decision> = {
  id: "lives-of",
  apply: (x) => (x.prev === "of" && REMAINS_NOUNS.has(word(x.toks, x.start - 2)) ? figure(x, "killed") : null),
};

/** `estimate-it`: "Police put it at 8,000" takes up the previous sentence's outcome. */
const estimateIt: Rule<OutcomeInput, Decision> = {
  id: "estimate-it",
  apply: (x) => {
    const it = x.prev === "at" && word(x.toks, x.start - 2) === "it" && ESTIMATE_VERBS.has(word(x.toks, x.start - 3));
    return it && x.previous.metric !== null ? figure(x, usePrevious(x.previous)!) : null;
  },
};

/**
 * `tally`: a tally noun before a link names the figure: "put the death toll at 83", "a fatalities count of 281",
 * "the toll has risen to 366", "pushed the death toll well past 60,000", "turnout was 20,000". "of" binds to the
 * noun just before it; "at", "to" and the copulas to a verb whose object or subject is the tally.
 */
const tally: Rule<OutcomeInput, Decision> = {
  id: "tally",
  apply: (x) => {
    const { toks, start } = x;
    // A partitive is no tally's value: "estimates ranged ... by a spokesman from one of the organizers".
    const partitiveAhead = start === x.last && word(toks, start) === "one" && word(toks, x.last + 1) === "of" &&
      PARTITIVE_DETERMINERS.has(word(toks, x.last + 2));
    if (!x.linked || partitiveAhead) return null;
    const reach = x.prev === "of" ? 1 : CHANGE_VERBS.has(word(toks, start - 2)) ? CHANGE_TALLY_REACH : TALLY_REACH;
    let words = 0;
    for (let k = start - 2; k >= 0 && k > start - TALLY_TOKEN_REACH && words < reach; k--) {
      const t = toks[k]!;
      if (t.type === "punct" && SENTENCE_END_MARKS.has(t.text)) break;
      if (t.type !== "word") continue;
      words++;
      const named = SELF_NAMED_TALLIES.get(t.lower);
      if (!TALLY_NOUNS.has(t.lower) && !MODIFIER_OUTCOMES.has(t.lower) && named === undefined) continue;
      const metric = named ?? tallyMetric(toks, k, x.earlier, x.previous);
      if (metric === "none") return null;
      return metric === null ? OTHER : figure(x, metric);
    }
    return null;
  },
};

/** `strong-size`: "a 1,000-strong crowd" sizes a crowd; "a 5,000-strong force" counts troops. */
const strongSize: Rule<OutcomeInput, Decision> = {
  id: "strong-size",
  apply: (x) => {
    if (!HYPHENS.has(punct(x.toks, x.after)) || word(x.toks, x.after + 1) !== "strong") return null;
    return RALLY_NOUNS.has(word(x.toks, x.after + 2)) ? figure(x, "crowd") : COUNT;
  },
};

/** `severity-of-them`: "More than 1,400 people were injured, 96 of them seriously" keeps the outcome just given. */
const severityOfThem: Rule<OutcomeInput, Decision> = {
  id: "severity-of-them",
  apply: (x) => {
    const earlier = lastEarlier(x);
    const ofThem = word(x.toks, x.after) === "of" && word(x.toks, x.after + 1) === "them";
    return ofThem && SEVERITY.has(word(x.toks, x.after + 2)) && earlier !== null ? figure(x, earlier) : null;
  },
};

/** `partitive`: "two of the dead", "one of the injured". */
const partitive: Rule<OutcomeInput, Decision> = {
  id: "partitive",
  apply: (x) => (x.of?.metric ? figure(x, x.of.metric) : null),
};

/** Whether a word follows the number, so its clause can be read ("41 and 17 deaths" shares the next noun). */
function hasPredicate(x: OutcomeInput): boolean {
  const next = x.toks[x.after];
  if (next === undefined || next.type !== "word") return false;
  const coordinated = next.lower === "and" && numeralAt(x.toks, x.after + 1);
  return !NP_BREAKERS.has(next.lower) || coordinated;
}

/**
 * `clause-outcome`: the clause's verb or the number's head noun: "62 soldiers were killed", "Eight people died",
 * "111,481 bodies", "six officials, including the chairman, had been detained". An active outcome verb with an
 * object makes the number its agent: "two bombs killed 12" counts no victims in "two".
 */
const clauseOutcome: Rule<OutcomeInput, Decision> = {
  id: "clause-outcome",
  apply: (x) => {
    if (!hasPredicate(x)) return null;
    const scan = scanForward(x.toks, x.of?.end ?? x.after);
    if (scan === "agent") return COUNT;
    return scan === null ? null : figure(x, scan.metric);
  },
};

/** `among-the`: "Among the dead were 12 children", "Among the injured, officials said, are four police officers". */
const amongThe: Rule<OutcomeInput, Decision> = {
  id: "among-the",
  apply: (x) => {
    if (!PASSIVE_AUX.has(x.prev)) return null;
    for (let k = x.start - 2; k >= 0 && k >= x.start - AMONG_REACH; k--) {
      if (word(x.toks, k) !== "among") continue;
      const among = ofPhraseMetric(x.toks, k);
      if (among.metric !== null) return figure(x, among.metric);
    }
    return null;
  },
};

/** `inclusion`: "11 people have been killed, including at least one police officer", "among them two children". */
const inclusion: Rule<OutcomeInput, Decision> = {
  id: "inclusion",
  apply: (x) => {
    if (!INCLUSION.has(x.prev) && !(x.prev === "them" && word(x.toks, x.start - 2) === "among")) return null;
    const inherited = lastEarlier(x) ?? cueBefore(x.toks, x.start - 2, INCLUSION_REACH, false);
    return inherited === null ? null : figure(x, inherited);
  },
};

/** `inclusion-list`: "The dead included four civilians and six security personnel": the list shares its outcome. */
const inclusionList: Rule<OutcomeInput, Decision> = {
  id: "inclusion-list",
  apply: (x) => {
    const earlier = lastEarlier(x);
    if (x.prev !== "and" || earlier === null) return null;
    for (let k = x.start - 2; k >= 0 && k >= x.start - LIST_REACH; k--) {
      if (x.toks[k]!.type === "punct") break;
      if (numeralAt(x.toks, k) && INCLUSION.has(word(x.toks, k - 1))) return figure(x, earlier);
    }
    return null;
  },
};

/** `elliptical-others`: "19 passengers died on the spot and four others on the way" repeats the outcome. */
const ellipticalOthers: Rule<OutcomeInput, Decision> = {
  id: "elliptical-others",
  apply: (x) => {
    const earlier = lastEarlier(x);
    const joined = x.prev === "and" || x.prev === ",";
    return joined && ELLIPTICAL_OTHERS.has(word(x.toks, x.after)) && earlier !== null ? figure(x, earlier) : null;
  },
};

/** Whether the number has no head noun of its own: "six on Tuesday", "six from the mud" (not "six more"). */
function headless(x: OutcomeInput): boolean {
  const next = word(x.toks, x.after);
  return x.of === null && (next === "" || NP_BREAKERS.has(next) || (FUNCTION_WORDS.has(next) && !ELLIPTICAL_OTHERS.has(next)));
}

/** Whether the number heads a partitive of a pronoun: "60 of them", "12 of whom". */
function partOfThem(x: OutcomeInput): boolean {
  return x.of !== null && PARTITIVE_PRONOUNS.has(word(x.toks, x.after + 1));
}

/** The outcome verb or adjective of an earlier clause of the sentence, searching back from `from`. */
function earlierClauseOutcome(toks: Token[], from: number): Metric | null {
  let words = 0;
  for (let k = from; k >= 0 && words < EARLIER_CLAUSE_REACH; k--) {
    const t = toks[k]!;
    if (t.type === "punct" && SENTENCE_END_MARKS.has(t.text)) return null;
    if (t.type !== "word") continue;
    words++;
    const cue = OUTCOME_WORDS.get(t.lower);
    if (cue !== undefined && cue.pos !== "noun" && !cue.weak && !cue.passiveOnly && !cue.activeOnly) return cue.metric;
  }
  return null;
}

/**
 * `earlier-clause`: a part "of them" after a clause break counts the outcome of an earlier clause of the
 * sentence: "The storm injured residents of three towns, at least 60 of them in Ashton", "Police detained
 * protesters, 12 of them students". (A bare share such as "..., 35 in Sindh alone" is left alone: with no total
 * beside it, it would be compared as the source's whole toll.)
 */
const earlierClause: Rule<OutcomeInput, Decision> = {
  id: "earlier-clause",
  apply: (x) => {
    if (x.linked || !CLAUSE_BREAKS.has(punct(x.toks, x.start - 1) || x.prev) || !partOfThem(x)) return null;
    const metric = lastEarlier(x) ?? earlierClauseOutcome(x.toks, x.start - 2);
    return metric === null ? null : figure(x, metric);
  },
};

/**
 * `rescue-object`: the implicit object of a verb of getting people out takes the outcome noun the sentence
 * named: "Rescuers digging for bodies in the mud pulled out six on Tuesday". With no outcome named, those pulled
 * out are no figure ("rescuers pulled out six" may be survivors); "six more" is an increment, left to the count.
 */
const rescueObject: Rule<OutcomeInput, Decision> = {
  id: "rescue-object",
  apply: (x) => {
    const particle = RESCUE_PARTICLES.has(x.prev);
    const verb = word(x.toks, particle ? x.start - 2 : x.start - 1);
    if (!RESCUE_VERBS.has(verb) || !headless(x)) return null;
    const metric = cueBefore(x.toks, x.start - 2, ANAPHOR_REACH, true);
    return metric === null ? null : figure(x, metric);
  },
};

/** Whether the words after "in" at `k` name a place: "in Bargaun", "in Kesari district" (a capital at once). */
function placeAfter(toks: Token[], k: number): boolean {
  return word(toks, k) === "in" && capitalised(toks, k + 1);
}

/**
 * `place-share`: a headless number after a clause break, followed by "in" and a place, is that place's share of
 * a larger figure given before it in the sentence: "31 people had died, 16 in Bargaun and 15 in Dhanpur". The
 * larger figure must come first, so the share is scoped to its place and not compared as a toll of its own.
 */
const placeShare: Rule<OutcomeInput, Decision> = {
  id: "place-share",
  apply: (x) => {
    const earlier = lastEarlier(x);
    if (earlier === null || x.linked || !CLAUSE_BREAKS.has(punct(x.toks, x.start - 1) || x.prev)) return null;
    return placeAfter(x.toks, x.after) && x.core.value < x.earlierMax ? figure(x, earlier) : null;
  },
};

/** `head-noun`: a number with a head noun and no outcome counts people or things: "40 soldiers patrolled". */
const headNoun: Rule<OutcomeInput, Decision> = {
  id: "head-noun",
  apply: (x) => {
    const partitiveOf = x.of !== null;
    if (x.core.words === "one" && partitiveOf) return OTHER;
    const hasHead = hasPredicate(x) && !FUNCTION_WORDS.has(word(x.toks, x.after));
    return hasHead || partitiveOf ? COUNT : null;
  },
};

/** `bare-anaphor`: a bare number answers an outcome noun: "how many bodies are buried in the rubble — 200,000?" */
const bareAnaphor: Rule<OutcomeInput, Decision> = {
  id: "bare-anaphor",
  apply: (x) => {
    const back = x.linked ? null : cueBefore(x.toks, x.start - 1, ANAPHOR_REACH, true);
    return back === null ? null : figure(x, back);
  },
};

/** The outcome rules in the order they are tried. */
export const OUTCOME_RULES: ReadonlyArray<Rule<OutcomeInput, Decision>> = [
  noOutcome, thingsCounted, populationSize, outcomeVerbObject, rallyDraws, lostToCause, searchedFor, livesOf,
  estimateIt, tally, strongSize, severityOfThem, partitive, clauseOutcome, amongThe, inclusion, inclusionList,
  ellipticalOthers, earlierClause, placeShare, rescueObject, headNoun, bareAnaphor,
];

/**
 * Decide whether a number of people or things is an outcome figure, and of what.
 * `start`/`last` bound the number's span (qualifier included); `figures` holds the metrics of figures already
 * found in the sentence, which "including at least one police officer" inherits, and the largest value.
 */
export function outcome(
  toks: Token[],
  start: number,
  last: number,
  core: Core,
  previous: Previous,
  figures: { metrics: readonly Metric[]; max: number },
): Outcome {
  const earlier = figures.metrics;
  const prev = word(toks, start - 1);
  // "pushed the death toll well past 60,000" (but not "the past 24 hours").
  const before = word(toks, start - 2);
  const pastMark = prev === "past" && !DETERMINERS.has(before) && !YEAR_PREPOSITIONS.has(before);
  const after = last + 1;
  const of = word(toks, after) === "of" ? ofPhraseMetric(toks, after) : null;
  const linked = LINKS.has(prev) || pastMark;
  const input: OutcomeInput = { toks, start, last, core, previous, earlier, earlierMax: figures.max, prev, after, linked, of };
  for (const rule of OUTCOME_RULES) {
    const decided = rule.apply(input);
    if (decided !== null) return { kind: decided.kind, metric: decided.metric, rule: rule.id };
  }
  return { kind: "other", metric: null, rule: "unclassified" };
}
