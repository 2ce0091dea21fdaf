/**
 * Read the clause after a number for the outcome it states: "62 soldiers were killed", "150 wounded",
 * "30 taxi drivers who took part in ... were arrested". The clause ends at strong punctuation, another number,
 * a subordinating word, or a coordinator after the clause's verb.
 */
import type { Metric } from "../../../types.ts";
import { CLAUSE_END_MARKS, RANGE_DASHES, type Token, capitalised, punct, word } from "../../figures/tokens.ts";
import {
  ADVERBS, AUX, CLAUSE_STOPS, COORDINATORS, FUNCTION_WORDS, OBJECT_STARTERS, PASSIVE_AUX,
} from "../../lexicon/clause-words.ts";
import { RELATIVES } from "../../lexicon/function-words.ts";
import { TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from "../../lexicon/numbers.ts";
import {
  AGE_RANGE_JOINERS, AGE_RANGE_OPENERS, AGE_WORDS, APPOSITION_OPENERS, CONDITIONS, HOME_WORDS, HOSPITAL_NOUNS,
  INCLUSION, LEFT_HOMES, OUTCOME_WORDS, type OutcomeWord, PARTITIVE_QUANTIFIERS, PEOPLE_ENDINGS, PEOPLE_NOUNS,
  PLACE_NOUNS, SUFFER_VERBS, TAKE_VERBS, TO_HOSPITAL_VERBS, TURNED_OUT_COMPLEMENTS, TURN_UP_VERBS, VOTES,
} from "../../lexicon/outcomes.ts";
import { DAY_PARTS, MONTHS, RELATIVE_DAYS, TIME_RELATIVES, WEEKDAYS } from "../../lexicon/time.ts";
import { ofPhraseMetric } from "./tally.ts";

/** Whether the noun phrase from `k` has a plural head for things, not people ("3 hospitals", "200 collapsed buildings"). */
export function thingsHead(toks: Token[], k: number): boolean {
  for (let j = k; j < k + HEAD_REACH; j++) {
    const w = word(toks, j);
    if (w === "" || FUNCTION_WORDS.has(w) || PEOPLE_NOUNS.has(w) || OUTCOME_WORDS.has(w)) return false;
    // Places and buildings, even those that end like people ("shelters", "centers", "quarters").
    if (PLACE_NOUNS.has(w)) return true;
    if (w.length < 3 || !w.endsWith("s") || capitalised(toks, j)) continue;
    if (!PEOPLE_ENDINGS.some((e) => w.endsWith(e))) return true;
  }
  return false;
}

/** Whether the verb at `k` is passive ("were killed", "have been reportedly detained"). */
export function passiveAt(toks: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - PASSIVE_REACH; j--) {
    const w = word(toks, j);
    if (PASSIVE_AUX.has(w)) return true;
    if (!ADVERBS.has(w)) return false;
  }
  return false;
}

/** Whether a phrase of time starts at `k`: "the previous night", "that morning", "the same day". */
function timePhrase(toks: Token[], k: number): boolean {
  let j = k;
  if (word(toks, j) === "the") j++;
  if (TIME_RELATIVES.has(word(toks, j))) j++;
  return j > k && DAY_PARTS.has(word(toks, j));
}

/** Whether an object follows the verb at `k`, making its subject the agent ("bombs killed 12 people"). */
function objectAfter(toks: Token[], k: number): boolean {
  const t = toks[k + 1];
  if (t === undefined) return false;
  if (t.type === "num") return true;
  if (t.type !== "word") return false;
  if (t.lower === "at") return word(toks, k + 2) === "least";
  // "14 wounded Friday when ...": a day or month is when, not whom.
  // (Month abbreviations are left out: "Jan" and "Mar" are also names.)
  if (WEEKDAYS.has(t.lower) || RELATIVE_DAYS.has(t.lower) || (MONTHS.has(t.lower) && t.lower.length > 3)) return false;
  // "300 residents evacuated the previous night", "evacuated that morning": a time, not whom.
  if (timePhrase(toks, k + 1)) return false;
  return OBJECT_STARTERS.has(t.lower) || capitalised(toks, k + 1) || UNIT_WORDS.has(t.lower) || TENS_WORDS.has(t.lower);
}

