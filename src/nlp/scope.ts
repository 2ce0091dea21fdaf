/**
 * Tell when a figure counts something narrower than, or other than, the article's main toll: a part of
 * another count ("including at least one police officer", "two of the dead"), another day or event
 * ("in June", "the previous day", "in Tuesday's violence", "On Tuesday, officials had put ...",
 * "in last month's earthquake", "a similar attack in 2015"), an increment ("seven more", "another 12",
 * "in the past 24 hours"), a cumulative or yearly count ("since 2015", "so far this year", "every year"),
 * or a place's share of a larger total given in the sentence ("six deaths -- five in Nairobi"). Such
 * figures are shown in the comparison table with their scope, and left out of its ranges, so that a
 * breakdown or an earlier count is not read as a disagreement.
 *
 * Only what the text says: no scope is guessed for a figure the text does not qualify. A wrong scope hides
 * a real disagreement, so the rules prefer to miss.
 */

import { ADDED_MODIFIERS, FOUND_HEADS, GENERIC_HEADS, GROUP_CLASSES } from "./lexicon/groups.ts";
import { POSSESSIVE_DETERMINERS } from "./lexicon/function-words.ts";
import { NUMBER_PHRASE_ENDS } from "./lexicon/clause-words.ts";
import { SCALE_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from "./lexicon/numbers.ts";
import { DATED_COUNTS, EVENT_NOUNS, HOSPITAL_VERBS_BEFORE, TOLL_OF, TOLLS } from "./lexicon/scope-words.ts";
import { DAY, HOSPITAL_AFTER, IN_HOSPITAL, ON_THE_SPOT, OTHER_EVENTS, OTHER_TIMES, PERIODS } from "./scope-phrases.ts";
import { allHits, type Hit, indexPhrases, matchAt } from "./token-patterns.ts";
import type { Figure, FigureScope, ScopeRelation } from "../types.ts";
import { type Token, tokenAt, tokenize } from "./tokens.ts";

/** The words shown for a part of a count just given ("including at least one police officer", "18 of the dead"). */
export const PART_OF_COUNT_SCOPE = "part of the count before it";
/** The words shown for an increment ("seven more bodies", "another 12 people"). */
export const INCREMENT_SCOPE = "an increment";

/** A new total given after an increment: "..., raising the toll to 53", "bringing the total to 45". */
const NEW_TOTAL = /\b(?:raising|bringing|taking|pushing|lifting|putting) (?:the|its) (?:[a-z]+ )?(?:toll|total|number|count) to\b/i;

/** "a town already hosting more than 300,000 displaced people": a host population, not this event's count. */
const HOSTING_BEFORE = /\balready (?:hosting|sheltering|home to)\s*$/i;

/** A number in digits as the token stream holds it: "1,100", "3.5". */
const DIGITS = /^[0-9][0-9,]*(?:\.[0-9]+)?$/;

/** The numbers written in the tokens from `first` that start before offset `to` (digits, "3.5 million", one-word cardinals from the lexicon). */
function numbersIn(tokens: readonly Token[], first: number, to: number): number[] {
  const out: number[] = [];
  for (let k = first; k < tokens.length && tokens[k]!.start < to; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    if (DIGITS.test(t.text)) {
      const scale = SCALE_WORDS.get(tokens[k + 1]?.lower ?? "");
      const n = Number(t.text.replace(/,/g, "")) * (scale !== undefined && tokens[k + 1]!.start < to ? scale : 1);
      if (Number.isFinite(n)) out.push(n);
    } else {
      const n = UNIT_WORDS.get(t.lower) ?? TEEN_WORDS.get(t.lower) ?? TENS_WORDS.get(t.lower);
      if (n !== undefined) out.push(n);
    }
  }
  return out;
}

/**
 * A place's share of a larger total given just before it: "six deaths -- five in Nairobi and one in the port
 * city of Mombasa", "national turnout at 3.5 million, with 500,000 in the capital". The figure must follow a
 * list mark and be followed by "in <Place>", and a larger number must come before it in the sentence.
 */
function placeSubtotal(sentence: string, tokens: readonly Token[], start: number, end: number): string | null {
  const after = sentence.slice(end, end + 60);
  const place =
    /^(?: (?:people|dead|deaths|others|killed|injured|wounded|arrested))? in (?:the (?:[a-z]+ ){0,2}(?:city|town|district|province|region|state|county|village) of |(?:[A-Z][\p{L}-]+ )?(?:district|province|region|state|county) of )?(?:the capital|[A-Z][\p{L}-]+(?: (?:district|province|region|state|county))?)/u.exec(
      after,
    );
  if (!place) return null;
  const before = sentence.slice(Math.max(0, start - 200), start);
  if (!/(?:--|[—–,:(;]|\bwith|\band)\s*$/.test(before)) return null;
  const figure = tokenAt(tokens, start);
  const value = numbersIn(tokens, figure, end)[0];
  if (value === undefined) return null;
  if (!numbersIn(tokens, tokenAt(tokens, start - before.length), start).some((n) => n > value)) return null;
  return place[0].replace(/^ (?:people|dead|deaths|others|killed|injured|wounded|arrested)/, "").trim();
}

/** How far before a figure the rules look for what qualifies it: a clause of a long sentence ("... , bringing the toll to"). */
const BEFORE_WINDOW = 200;
/** How far after a figure: the noun and verb that follow it, and a trailing "in the past five years". */
const AFTER_WINDOW = 120;
/** The words after a figure read for its counted group: at most a few words ("Syrian troops", "taxi drivers"). */
const GROUP_WINDOW = 60;
/** Before a figure, the stretch that can hold the verb of an update ("has officially raised the death toll from ... to"). */
const UPDATE_WINDOW = 120;

/** What a sentence says once, read by every figure in it: each phrase rule's matches, found in one pass per rule. */
interface SentenceFacts {
  otherEvents: Hit[][];
  periods: Hit[][];
  /** The first match of the first time rule that marks another time, or null. */
  timeScope: Hit | null;
  days: Hit[];
  onTheSpot: Hit[];
  inHospital: Hit[];
}

/** Every sentence-level phrase rule, indexed once: the sentence is read for all of them in one pass. */
const SENTENCE_PHRASES = indexPhrases([...OTHER_EVENTS, ...PERIODS, ...OTHER_TIMES, DAY, ON_THE_SPOT, IN_HOSPITAL]);

/** Read the sentence once: every phrase the figure rules need, with where it matched. */
function readSentence(sentence: string, tokens: readonly Token[]): SentenceFacts {
  const hits = allHits(sentence, tokens, SENTENCE_PHRASES);
  let at = 0;
  const take = (n: number) => hits.slice(at, (at += n));
  return {
    otherEvents: take(OTHER_EVENTS.length),
    periods: take(PERIODS.length),
    timeScope: otherTime(tokens, take(OTHER_TIMES.length)),
    days: take(1)[0]!,
    onTheSpot: take(1)[0]!,
    inHospital: take(1)[0]!,
  };
}

/**
 * The first time rule (OTHER_TIMES, in order; `times` their hits) whose first match marks another time than the article's toll ("in June", "On Tuesday"),
 * unless the words before it or its own last word make it the toll's own date.
 */
function otherTime(tokens: readonly Token[], times: readonly Hit[][]): Hit | null {
  for (const list of times) {
    const hit = list[0];
    if (!hit) continue;
    const k = tokenAt(tokens, hit.index);
    const lower = (i: number) => tokens[i]?.lower ?? "";
    // "raised the death toll from last month's earthquake to 73,276": the toll of the event itself.
    const afterThe = lower(k - 1) === "the" ? k - 1 : k;
    if (TOLL_OF.has(lower(afterThe - 1)) && TOLLS.has(lower(afterThe - 2))) continue;
    // "in the last week": a period up to now, not another time.
    if (lower(k) === "last" && lower(k - 1) === "the") continue;
    // "Monday's toll", "Tuesday's count": the date of a count, not another event.
    const last = tokenAt(tokens, hit.end) - 1;
    if (/['’]s$/.test(tokens[last - 1]?.text ?? "") && DATED_COUNTS.has(lower(last))) continue;
    return hit;
  }
  return null;
}

/** The first hit of the first pattern that has one inside [from, to). */
function firstWithin(lists: Hit[][], from: number, to: number): Hit | null {
  for (const list of lists) {
    const hit = list.find((h) => h.index >= from && h.end <= to);
    if (hit) return hit;
  }
  return null;
}

/** A relation the rules found, with the words that show it and the rule's name. */
interface Found {
  relation: ScopeRelation;
  text: string;
  rule: string;
  place?: string;
}

/**
 * The relation of the figure at [start, end): part of a count ("including", "18 of the dead"), an increment
 * ("seven more bodies", "another 12"), a population already there, a place's subtotal, another event, a
 * period, another time; null for the event's toll.
 */
function relationOf(sentence: string, tokens: readonly Token[], start: number, end: number, facts: SentenceFacts): Found | null {
  const before = sentence.slice(Math.max(0, start - 30), start);
  const after = sentence.slice(end, end + 30);
  const part = (rule: string): Found => ({ relation: "part-of", text: PART_OF_COUNT_SCOPE, rule });
  // A part of a count just given: "only 11 people ..., including at least one police officer".
  if (/\bincluding\s*$/i.test(before) || /\bamong them\s*$/i.test(before)) return part("including");
  // "..., including 15 women and two children": the second part of the list too.
  if (/\bincluding [\d,.]+(?: [\p{L}-]+){1,3} and\s*$/iu.test(before)) return part("including-list");
  if (/^\s*of (?:the dead|them|those (?:killed|injured|wounded|arrested)|the (?:victims|injured|wounded|deaths|fatalities|casualties|passengers))\b/i.test(after)) {
    return part("of-the-dead");
  }
  // "at least 12 children were among the dead", "Three children aged four to nine are among the injured".
  if (/^(?: [\p{L}-]+){0,7},? (?:were|are|was|is) among the (?:dead|injured|wounded|victims|killed)\b/u.test(sentence.slice(end, end + 90))) {
    return part("among-the-dead");
  }
  // "where four remained in critical condition": those in a given condition are part of the injured.
  if (/^(?: [\p{L}-]+){0,2},? (?:were|are|was|is|remain|remained|remains) (?:still )?in (?:a )?(?:critical|serious|stable|grave) condition\b/u.test(sentence.slice(end, end + 60))) {
    return part("in-condition");
  }
  // "19 passengers died on the spot and four others on the way to hospital": both parts of the toll.
  const near = (list: Hit[], from: number, to: number) => list.some((h) => h.index >= from && h.end <= to);
  if (near(facts.onTheSpot, start - 100, end + 100) && near(facts.inHospital, start - 100, end + 150)) {
    const next = sentence.slice(end, end + 60);
    if (/^(?: [\p{L}-]+){0,2} (?:died|were killed|was killed) on the spot\b/u.test(next) || /^ others?\b/.test(next)) return part("on-the-spot");
  }
  // An increment, not a toll: "seven more bodies", "another 12 people", "an additional 30", "a further 5".
  // Not "killing 10 and injuring another 20", where "another" only moves on to a second count.
  // "N more" only with bodies or a new total beside it: "thirty-three more people have died in a second day of
  // protests" is that day's toll, which another source's figure for the day may contradict.
  if (/^ more (?:bodies|corpses)\b/i.test(after) || (/^ more\b(?! than)/i.test(after) && NEW_TOTAL.test(sentence.slice(end, end + 200)))) {
    return { relation: "increment", text: INCREMENT_SCOPE, rule: "n-more" };
  }
  if (/\b(?:another|an additional|a further)\s*$/i.test(before) && !/\b(?:and|injuring|wounding|killing|leaving|with)(?: [a-z]+)? another\s*$/i.test(before)) {
    return { relation: "increment", text: INCREMENT_SCOPE, rule: "another" };
  }
  if (HOSTING_BEFORE.test(before)) return { relation: "other-event", text: "a population already there", rule: "already-hosting" };
  const subtotal = placeSubtotal(sentence, tokens, start, end);
  if (subtotal) return { relation: "part-of", text: subtotal, rule: "place-subtotal", place: subtotal };

  const from = Math.max(0, start - BEFORE_WINDOW);
  const to = end + AFTER_WINDOW;
  const event = firstWithin(facts.otherEvents, from, to);
  if (event) return { relation: "other-event", text: event.text, rule: "other-event" };
  const period = firstWithin(facts.periods, from, to);
  if (period) return { relation: "cumulative", text: period.text, rule: "period" };
  if (facts.timeScope) {
    // "On Tuesday, officials had put the toll at 57,600": a count the article's own has superseded.
    const superseded = /\bhad (?:put|given|set|reported|said|estimated|confirmed)\b/.test(sentence);
    return { relation: superseded ? "earlier-count" : "other-event", text: facts.timeScope.text, rule: superseded ? "had-put" : "other-time" };
  }
  return null;
}

/** A question, projection or fear: "200,000, 300,000?", "could rise to 100", "fears that about 180 have died". */
function hypothetical(sentence: string, start: number, end: number): string | null {
  const before = sentence.slice(Math.max(0, start - 60), start);
  const terminal = /[.!?]/.exec(sentence.slice(end, end + AFTER_WINDOW));
  if (terminal?.[0] === "?") return "?";
  const projection = /\b(?:could|may|might|would|will|(?:is|are) (?:expected|likely|feared) to)\s+(?:[a-z]+\s+)?(?:rise|reach|climb|exceed|top|increase|hit|surpass|double)(?:\s+(?:to|above|beyond))?\s*$/i.exec(before);
  if (projection) return projection[0].trim();
  const fear = /\bfears?\s+(?:that\s+)?$/i.exec(before);
  if (fear) return fear[0].trim();
  return null;
}

/** A count given as a change: "has risen to 366", "raising the toll to 53", "later put the number at". */
const UPDATE_BEFORE = /\b(?:rose|risen|rising|raised|raising|raises|climbed|climbing|increased|jumped|bringing|brought|pushing|taking|lifting|revised|updated)\b[^.;]{0,100}\bto\s*$|\blater\b[^.;]{0,80}$/i;


/** "put the number of wounded miners at 18", "the toll of civilians to 40": the group named before the number. */
const NUMBER_OF_BEFORE = /\b(?:number|toll|count|tally) of (?:[a-z]+ )?([a-z]+) (?:at|to|as)\s*$/i;

/** Words read after a figure for its counted group: "Syrian troops", "six of its top officials". */
const GROUP_WORDS = 5;

/** The counted group: the words after the number up to the last head noun ("Syrian troops", "taxi drivers"). */
function groupAfter(sentence: string, tokens: readonly Token[], start: number, end: number): string | null {
  let k = tokenAt(tokens, end);
  const within = (i: number) => i < tokens.length && tokens[i]!.start < end + GROUP_WINDOW;
  // "six of its top officials": the group after the possessive.
  if (within(k + 1) && tokens[k]!.lower === "of" && (tokens[k + 1]!.lower === "the" || POSSESSIVE_DETERMINERS.has(tokens[k + 1]!.lower))) k += 2;
  if (within(k) && ADDED_MODIFIERS.has(tokens[k]!.lower)) k++;
  const words: string[] = [];
  let last = -1;
  for (; within(k) && words.length < GROUP_WORDS && tokens[k]!.word; k++) {
    const t = tokens[k]!;
    const word = t.lower.replace(/[^\p{L}'’-]/gu, "");
    if (NUMBER_PHRASE_ENDS.has(word)) break;
    words.push(t.text);
    if (GENERIC_HEADS.has(word) || word in GROUP_CLASSES) last = words.length - 1;
  }
  if (last >= 0) return words.slice(0, last + 1).join(" ");
  const named = NUMBER_OF_BEFORE.exec(sentence.slice(Math.max(0, start - GROUP_WINDOW), start));
  const head = named?.[1]?.toLowerCase();
  return head && (GENERIC_HEADS.has(head) || head in GROUP_CLASSES) ? head : null;
}

/** Normalise a group to its class: "Syrian troops" and "soldiers" are `soldiers`; "people", "dead" or none is null (everyone). */
export function groupClass(group: string | null): string | null {
  if (group === null) return null;
  const head = group.split(" ").at(-1)!.toLowerCase();
  if (GENERIC_HEADS.has(head)) return null;
  return GROUP_CLASSES[head] ?? head;
}

/**
 * The figure's day as written: the day expression nearest the figure, in its part of the sentence. A day inside
 * another statement that does not hold the figure is that statement's: "has risen to 366, compared with a count
 * of 281 issued Monday by the government" gives 366 no Monday.
 */
function dayOf(facts: SentenceFacts, start: number, end: number, statements: ReadonlyArray<readonly [number, number]>): string | null {
  const others = statements.filter(([from, to]) => start < from || end > to);
  let best: Hit | null = null;
  for (const hit of facts.days) {
    if (hit.end < start - BEFORE_WINDOW || hit.index > end + AFTER_WINDOW) continue;
    if (others.some(([from, to]) => hit.index >= from && hit.end <= to)) continue;
    const distance = hit.index >= end ? hit.index - end : start - hit.end;
    if (!best || distance < (best.index >= end ? best.index - end : start - best.end)) best = hit;
  }
  return best?.text ?? null;
}

/** "nine people had died there": a place the sentence names, not the whole event. */
const THERE_AFTER = /^(?: [\p{L}-]+){0,4} (?:had )?(?:died|were killed|was killed|killed|dead|injured|wounded) there\b/u;
/** "confirmed two deaths": a confirmed count is a floor, not the whole toll. */
const CONFIRMED_BEFORE = /\bconfirm(?:ed|s)?\s+(?:the\s+)?$/i;
/**
 * Those a hospital has, a floor on the toll: the figure at [start, end) is followed within `GROUP_WINDOW` by
 * "were being treated" (HOSPITAL_AFTER: "61 were being treated", "38, are still hospitalised") or follows
 * "treated", "received", "brought in" ("treated 38 people", "received one body").
 */
function hospitalCount(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokenAt(tokens, start) - 1;
  const verb = tokens[before];
  if (verb && verb.end < start) {
    if (HOSPITAL_VERBS_BEFORE.has(verb.lower)) return true;
    if (verb.lower === "in" && tokens[before - 1]?.lower === "brought") return true;
  }
  const after = tokenAt(tokens, end);
  // The words right after the figure, as written after a space (a figure that ends inside a word has none).
  if (after >= tokens.length || tokens[after]!.start === end || (after > 0 && tokens[after - 1]!.end > end)) return false;
  const found = matchAt(tokens, HOSPITAL_AFTER, after);
  return found !== null && found[1] <= end + GROUP_WINDOW;
}

/** An incident noun before an outcome verb in the figure's clause: "A cholera outbreak ... has killed", "The flooding, ..., killed". */
const EVENT_NOUN = new RegExp(`\\b(${[...EVENT_NOUNS].join("|")})\\b`, "i");
const OUTCOME_VERB_BEFORE = /\b(?:killed|kills|killing|left|leaving|injured|injuring|wounded|wounding|displaced|claimed(?: the lives of)?)\s+$/i;
/** One word per kind of incident, so "floods" and "flooding", "quake" and "earthquake" name the same one. */
const EVENT_STEMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^flood/i, "flood"],
  [/quake/i, "earthquake"],
  [/^(?:fire|blaze|wildfire)/i, "fire"],
  [/^(?:stampede|crush)/i, "crush"],
  [/^(?:strike|airstrike|raid|bombing|blast|explosion|attack)/i, "attack"],
];

/** The incident the figure's clause names before its outcome verb, as one stem word; null when it names none. */
function eventOf(sentence: string, start: number): string | null {
  const before = sentence.slice(Math.max(0, start - UPDATE_WINDOW), start);
  if (!OUTCOME_VERB_BEFORE.test(before)) return null;
  const clause = before.slice(Math.max(before.lastIndexOf("."), before.lastIndexOf(";")) + 1);
  const noun = EVENT_NOUN.exec(clause)?.[1]?.toLowerCase();
  if (!noun) return null;
  return EVENT_STEMS.find(([pattern]) => pattern.test(noun))?.[1] ?? noun.replace(/(?:es|s)$/, "");
}

/**
 * Return the scope of each figure at the given [start, end) offsets of one sentence, reading the sentence once.
 * `statements` are the parts of the sentence its attributed statements cover, when it has any; `tokens` is the
 * sentence's one token stream (a sentence node's `data.tokens`).
 */
export function readScopes(
  sentence: string,
  spans: ReadonlyArray<readonly [number, number]>,
  statements: ReadonlyArray<readonly [number, number]> = [],
  tokens: readonly Token[] = tokenize(sentence),
): FigureScope[] {
  if (spans.length === 0) return [];
  const facts = readSentence(sentence, tokens);
  return spans.map(([start, end]) => {
    const group = groupAfter(sentence, tokens, start, end);
    const head = group?.split(" ").at(-1)?.toLowerCase() ?? "";
    const question = hypothetical(sentence, start, end);
    const found: Found | null = question ? { relation: "hypothetical", text: question, rule: "hypothetical" } : relationOf(sentence, tokens, start, end, facts);
    const lead = sentence.slice(Math.max(0, start - 30), start);
    const there = THERE_AFTER.test(sentence.slice(end, end + GROUP_WINDOW)) ? "there" : null;
    return {
      group,
      place: found?.place ?? there,
      time: dayOf(facts, start, end, statements),
      event: eventOf(sentence, start),
      relation: found?.relation ?? "whole",
      partOf: null,
      floor: FOUND_HEADS.has(head) || CONFIRMED_BEFORE.test(lead) || hospitalCount(tokens, start, end),
      update: UPDATE_BEFORE.test(sentence.slice(Math.max(0, start - UPDATE_WINDOW), start)),
      text: found?.text ?? null,
      rule: found?.rule ?? null,
    };
  });
}

/** Return the scope of the figure at [start, end) of a sentence (one figure: `readScopes` reads a sentence once for all). */
export function figureScope(sentence: string, start: number, end: number): FigureScope {
  return readScopes(sentence, [[start, end]])[0]!;
}

/** The scope of a figure the text does not qualify: the event's toll. */
export function wholeScope(): FigureScope {
  return { group: null, place: null, time: null, event: null, relation: "whole", partOf: null, floor: false, update: false, text: null, rule: null };
}

/**
 * Link each part to the figure it is part of: the nearest earlier figure of the same metric that is a whole
 * (in text order). A part with no such figure keeps `partOf` null, and the comparison treats it as a toll
 * ("35 people had been rescued, including 11 who were injured": the count it is part of is no outcome),
 * so "Four of them were in serious condition" is part of it.
 */
export function linkParts(figures: readonly Figure[]): Map<string, string> {
  const links = new Map<string, string>();
  const lastWhole = new Map<string, string>();
  for (const figure of figures) {
    if (figure.scope.relation === "part-of") {
      const whole = lastWhole.get(figure.metric);
      if (whole) links.set(figure.id, whole);
      // A part of no outcome count ("35 rescued, including 11 injured") is the toll, and later parts are its parts.
      else lastWhole.set(figure.metric, figure.id);
    } else if (figure.scope.relation === "whole") {
      lastWhole.set(figure.metric, figure.id);
    }
  }
  return links;
}
