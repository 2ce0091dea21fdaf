/**
 * Read the clause after a number for the outcome it states: "62 soldiers were killed", "150 wounded",
 * "30 taxi drivers who took part in ... were arrested". The clause ends at strong punctuation, another number,
 * a subordinating word, or a coordinator after the clause's verb.
 */
import type { Metric } from "../../../types.ts";
import { CLAUSE_END_MARKS, RANGE_DASHES, type Token, capitalised, punct, word } from "../../figures/tokens.ts";
import {
  ADVERBS, AUX, CLAUSE_STOPS, COORDINATORS, FUNCTION_WORDS, OBJECT_STARTERS, PASSIVE_AUX, RELATIVES,
} from "../../lexicon/clause-words.ts";
import { TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from "../../lexicon/numbers.ts";
import {
  AGE_RANGE_JOINERS, AGE_RANGE_OPENERS, AGE_WORDS, APPOSITION_OPENERS, CONDITIONS, HOME_WORDS, INCLUSION, LEFT_HOMES,
  OUTCOME_WORDS, type OutcomeWord, PARTITIVE_QUANTIFIERS, PEOPLE_ENDINGS, PEOPLE_NOUNS, SUFFER_VERBS, TAKE_VERBS,
  TURNED_OUT_COMPLEMENTS, TURN_UP_VERBS, VOTES,
} from "../../lexicon/outcomes.ts";
import { MONTHS, RELATIVE_DAYS, WEEKDAYS } from "../../lexicon/time.ts";
import { wordSet } from "../../lexicon/words.ts";
import { ofPhraseMetric } from "./tally.ts";

/** Whether the noun phrase from `k` has a plural head for things, not people ("3 hospitals", "200 collapsed buildings"). */
export function thingsHead(toks: Token[], k: number): boolean {
  for (let j = k; j < k + 3; j++) {
    const w = word(toks, j);
    if (w === "" || FUNCTION_WORDS.has(w) || PEOPLE_NOUNS.has(w) || OUTCOME_WORDS.has(w)) return false;
    if (w.length < 3 || !w.endsWith("s") || capitalised(toks, j)) continue;
    if (!PEOPLE_ENDINGS.some((e) => w.endsWith(e))) return true;
  }
  return false;
}

/** Whether the verb at `k` is passive ("were killed", "have been reportedly detained"). */
export function passiveAt(toks: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const w = word(toks, j);
    if (PASSIVE_AUX.has(w)) return true;
    if (!ADVERBS.has(w)) return false;
  }
  return false;
}

/** Whether an object follows the verb at `k`, making its subject the agent ("bombs killed 12 people"). */
export function objectAfter(toks: Token[], k: number): boolean {
  const t = toks[k + 1];
  if (t === undefined) return false;
  if (t.type === "num") return true;
  if (t.type !== "word") return false;
  if (t.lower === "at") return word(toks, k + 2) === "least";
  // "14 wounded Friday when ...": a day or month is when, not whom.
  // (Month abbreviations are left out: "Jan" and "Mar" are also names.)
  if (WEEKDAYS.has(t.lower) || RELATIVE_DAYS.has(t.lower) || (MONTHS.has(t.lower) && t.lower.length > 3)) return false;
  return OBJECT_STARTERS.has(t.lower) || capitalised(toks, k + 1) || UNIT_WORDS.has(t.lower) || TENS_WORDS.has(t.lower);
}

export const CONDITION: OutcomeWord = { metric: "wounded", pos: "noun" };
export const UNHEARD: OutcomeWord = { metric: "missing", pos: "adj" };
/** Punctuation that ends an appositive or aside. */
export const APPOSITIVE_ENDS = wordSet(", ; . :");
export const TOOK_PART: OutcomeWord = { metric: "crowd", pos: "verb", activeOnly: true };

export const LEFT_HOME: OutcomeWord = { metric: "displaced", pos: "verb" };
/** Punctuation that ends a dash aside's search: a dash (its close) or a full stop. */
export const DASH_ASIDE_ENDS = wordSet("— – . ; ! ?");
/** Whether "part" at `k` ("took part in ...") is followed within a few words by a vote, not a gathering. */
export function votedIn(toks: Token[], k: number): boolean {
  for (let j = k + 1; j < toks.length && j <= k + 5; j++) if (VOTES.has(word(toks, j))) return true;
  return false;
}