/** The outcome of a patient's condition: "eight of them in critical condition", "in intensive care". */
const CONDITION: OutcomeWord = { metric: "wounded", pos: "noun" };
/** The outcome of "who had not been heard from". */
const UNHEARD: OutcomeWord = { metric: "missing", pos: "adj" };
/** The outcome of "took part in the rally", "took to the streets", "turned up". */
const TOOK_PART: OutcomeWord = { metric: "crowd", pos: "verb", activeOnly: true };
/** The outcome of "left their homes", "left without shelter". */
const LEFT_HOME: OutcomeWord = { metric: "displaced", pos: "verb" };
/** Punctuation that ends an appositive or aside. */
const APPOSITIVE_ENDS = new Set([",", ";", ".", ":"]);
/** Punctuation that ends a dash aside's search: a dash (its close) or a full stop. */
const DASH_ASIDE_ENDS = new Set(["—", "–", ".", ";", "!", "?"]);
/** Dashes that open and close an aside: "five members—three women and two men—were arrested". */
const ASIDE_DASHES = new Set(["—", "–"]);

/** Tokens a clause may run past its number, punctuation included: a long subject with an aside. */
const SCAN_TOKENS = 48;
/** Words a clause may run past its number before its verb is too far to be its own. */
const SCAN_WORDS = 16;
/** Tokens to a closing parenthesis or dash: an aside longer than this is a clause of its own. */
const ASIDE_REACH = 16;
/** Tokens to the closing comma of an appositive: "six officials, including chairman X and Y, had been detained". */
const APPOSITIVE_REACH = 20;
/** Words after "took part" in which a vote shows it was no gathering: "took part in Sunday's referendum". */
const VOTE_REACH = 5;
/** Words from a number to a participant noun that is its own head: "150,000 angry protesters". */
const HEAD_REACH = 3;
/** Words back from a participle to its passive auxiliary: "have been reportedly detained". */
const PASSIVE_REACH = 3;

/** Whether "part" at `k` ("took part in ...") is followed within a few words by a vote, not a gathering. */
function votedIn(toks: Token[], k: number): boolean {
  for (let j = k + 1; j < toks.length && j <= k + VOTE_REACH; j++) if (VOTES.has(word(toks, j))) return true;
  return false;
}

/** The outcome a clause states for its number, "agent" when the number does the outcome to others, or null. */
type Scan = { metric: Metric } | "agent" | null;

/**
 * Step over an aside that opens at the mark at `k`: a parenthesis, a pair of dashes, an appositive after a comma.
 * Returns the token to go on after, or null when the mark ends the clause.
 */
function skipMark(toks: Token[], k: number, from: number): number | null {
  const mark = toks[k]!.text;
  if (mark === "(") {
    // A parenthesis names or explains; skip it ("two editors (of Hadar) were arrested").
    let j = k + 1;
    while (j < toks.length && j < k + ASIDE_REACH && punct(toks, j) !== ")") j++;
    return j;
  }
  if (mark === ",") return skipComma(toks, k);
  // "five members—three women and two men—were arrested": a pair of dashes sets off an aside, as a
  // parenthesis does; skip it when its closing dash comes soon, before any full stop.
  if (ASIDE_DASHES.has(mark) && k > from) {
    let j = k + 1;
    while (j < toks.length && j < k + ASIDE_REACH && !DASH_ASIDE_ENDS.has(punct(toks, j))) j++;
    if (punct(toks, j) === mark) return j;
  }
  return CLAUSE_END_MARKS.has(mark) ? null : k;
}

