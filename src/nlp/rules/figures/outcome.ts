/**
 * Decide whether a number of people or things is an outcome figure, and of what: an ordered list of named
 * rules, each with its examples; the first that decides wins.
 */
import type { Metric } from "../../../types.ts";
import { type Core } from "../../figures/core.ts";
import { HYPHENS, SENTENCE_END_MARKS, type Token, punct, word } from "../../figures/tokens.ts";
import {
  DETERMINERS, FUNCTION_WORDS, NP_BREAKERS, PARTITIVE_DETERMINERS, PASSIVE_AUX, YEAR_PREPOSITIONS,
} from "../../lexicon/clause-words.ts";
import { TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from "../../lexicon/numbers.ts";
import {
  CHANGE_VERBS, DRAW_VERBS, ELLIPTICAL_OTHERS, ESTIMATE_VERBS, HOUSEHOLDS, INCLUSION, LINKS, LOSE_VERBS,
  MODIFIER_OUTCOMES, OUTCOME_WORDS, PERSON_WORDS, RALLY_NOUNS, REMAINS_NOUNS, SEARCH_VERBS, SEVERITY, TALLY_NOUNS,
  VERDICTS,
} from "../../lexicon/outcomes.ts";
import { passiveAt, scanForward, thingsHead } from "./clause.ts";
import { type Outcome, type Previous, cueBefore, ofPhraseMetric, tallyMetric, usePrevious } from "./tally.ts";

/**
 * Decide whether a number of people or things is an outcome figure, and of what.
 * `start`/`last` bound the number's span (qualifier included); `earlier` holds the metrics of figures already
 * found in the sentence, which "including at least one police officer" inherits.
 */
export function outcome(
  toks: Token[],
  start: number,
  last: number,
  core: Core,
  previous: Previous,
  earlier: Metric[],
): Outcome {
  const none: Outcome = { kind: "count", metric: null };
  const prev = word(toks, start - 1);
  const figure = (metric: Metric): Outcome =>
    HOUSEHOLDS.has(word(toks, last + 1)) ? { kind: "figure", metric: "other" } : { kind: "figure", metric };
  if (prev === "no" || (prev === "of" && word(toks, start - 2) === "none") || VERDICTS.has(prev)) return none;
  // Outcomes happen to people: "rebels captured 3 towns" and "200 houses were destroyed" count things.
  if (thingsHead(toks, last + 1)) return none;
  // "half of the 17,000 person population is missing": the size of a population, not its outcome.
  const nextWord = word(toks, last + 1);
  if (nextWord === "population" || (PERSON_WORDS.has(nextWord) && word(toks, last + 2) === "population")) return none;
  // 1. The number is the object of an outcome verb: "killed at least 62 troops", "jailed two journalists".
  // "killing all nine people aboard": "all" between the verb and its number.
  const verbAt = prev === "all" ? start - 2 : start - 1;
  const verbWord = word(toks, verbAt);
  const verb = OUTCOME_WORDS.get(verbWord);
  if (verb !== undefined && verb.transitive && !verb.passiveOnly && (verbWord.endsWith("ing") || !passiveAt(toks, verbAt))) return figure(verb.metric);
  if (DRAW_VERBS.has(prev)) {
    for (let k = start - 2; k >= 0 && k >= start - 8; k--) if (RALLY_NOUNS.has(word(toks, k))) return figure("crowd");
  }
  // "Kenya loses about 4,000 people to road crashes every year": those lost to a cause are dead.
  if (LOSE_VERBS.has(prev) && (word(toks, last + 2) === "to" || word(toks, last + 3) === "to") && word(toks, last + 1) !== "to") return figure("killed");
  // "rescuers were searching for 21 people": those searched for are missing.
  if (prev === "for" && SEARCH_VERBS.has(word(toks, start - 2))) return figure("missing");
  // "claimed the lives of 70 people", "cost the lives of 12", "recovered the bodies of 87 victims".
  if (prev === "of" && REMAINS_NOUNS.has(word(toks, start - 2))) return figure("killed");
  // "Police put it at 8,000": the figure of the sentence before, taken up by "it".
  if (prev === "at" && word(toks, start - 2) === "it" && previous.metric !== null && ESTIMATE_VERBS.has(word(toks, start - 3))) {
    return figure(usePrevious(previous)!);
  }
  // 2. A tally names the figure: "put the death toll at 83", "a fatalities count of 281", "risen to 366".
  // A partitive is no tally's value: "estimates ranged ... by a spokesman from one of the organizers".
  const partitiveAhead = start === last && word(toks, start) === "one" && word(toks, last + 1) === "of" && PARTITIVE_DETERMINERS.has(word(toks, last + 2));
  // "pushed the death toll well past 60,000" (but not "the past 24 hours").
  const pastMark = prev === "past" && !DETERMINERS.has(word(toks, start - 2)) && !YEAR_PREPOSITIONS.has(word(toks, start - 2));
  if ((LINKS.has(prev) || pastMark) && !partitiveAhead) {
    let words = 0;
    // "of" binds to the noun just before it ("a fatalities count of 281", not "the toll ... the rubble of 200");
    // "at", "to" and the copulas bind to a verb whose object or subject is the tally ("put the death toll at 83").
    // A change verb may follow a long subject: "The death toll from the collapse of a six-storey building in
    // southern China rose to 29".
    const reach = prev === "of" ? 1 : CHANGE_VERBS.has(word(toks, start - 2)) ? 20 : 12;
    for (let k = start - 2; k >= 0 && k > start - 40 && words < reach; k--) {
      const t = toks[k]!;
      if (t.type === "punct" && SENTENCE_END_MARKS.has(t.text)) break;
      if (t.type !== "word") continue;
      words++;
      const tallies = TALLY_NOUNS.has(t.lower) || MODIFIER_OUTCOMES.has(t.lower) || t.lower === "turnout";
      if (!tallies) continue;
      const metric = t.lower === "turnout" ? "crowd" : tallyMetric(toks, k, earlier, previous);
      if (metric === "none") break;
      if (metric === null) return { kind: "other", metric: null };
      return figure(metric);
    }
  }
  // A number after a link that no tally owns ("a country of 4.5 million") is no outcome, whatever came before.
  const linked = LINKS.has(prev) || pastMark;
  const after = last + 1;
  const next = toks[after];
  // "a 1,000-strong crowd" sizes a crowd; "a 5,000-strong force" counts troops.
  if (HYPHENS.has(punct(toks, after)) && word(toks, after + 1) === "strong") {
    return RALLY_NOUNS.has(word(toks, after + 2)) ? figure("crowd") : none;
  }
  // "More than 1,400 people were injured, 96 of them seriously": a degree of the outcome just given.
  if (word(toks, after) === "of" && word(toks, after + 1) === "them" && SEVERITY.has(word(toks, after + 2)) && earlier.length > 0) {
    return figure(earlier[earlier.length - 1]!);
  }
  // 3. A partitive: "two of the dead", "six of its top officials ... had been detained", "one of its aircraft".
  let scanFrom = after;
  if (word(toks, after) === "of") {
    const of = ofPhraseMetric(toks, after);
    if (of.metric !== null) return figure(of.metric);
    scanFrom = of.end;
  }
  // 4. The clause's verb or the head noun: "62 soldiers were killed", "Eight people died", "111,481 bodies".
  // "41 and 17 deaths": a number coordinated with the next one shares its noun.
  const coordinated = next !== undefined && next.lower === "and" && (toks[after + 1]?.type === "num" || UNIT_WORDS.has(word(toks, after + 1)) || TENS_WORDS.has(word(toks, after + 1)));
  const predicate = next !== undefined && next.type === "word" && (!NP_BREAKERS.has(next.lower) || coordinated);
  if (predicate) {
    const scan = scanForward(toks, scanFrom);
    if (scan === "agent") return none;
    if (scan !== null) return figure(scan.metric);
  }
  // 5. A breakdown of a figure just given: "only 11 people have been killed, including at least one police officer",
  // "Among the dead were 12 children".
  if (PASSIVE_AUX.has(prev)) {
    for (let k = start - 2; k >= 0 && k >= start - 6; k--) {
      if (word(toks, k) !== "among") continue;
      const among = ofPhraseMetric(toks, k);
      if (among.metric !== null) return figure(among.metric);
    }
  }
  if (INCLUSION.has(prev) || (prev === "them" && word(toks, start - 2) === "among")) {
    const inherited = earlier.length > 0 ? earlier[earlier.length - 1]! : cueBefore(toks, start - 2, 20, false);
    if (inherited !== null) return figure(inherited);
  }
  // "The dead included four civilians and six security personnel": a number coordinated in a list after an
  // inclusion word shares the list's outcome.
  if (prev === "and" && earlier.length > 0) {
    for (let k = start - 2; k >= 0 && k >= start - 6; k--) {
      if (toks[k]!.type === "punct") break;
      const numeral = toks[k]!.type === "num" || UNIT_WORDS.has(word(toks, k)) || TEEN_WORDS.has(word(toks, k)) || TENS_WORDS.has(word(toks, k));
      if (numeral && INCLUSION.has(word(toks, k - 1))) return figure(earlier[earlier.length - 1]!);
    }
  }
  // "19 passengers died on the spot and four others on the way": an elliptical clause repeats the outcome.
  if ((prev === "and" || prev === ",") && ELLIPTICAL_OTHERS.has(word(toks, after)) && earlier.length > 0) {
    return figure(earlier[earlier.length - 1]!);
  }
  const partitive = scanFrom !== after;
  if (core.words === "one" && partitive) return { kind: "other", metric: null };
  const hasHead = predicate && !FUNCTION_WORDS.has(next.lower);
  if (hasHead || partitive) return none;
  // 6. A bare number refers back to an outcome noun: "how many bodies are buried in the rubble — 200,000, 300,000?"
  const back = linked ? null : cueBefore(toks, start - 1, 12, true);
  if (back !== null) return figure(back);
  return { kind: "other", metric: null };
}