export type Scan = { metric: Metric } | "agent" | null;

/**
 * Scan forward from a number for the outcome its clause states ("62 soldiers were killed", "150 wounded",
 * "30 taxi drivers who took part in ... were arrested"). The clause ends at strong punctuation, another number,
 * a subordinating word, or a coordinator after the clause's verb.
 */
export function scanForward(toks: Token[], from: number): Scan {
  let words = 0;
  let verbSeen = false;
  let weak: Metric | null = null;
  let relative = false;
  for (let k = from; k < toks.length && k < from + 48 && words < 16; k++) {
    const t = toks[k]!;
    // "two soldiers and three civilians were killed", "302 and 276 fatalities": a number coordinated before the
    // clause's verb shares it.
    if (t.type === "num") {
      if (!verbSeen && word(toks, k - 1) === "and") continue;
      break;
    }
    if (t.type === "punct") {
      if (t.text === "(") {
        // A parenthesis names or explains; skip it ("two editors (of Hadar) were arrested").
        let j = k + 1;
        while (j < toks.length && j < k + 16 && punct(toks, j) !== ")") j++;
        k = j;
        continue;
      }
      // "Nearly 5,000 live there, most of them having fled": a subset described after a comma states no outcome of
      // the number; closed by a second comma ("60 refugees, most of them teenagers, drowned") it is skipped.
      if (t.text === "," && PARTITIVE_QUANTIFIERS.has(word(toks, k + 1)) && word(toks, k + 2) === "of") {
        let j = k + 1;
        while (j < toks.length && j < k + 20 && !APPOSITIVE_ENDS.has(punct(toks, j))) j++;
        if (punct(toks, j) !== ",") break;
        k = j;
        continue;
      }
      if (t.text === "," && (INCLUSION.has(word(toks, k + 1)) || APPOSITION_OPENERS.has(word(toks, k + 1)))) {
        // An appositive list ("six officials, including chairman X and Y, had been detained"): skip to its comma,
        // or to the clause's own verb when the closing comma is missing ("five civilians, including two women were
        // killed").
        let j = k + 1;
        let relativeInside = false;
        while (j < toks.length && j < k + 20 && !APPOSITIVE_ENDS.has(punct(toks, j))) {
          if (RELATIVES.has(word(toks, j))) relativeInside = true;
          if (!relativeInside && PASSIVE_AUX.has(word(toks, j)) && OUTCOME_WORDS.get(word(toks, j + 1))?.pos === "verb") break;
          j++;
        }
        if (!relativeInside && PASSIVE_AUX.has(word(toks, j))) {
          k = j - 1;
          continue;
        }
        k = punct(toks, j) === "," ? j : j - 1;
        continue;
      }
      // "five members—three women and two men—were arrested": a pair of dashes sets off an aside, as a
      // parenthesis does; skip it when its closing dash comes soon, before any full stop.
      if ((t.text === "—" || t.text === "–") && k > from) {
        let j = k + 1;
        while (j < toks.length && j < k + 16 && !DASH_ASIDE_ENDS.has(punct(toks, j))) j++;
        if (punct(toks, j) === t.text) {
          k = j;
          continue;
        }
      }
      if (CLAUSE_END_MARKS.has(t.text)) break;
      continue;
    }
    words++;
    const w = t.lower;
    // "Three children aged between four and nine are among the injured": skip the ages.
    if (AGE_WORDS.has(w)) {
      let j = k + 1;
      if (AGE_RANGE_OPENERS.has(word(toks, j))) j++;
      if (toks[j]?.type === "num" || UNIT_WORDS.has(word(toks, j)) || TEEN_WORDS.has(word(toks, j)) || TENS_WORDS.has(word(toks, j))) {
        j++;
        if (AGE_RANGE_JOINERS.has(word(toks, j)) || RANGE_DASHES.has(punct(toks, j))) j += 2;
        k = j - 1;
        continue;
      }
    }
    if (UNIT_WORDS.has(w) || TEEN_WORDS.has(w) || TENS_WORDS.has(w)) {
      if (!verbSeen && word(toks, k - 1) === "and" && k - 1 > from) continue;
      break;
    }
    // "as" starts a clause ("killed as police fired") unless it names a role ("registered as refugees").
    // ... or a state ("listed as missing").
    // "are said to be in a serious condition": hearsay, not a new clause.
    // So is "were reported to have been killed".
    const hearsay = (w === "said" || w === "reported") && word(toks, k + 1) === "to" && PASSIVE_AUX.has(word(toks, k - 1));
    // "13 others reported missing", "were reported killed": a reduced passive, not a new clause.
    const reportedState = w === "reported" && OUTCOME_WORDS.has(word(toks, k + 1));
    if (CLAUSE_STOPS.has(w) && !hearsay && !reportedState && !(w === "as" && (OUTCOME_WORDS.get(word(toks, k + 1))?.pos === "noun" || OUTCOME_WORDS.get(word(toks, k + 1))?.pos === "adj"))) break;
    // "were attacked and sustained head injuries": the coordinated verb states the same people's injuries.
    if (COORDINATORS.has(w) && verbSeen && !SUFFER_VERBS.has(word(toks, k + 1))) break;
    if (RELATIVES.has(w) && w !== "whom") relative = true;
    // "took part in the rally" and "took to the streets" are a crowd, but not in a relative clause
    // ("drivers who took part ... were arrested").
    const tookPart = (w === "part" && TAKE_VERBS.has(word(toks, k - 1)) && !votedIn(toks, k)) ||
      // "more than 40,000 turned up", "thousands showed up", "10,000 people turned out" (not "turned out to be").
      (w === "up" && TURN_UP_VERBS.has(word(toks, k - 1))) ||
      (w === "out" && word(toks, k - 1) === "turned" && !TURNED_OUT_COMPLEMENTS.has(word(toks, k + 1))) ||
      (w === "streets" && word(toks, k - 2) === "to" && TAKE_VERBS.has(word(toks, k - 3)));
    // "eight of them in critical condition": a patient's condition is an injury; "who had not been heard from"
    // is missing.
    const condition =
      (w === "condition" && CONDITIONS.has(word(toks, k - 1))) || (w === "care" && word(toks, k - 1) === "intensive") || w === "icu"
        ? CONDITION
        : w === "heard" && word(toks, k + 1) === "from" && (word(toks, k - 2) === "not" || word(toks, k - 3) === "not")
          ? UNHEARD
          : undefined;
    // "are among the injured", "were among the dead": membership of an outcome group.
    if (w === "among" && PASSIVE_AUX.has(word(toks, k - 1))) {
      const among = ofPhraseMetric(toks, k);
      if (among.metric !== null) return { metric: among.metric };
    }
    // "100,000 people have left their homes", "were forced from their homes": the displaced.
    // "350,000 people have been left without homes (shelter)": the displaced too.
    const leftHomes = (w === "homes" && word(toks, k - 1) === "their" && LEFT_HOMES.has(word(toks, k - 2))) ||
      (HOME_WORDS.has(w) && word(toks, k - 1) === "without" && word(toks, k - 2) === "left");
    const cue = tookPart ? TOOK_PART : leftHomes ? LEFT_HOME : condition ?? OUTCOME_WORDS.get(w);
    if (cue !== undefined && relative && cue.metric === "crowd") continue;
    if (cue !== undefined) {
      if (cue.weak) {
        // Participants count as a crowd only as the number's own noun ("150,000 protesters").
        if (words <= 3 && !verbSeen) weak ??= cue.metric;
        continue;
      }
      const passive = passiveAt(toks, k);
      if (cue.activeOnly && passive) continue;
      if (cue.transitive && !passive && objectAfter(toks, k)) return "agent";
      if (cue.passiveOnly && !passive) continue;
      // "dead or missing", "killed or injured": two outcomes joined by "or" count neither alone.
      const alternative = word(toks, k + 1) === "or" ? OUTCOME_WORDS.get(word(toks, k + 2)) : undefined;
      if (alternative !== undefined && alternative.metric !== cue.metric && !alternative.weak) return { metric: "other" };
      return { metric: cue.metric };
    }
    if (AUX.has(w) || (w.length > 4 && w.endsWith("ed"))) verbSeen = true;
  }
  return weak === null ? null : { metric: weak };
}