/** Step over a subset or appositive after the comma at `k`; null when it ends the number's clause. */
function skipComma(toks: Token[], k: number): number | null {
  // "Nearly 5,000 live there, most of them having fled": a subset described after a comma states no outcome of
  // the number; closed by a second comma ("60 refugees, most of them teenagers, drowned") it is skipped.
  if (PARTITIVE_QUANTIFIERS.has(word(toks, k + 1)) && word(toks, k + 2) === "of") {
    let j = k + 1;
    while (j < toks.length && j < k + APPOSITIVE_REACH && !APPOSITIVE_ENDS.has(punct(toks, j))) j++;
    return punct(toks, j) === "," ? j : null;
  }
  if (!INCLUSION.has(word(toks, k + 1)) && !APPOSITION_OPENERS.has(word(toks, k + 1))) return k;
  // An appositive list ("six officials, including chairman X and Y, had been detained"): skip to its comma,
  // or to the clause's own verb when the closing comma is missing ("five civilians, including two women were
  // killed").
  let j = k + 1;
  let relativeInside = false;
  while (j < toks.length && j < k + APPOSITIVE_REACH && !APPOSITIVE_ENDS.has(punct(toks, j))) {
    if (RELATIVES.has(word(toks, j))) relativeInside = true;
    if (!relativeInside && PASSIVE_AUX.has(word(toks, j)) && OUTCOME_WORDS.get(word(toks, j + 1))?.pos === "verb") break;
    j++;
  }
  if (!relativeInside && PASSIVE_AUX.has(word(toks, j))) return j - 1;
  return punct(toks, j) === "," ? j : j - 1;
}

/** Whether the token at `k` is a numeral, in digits or a small number word. */
function numeralAt(toks: Token[], k: number): boolean {
  const w = word(toks, k);
  return toks[k]?.type === "num" || UNIT_WORDS.has(w) || TEEN_WORDS.has(w) || TENS_WORDS.has(w);
}

/** Skip the ages after an age word: "Three children aged between four and nine are among the injured". */
function skipAges(toks: Token[], k: number): number | null {
  let j = k + 1;
  if (AGE_RANGE_OPENERS.has(word(toks, j))) j++;
  if (!numeralAt(toks, j)) return null;
  j++;
  if (AGE_RANGE_JOINERS.has(word(toks, j)) || RANGE_DASHES.has(punct(toks, j))) j += 2;
  return j - 1;
}

/** Whether the word at `k` ends the number's clause: a subordinator, a reporting verb, a coordinator after a verb. */
function endsClause(toks: Token[], k: number, verbSeen: boolean): boolean {
  const w = word(toks, k);
  const next = word(toks, k + 1);
  if (COORDINATORS.has(w)) {
    // "were attacked and sustained head injuries": the coordinated verb states the same people's injuries.
    return verbSeen && !SUFFER_VERBS.has(next);
  }
  if (!CLAUSE_STOPS.has(w)) return false;
  // "are said to be in a serious condition", "were reported to have been killed": hearsay, not a new clause.
  const hearsay = (w === "said" || w === "reported") && next === "to" && PASSIVE_AUX.has(word(toks, k - 1));
  // "13 others reported missing", "were reported killed": a reduced passive, not a new clause.
  const reportedState = w === "reported" && OUTCOME_WORDS.has(next);
  // "as" starts a clause ("killed as police fired") unless it names a role or state ("registered as refugees").
  const pos = OUTCOME_WORDS.get(next)?.pos;
  const asRole = w === "as" && (pos === "noun" || pos === "adj");
  return !hearsay && !reportedState && !asRole;
}

/** Words back from "hospital" to the passive verb that carried someone there: "were rushed to a nearby hospital". */
const HOSPITAL_REACH = 4;

/** Whether "hospital" at `k` ends a passive of carrying: "were taken to hospital", "was airlifted to a clinic". */
function toHospital(toks: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - HOSPITAL_REACH; j--) {
    if (word(toks, j) !== "to") continue;
    return TO_HOSPITAL_VERBS.has(word(toks, j - 1)) && passiveAt(toks, j - 1);
  }
  return false;
}

/** An outcome stated by a phrase rather than one word: "took part in the rally", "left their homes", "in critical condition". */
function phraseCue(toks: Token[], k: number): OutcomeWord | undefined {
  const w = word(toks, k);
  const before = word(toks, k - 1);
  // "took part in the rally" and "took to the streets" are a crowd; "more than 40,000 turned up", "thousands
  // showed up", "10,000 people turned out" (not "turned out to be").
  const tookPart = (w === "part" && TAKE_VERBS.has(before) && !votedIn(toks, k)) ||
    (w === "up" && TURN_UP_VERBS.has(before)) ||
    (w === "out" && before === "turned" && !TURNED_OUT_COMPLEMENTS.has(word(toks, k + 1))) ||
    (w === "streets" && word(toks, k - 2) === "to" && TAKE_VERBS.has(word(toks, k - 3)));
  if (tookPart) return TOOK_PART;
  // "100,000 people have left their homes", "were forced from their homes", "left without homes (shelter)".
  const leftHomes = (w === "homes" && before === "their" && LEFT_HOMES.has(word(toks, k - 2))) ||
    (HOME_WORDS.has(w) && before === "without" && word(toks, k - 2) === "left");
  if (leftHomes) return LEFT_HOME;
  // "eight of whom were taken to hospital", "were rushed to a nearby clinic": carried to hospital is injured.
  if (HOSPITAL_NOUNS.has(w) && toHospital(toks, k)) return CONDITION;
  // "eight of them in critical condition": a patient's condition is an injury.
  if ((w === "condition" && CONDITIONS.has(before)) || (w === "care" && before === "intensive") || w === "icu") return CONDITION;
  // "who had not been heard from" is missing.
  const notHeard = w === "heard" && word(toks, k + 1) === "from" && (word(toks, k - 2) === "not" || word(toks, k - 3) === "not");
  return notHeard ? UNHEARD : OUTCOME_WORDS.get(w);
}

/** What an outcome word at `k` says of the clause's number, or "skip" when it says nothing here. */
function cueAt(toks: Token[], k: number, cue: OutcomeWord): Scan | "skip" {
  const passive = passiveAt(toks, k);
  if (cue.activeOnly && passive) return "skip";
  if (cue.transitive && !passive && objectAfter(toks, k)) return "agent";
  if (cue.passiveOnly && !passive) return "skip";
  // "dead or missing", "killed or injured": two outcomes joined by "or" count neither alone.
  const alternative = word(toks, k + 1) === "or" ? OUTCOME_WORDS.get(word(toks, k + 2)) : undefined;
  if (alternative !== undefined && alternative.metric !== cue.metric && !alternative.weak) return { metric: "other" };
  return { metric: cue.metric };
}

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
  for (let k = from; k < toks.length && k < from + SCAN_TOKENS && words < SCAN_WORDS; k++) {
    const t = toks[k]!;
    // "two soldiers and three civilians were killed", "302 and 276 fatalities": a number coordinated before the
    // clause's verb shares it.
    if (t.type === "num") {
      if (!verbSeen && word(toks, k - 1) === "and") continue;
      break;
    }
    if (t.type === "punct") {
      const skipped = skipMark(toks, k, from);
      if (skipped === null) break;
      k = skipped;
      continue;
    }
    words++;
    const w = t.lower;
    const ages = AGE_WORDS.has(w) ? skipAges(toks, k) : null;
    if (ages !== null) {
      k = ages;
      continue;
    }
    if (UNIT_WORDS.has(w) || TEEN_WORDS.has(w) || TENS_WORDS.has(w)) {
      if (!verbSeen && word(toks, k - 1) === "and" && k - 1 > from) continue;
      break;
    }
    if (endsClause(toks, k, verbSeen)) break;
    if (RELATIVES.has(w) && w !== "whom") relative = true;
    // "are among the injured", "were among the dead": membership of an outcome group.
    if (w === "among" && PASSIVE_AUX.has(word(toks, k - 1))) {
      const among = ofPhraseMetric(toks, k);
      if (among.metric !== null) return { metric: among.metric };
    }
    const cue = phraseCue(toks, k);
    // A crowd verb in a relative clause describes, not counts: "drivers who took part ... were arrested".
    if (cue !== undefined && relative && cue.metric === "crowd") continue;
    if (cue !== undefined && cue.weak) {
      // Participants count as a crowd only as the number's own noun ("150,000 protesters").
      if (words <= HEAD_REACH && !verbSeen) weak ??= cue.metric;
      continue;
    }
    const decided = cue === undefined ? "skip" : cueAt(toks, k, cue);
    if (decided !== "skip") return decided;
    if (cue === undefined && (AUX.has(w) || (w.length > 4 && w.endsWith("ed")))) verbSeen = true;
  }
  return weak === null ? null : { metric: weak };
}
