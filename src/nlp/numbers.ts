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
import {
  GLUED_SCALES, ORDINAL_SUFFIXES, ORDINAL_WORDS, SCALE_WORDS, SPACED_SCALES, TEEN_WORDS, TENS_WORDS, UNIT_WORDS,
} from "./lexicon/numbers.ts";
import { DURATION_MODIFIERS, MONTHS, RELATIVE_DAYS, TIME_UNITS, WEEKDAYS } from "./lexicon/time.ts";

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

// ---------------------------------------------------------------------------------------------------------
// Tokenizer

type TokenType = "num" | "word" | "punct";

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  type: TokenType;
}

const SPACES = new Set([" ", "\t", "\n", "\r", "\f", "\v", "\u00a0", "\u2002", "\u2003", "\u2007", "\u2009", "\u200a", "\u202f"]);
/** Characters that separate groups of thousands besides the comma ("35 000", thin and no-break spaces). */
const GROUP_SPACES = new Set([" ", "\u00a0", "\u2007", "\u2009", "\u202f"]);
const HYPHENS = new Set(["-", "\u2010", "\u2011"]);
/** Dashes that join the two ends of a range ("10-12", "January 26–31"); an em dash opens a clause instead. */
const RANGE_DASHES = new Set(["-", "\u2010", "\u2011", "\u2013"]);
const LETTER = /\p{L}/u;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return LETTER.test(c);
}

function token(s: string, start: number, end: number, type: TokenType): Token {
  const text = s.slice(start, end);
  return { text, lower: text.toLowerCase(), start, end, type };
}

/**
 * Split a sentence into numbers, words and single punctuation marks in one pass.
 * A number is digits with thousands groups of exactly three digits after one kind of separator, then an
 * optional decimal part; a word is letters and digits with inner apostrophes and hyphens ("country's",
 * "thirty-three", "week-old"). Look-ahead is at most five characters, so there is no backtracking.
 */
function tokenize(s: string): Token[] {
  const toks: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (SPACES.has(c)) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      let j = i;
      while (isDigit(s[j])) j++;
      if (j - i <= 3) {
        let sep: string | null = null;
        for (;;) {
          const d = s[j];
          if (d === undefined) break;
          const allowed = sep === null ? d === "," || GROUP_SPACES.has(d) : d === sep;
          if (!allowed || !isDigit(s[j + 1]) || !isDigit(s[j + 2]) || !isDigit(s[j + 3]) || isDigit(s[j + 4])) break;
          sep = d;
          j += 4;
        }
      }
      if (s[j] === "." && isDigit(s[j + 1])) {
        j++;
        while (isDigit(s[j])) j++;
      }
      toks.push(token(s, i, j, "num"));
      i = j;
      continue;
    }
    if (isLetter(c)) {
      let j = i + 1;
      for (;;) {
        const d = s[j];
        if (isLetter(d) || isDigit(d)) j++;
        else if (d !== undefined && (d === "'" || d === "’" || HYPHENS.has(d)) && isLetter(s[j + 1])) j += 2;
        else break;
      }
      toks.push(token(s, i, j, "word"));
      i = j;
      continue;
    }
    toks.push(token(s, i, i + 1, "punct"));
    i++;
  }
  return toks;
}

// ---------------------------------------------------------------------------------------------------------
// Lexicon

/** A set of words written as one space-separated list. */
const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

const MEASURE_UNITS = set(`
  km kms kilometres kilometers kilometre kilometer mile miles metre metres meter meters feet foot ft inch inches cm
  mm kg kgs kilograms kilogram kilos gram grams tonnes tonne tons ton lb lbs litres liters litre liter gallons
  barrels hectares acres degrees degree mph kph km/h knots magnitude megawatts mw kw gw kilowatts volts calories
`);
/** Units after "square" or "cubic": "300 square kilometres". */
const AREA_PREFIXES = set("square sq cubic");
const CURRENCY_SYMBOLS = set("$ £ € ¥ ₹ ₦ ₱ ₩");
const CURRENCY_CODES = set("usd eur gbp jpy cny inr rs ksh zar chf aud cad");
const CURRENCY_WORDS = set(`
  dollar dollars euro euros pound pounds sterling yen yuan renminbi rupee rupees franc francs shilling shillings
  naira rand birr cents pence dinars dinar riyals rials dirhams pesos roubles rubles lira kwacha cedis taka ringgit
  baht leones rupiah
`);

/** Qualifier phrases before a number, longest first where they share words. */
const QUALIFIER_LIST: ReadonlyArray<readonly [readonly string[], Qualifier]> = [
  [["at", "least"], "at-least"],
  [["a", "minimum", "of"], "at-least"],
  [["no", "fewer", "than"], "at-least"],
  [["no", "less", "than"], "at-least"],
  [["not", "less", "than"], "at-least"],
  [["not", "fewer", "than"], "at-least"],
  [["more", "than"], "more-than"],
  [["upwards", "of"], "more-than"],
  [["in", "excess", "of"], "more-than"],
  [["greater", "than"], "more-than"],
  [["over"], "more-than"],
  [["above"], "more-than"],
  [["as", "many", "as"], "up-to"],
  [["as", "high", "as"], "up-to"],
  [["as", "much", "as"], "up-to"],
  [["up", "to"], "up-to"],
  [["an", "estimated"], "about"],
  [["close", "to"], "about"],
  [["nearly"], "about"],
  // "the death toll is now nearing 1,900", "approaching 500".
  [["nearing"], "about"],
  [["approaching"], "about"],
  [["almost"], "about"],
  [["about"], "about"],
  [["around"], "about"],
  [["approximately"], "about"],
  [["approx"], "about"],
  [["roughly"], "about"],
  [["some"], "about"],
  [["circa"], "about"],
  [["at", "most"], "at-most"],
  [["a", "maximum", "of"], "at-most"],
  [["no", "more", "than"], "at-most"],
  [["not", "more", "than"], "at-most"],
  [["fewer", "than"], "at-most"],
  [["less", "than"], "at-most"],
  [["under"], "at-most"],
  [["below"], "at-most"],
  [["only"], "exact"],
  [["just"], "exact"],
  [["exactly"], "exact"],
  [["precisely"], "exact"],
];
/** The qualifiers by their last word, longest first, so "no more than" wins over "more than". */
const QUALIFIERS = new Map<string, Array<readonly [readonly string[], Qualifier]>>();
for (const entry of [...QUALIFIER_LIST].sort((x, y) => y[0].length - x[0].length)) {
  const lastWord = entry[0][entry[0].length - 1]!;
  QUALIFIERS.set(lastWord, [...(QUALIFIERS.get(lastWord) ?? []), entry]);
}
const QUALIFIER_FIRST_WORDS = new Set(QUALIFIER_LIST.map(([phrase]) => phrase[0]!));
/** Adverbs that may sharpen a qualifier ("just over", "well above"); they join the span, not the meaning. */
const QUALIFIER_ADVERBS = set("just well only slightly far");

/** How an outcome word is used, which decides whose outcome it states. */
interface Cue {
  metric: Metric;
  pos: "verb" | "noun" | "adj";
  /** A verb whose active form takes the victims as object ("killed 62 troops"). */
  transitive?: boolean;
  /** Counts only in the passive ("were held"), not in "held talks". */
  passiveOnly?: boolean;
  /** Counts only in the active ("10,000 people gathered"), not in "samples were gathered". */
  activeOnly?: boolean;
  /** A noun for participants that yields to any outcome verb ("15 protesters were killed"). */
  weak?: boolean;
}

const CUES = new Map<string, Cue>();
const addCues = (metric: Metric, pos: Cue["pos"], words: string, extra: Omit<Cue, "metric" | "pos"> = {}): void => {
  for (const w of words.split(" ")) CUES.set(w, { metric, pos, ...extra });
};
addCues("killed", "verb", "killed kill kills killing murdered massacred executed", { transitive: true });
addCues("killed", "verb", "died die dies perished drowned martyred");
addCues("killed", "adj", "dead slain deceased");
addCues("killed", "noun", "deaths death fatalities fatality bodies body corpses lives toll");
addCues("wounded", "verb", "wounded injured hurt wounding injuring", { transitive: true });
addCues("wounded", "noun", "injuries injury burns wounds");
// "61 were being treated": treated in hospital, in the passive only ("doctors treated 40" names no outcome).
addCues("wounded", "verb", "treated", { passiveOnly: true });
addCues("missing", "adj", "missing unaccounted");
addCues("missing", "verb", "disappeared");
addCues("displaced", "verb", "displaced evacuated", { transitive: true });
addCues("displaced", "verb", "fled flee fleeing");
// "evacuation centers were sheltering 2,400 people", "2,000 people sheltering in schools".
addCues("displaced", "verb", "sheltering sheltered", { transitive: true });
addCues("displaced", "adj", "homeless");
// "about 180 refugees ... have died": a status noun yields to the clause's outcome verb.
addCues("displaced", "noun", "refugees evacuees", { weak: true });
addCues("arrested", "verb", "arrested detained jailed imprisoned captured", { transitive: true });
addCues("arrested", "verb", "held", { transitive: true, passiveOnly: true });
addCues("arrested", "noun", "arrests detainees detentions custody");
// Participants and crowds yield to any outcome verb ("15 protesters were killed").
addCues("crowd", "noun", "crowd attendance turnout marchers protesters protestors demonstrators", { weak: true });
addCues("crowd", "noun", "participants attendees", { weak: true });
addCues("crowd", "verb", "marched rallied gathered protested demonstrated attended", { activeOnly: true });
addCues("other", "noun", "cases infections hostages casualties");
addCues("other", "verb", "infected sickened hospitalised hospitalized kidnapped abducted", { transitive: true });

/** Nouns that hold a figure ("the death toll at 83", "the number at 45,000", "a fatalities count of 281"). */
const TALLY_NOUNS = set("toll tally count total figure figures number estimate estimates");
/** Outcome words in their singular or modifier form ("casualty figure", "injury toll"). */
const MODIFIER_CUES = new Map<string, Metric>([
  ["death", "killed"], ["deaths", "killed"], ["fatality", "killed"], ["fatalities", "killed"], ["casualty", "other"],
  ["casualties", "other"], ["injury", "wounded"], ["injuries", "wounded"], ["arrest", "arrested"],
  ["arrests", "arrested"], ["crowd", "crowd"], ["refugee", "displaced"], ["attendance", "crowd"],
  ["killing", "killed"], ["killings", "killed"], ["evacuation", "displaced"], ["displacement", "displaced"],
  ["detention", "arrested"], ["detentions", "arrested"],
]);
/** Words that join a tally to its figure: "at 83", "to 366", "of 281", "was 50". */
const LINKS = set(`
  at of to from was is were are reached hit topped passed exceeded surpassed neared reaches hits tops passes exceeds
  surpasses nears exceeding surpassing topping
`);
/** Verbs before "from X to Y" that make it a change rather than a range ("raised the toll from 50 to 73"). */
const CHANGE_VERBS = set(`
  raise raised raises raising rose rise rises rising risen increase increased increases increasing climbed climbing
  jumped revised revising lowered lowering fell fall falling dropped cut grew grown went brought bringing pushed
  doubled soared surged declined reduced reducing up down changed moved
`);
const PASSIVE_AUX = set("was were been being is are be get got gets getting");
const AUX = new Set([...PASSIVE_AUX, ...set("have has had will would could may might must can should did do does")]);
/** Adverbs between an auxiliary and its participle ("were reportedly killed"). */
const ADVERBS = set(`
  reportedly allegedly also all later then subsequently initially confirmed officially since now already either
  mostly reported feared believed thought presumed known
`);
/** Words that begin an object after an active verb ("killed the", "arrested two"). */
const OBJECT_STARTERS = set(`
  the a an his her their its our my your him them us me more some several many dozens scores hundreds thousands tens
  nearly almost about around over up as all two three four five six seven eight nine ten one
`);
/** Words that end the clause of a number when scanning forward for its outcome. */
const CLAUSE_STOPS = set(`
  where when whereas while because although though if unless until after before since as whom whose sentenced
  convicted charged said says say told according claims claim reports reported added stated insisted warned
`);
const COORDINATORS = set("and but or yet");
/** Words that end a noun phrase right after a number, so the number has no head noun ("at 83 and"). */
const NP_BREAKERS = set(`
  and or but in on at by from for with to as than said says say told according compared over into since during while
  when after before
`);
const FUNCTION_WORDS = new Set([
  ...NP_BREAKERS,
  ...AUX,
  ...set(`
  the a an this that these those which who it they he she we its their his her of not no all there here then so if
  about around under between among through per yesterday today only just some nearly almost up until since last next
  every each another
  `),
]);
const DETERMINERS = set("the a an its their his her our this that these those every each your my");
/** Nouns for people ("2000 people" is no year; "the toll rose to 50 civilians" is a figure). */
const PEOPLE_NOUNS = set(`
  people persons men women children police policemen soldiers troops civilians residents villagers students workers
  families migrants pilgrims passengers patients victims militants rebels fighters insurgents journalists officials
  inmates prisoners refugees youths boys girls babies infants adults others more additional further other new
  suspects pupils guards nationals priests monks nuns cadets recruits colleagues relatives parents friends guests
  personnel captives opponents agents citizens individuals kids cops marines pilots staff crew nurses medics athletes
`);
/** Endings of plural nouns for people ("miners", "survivors", "activists", "Palestinians", "gunmen", "migrants"). */
const PEOPLE_ENDINGS = ["ers", "ors", "ists", "ians", "men", "ees", "ren", "ants"];

/** Words before a year ("in 2005", "the 2005 World Social Forum"). */
const YEAR_PREPOSITIONS = set(`
  in since of by until till from during before after early late mid the year between through to and its circa
`);
const AGE_WORDS = set("age aged ages");
/** Nouns after "six-month-old" that make it an age. */
const CHILDREN = set("baby babies child children boy boys girl girls infant infants son daughter toddler");
/** Words that may sit between "age" and its number ("the age of 60", "aged between 18 and 25"). */
const AGE_LINKS = set("of the from between at to over under");
const INCLUSION = set("including include includes included among");
/** Verbs whose object is not the victim of an outcome ("sentenced 12 people to death"). */
const VERDICTS = set("sentenced convicted charged condemned acquitted tried fined indicted");
/** Verbs that give a crowd its size after a rally noun ("the march drew 20,000 people"). */
const DRAW_VERBS = set("drew draws drawing attracted attracts attracting");
const RALLY_NOUNS = set(`
  rally rallies march marches protest protests demonstration demonstrations vigil gathering crowd
`);

// ---------------------------------------------------------------------------------------------------------
// Numbers: digits and words

/** One number as written, before its context is read. */
interface Core {
  /** First and last token (inclusive). */
  first: number;
  last: number;
  value: number;
  /** The value before a scale word ("5" in "5 million") and the scale, for ranges like "5 to 10 million". */
  base: number;
  scale: number;
  digits: boolean;
  integer: boolean;
  ordinal: boolean;
  /** "1990s", "60s". */
  decade: boolean;
  /** Four digits with no separator, scale or decimals: possibly a year. */
  plain4: boolean;
  /** Letters written against the digits that are no known suffix ("10km", "3D"). */
  glued: string | null;
  /** The rest of a hyphenated word after its number ("two-year-old" leaves ["year", "old"]). */
  tail: string[];
  /** The number's own words in lower case ("one", "thirty-three"). */
  words: string;
}

/** Round away binary noise from scaling ("1.1 million" is 1100000, not 1100000.0000000002). */
function tidy(n: number): number {
  return Number.isInteger(n) ? n : Number(n.toPrecision(12));
}

function word(toks: Token[], k: number): string {
  const t = toks[k];
  return t !== undefined && t.type === "word" ? t.lower : "";
}

function punct(toks: Token[], k: number): string {
  const t = toks[k];
  return t !== undefined && t.type === "punct" ? t.text : "";
}

function adjacent(toks: Token[], a: number, b: number): boolean {
  const x = toks[a];
  const y = toks[b];
  return x !== undefined && y !== undefined && x.end === y.start;
}

function capitalised(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (t === undefined || t.type !== "word") return false;
  const c = t.text[0]!;
  return c !== c.toLowerCase();
}

function readDigits(toks: Token[], i: number): Core | null {
  const t = toks[i]!;
  const clean = t.text.replace(/[^0-9.]/g, "");
  const base = Number(clean);
  if (!Number.isFinite(base)) return null;
  const integer = !clean.includes(".");
  let last = i;
  let scale = 1;
  let ordinal = false;
  let decade = false;
  let glued: string | null = null;
  const next = toks[i + 1];
  if (next !== undefined && next.type === "word" && next.start === t.end) {
    const suffix = next.lower;
    if (integer && ORDINAL_SUFFIXES.has(suffix)) {
      ordinal = true;
      last = i + 1;
    } else if (integer && suffix === "s") {
      decade = true;
      last = i + 1;
    } else if (GLUED_SCALES.has(suffix)) {
      scale = GLUED_SCALES.get(suffix)!;
      last = i + 1;
    } else {
      glued = suffix;
    }
  } else if (next !== undefined && next.type === "word" && SPACED_SCALES.has(next.lower)) {
    scale = SPACED_SCALES.get(next.lower)!;
    last = i + 1;
  }
  return {
    first: i, last, value: scale === 1 ? base : tidy(base * scale), base, scale, digits: true, integer, ordinal, decade,
    plain4: clean.length === 4 && clean.length === t.text.length && scale === 1 && !ordinal && !decade,
    glued, tail: [], words: t.lower,
  };
}

type WordState = "start" | "unit" | "teen" | "tens" | "hundred" | "scale" | "and";

/** Whether `atom` can begin the number after "and" ("one hundred and five"). */
function smallNumberAtom(atom: string): boolean {
  return UNIT_WORDS.has(atom) || TEEN_WORDS.has(atom) || TENS_WORDS.has(atom) || ORDINAL_WORDS.has(atom);
}

function makeWords(toks: Token[], i: number, last: number, value: number, ordinal: boolean, tail: string[]): Core {
  let words = toks[i]!.lower;
  for (let k = i + 1; k <= last; k++) words += " " + toks[k]!.lower;
  return {
    first: i, last, value: tidy(value), base: value, scale: 1, digits: false, integer: Number.isInteger(value),
    ordinal, decade: false, plain4: false, glued: null, tail, words,
  };
}

/** Whether a word can begin a number in words: its first hyphen-separated part is a unit, teen, tens or ordinal word. */
function startsNumberWord(head: string): boolean {
  let cut = 0;
  while (cut < head.length) {
    const code = head.charCodeAt(cut);
    if (code === 0x2d || code === 0x2010 || code === 0x2011) break;
    cut++;
  }
  const atom = cut === head.length ? head : head.slice(0, cut);
  return UNIT_WORDS.has(atom) || TEEN_WORDS.has(atom) || TENS_WORDS.has(atom) || ORDINAL_WORDS.has(atom);
}

function readWords(toks: Token[], i: number): Core | null {
  const head = word(toks, i);
  if (head === "") return null;
  // Only "a", "half" or a unit, teen, tens or ordinal word can start a number (the state machine below
  // rejects any other first part); most words are none of these.
  if (head !== "a" && head !== "half" && !startsNumberWord(head)) return null;
  // "half a million"
  if (head === "half" && word(toks, i + 1) === "a" && SCALE_WORDS.has(word(toks, i + 2))) {
    return makeWords(toks, i, i + 2, 0.5 * SCALE_WORDS.get(word(toks, i + 2))!, false, []);
  }
  let total = 0;
  let group = 0;
  let state: WordState = "start";
  let maxScale = Infinity;
  let ordinal = false;
  let last = -1;
  let tail: string[] = [];
  let k = i;
  // "a hundred", "a dozen": the article counts as one only before a scale word.
  const second = word(toks, i + 1);
  if (head === "a" && (SCALE_WORDS.has(second) || second === "hundred" || second === "dozen")) {
    group = 1;
    state = "unit";
    k = i + 1;
  }
  outer: for (; k < toks.length && k < i + 24; k++) {
    const t = toks[k]!;
    if (t.type !== "word") break;
    const atoms = t.lower.split(/[-\u2010\u2011]/);
    for (let p = 0; p < atoms.length; p++) {
      const a = atoms[p]!;
      const nextAtom = p + 1 < atoms.length ? atoms[p + 1]! : (word(toks, k + 1).split(/[-\u2010\u2011]/)[0] ?? "");
      let ok = true;
      if (UNIT_WORDS.has(a)) {
        const v = UNIT_WORDS.get(a)!;
        ok = state === "start" || (v > 0 && state !== "unit" && state !== "teen");
        if (ok) { group += v; state = "unit"; }
      } else if (TEEN_WORDS.has(a) || TENS_WORDS.has(a)) {
        ok = state === "start" || state === "hundred" || state === "scale" || state === "and";
        if (ok) {
          group += TEEN_WORDS.get(a) ?? TENS_WORDS.get(a)!;
          state = TEEN_WORDS.has(a) ? "teen" : "tens";
        }
      } else if (a === "hundred") {
        ok = (state === "unit" || state === "teen") && group < 100;
        if (ok) { group *= 100; state = "hundred"; }
      } else if (SCALE_WORDS.has(a)) {
        const s = SCALE_WORDS.get(a)!;
        ok = state !== "start" && state !== "and" && state !== "scale" && s < maxScale;
        if (ok) { total += group * s; group = 0; maxScale = s; state = "scale"; }
      } else if (a === "dozen") {
        ok = state === "unit" && group < 10;
        if (ok) { group *= 12; state = "hundred"; last = k; tail = atoms.slice(p + 1); break outer; }
      } else if (a === "and" && atoms.length === 1) {
        ok = (state === "hundred" || state === "scale") && smallNumberAtom(nextAtom);
        if (ok) state = "and";
      } else if (ORDINAL_WORDS.has(a)) {
        const v = ORDINAL_WORDS.get(a)!;
        ok = v < 10 ? state !== "unit" && state !== "teen" : state !== "unit" && state !== "teen" && state !== "tens";
        if (v >= 100) ok = state !== "hundred" && state !== "scale";
        if (ok) {
          if (v >= 100) group = (state === "start" ? 1 : group) * v;
          else group += v;
          ordinal = true;
          state = "unit";
          last = k;
          tail = atoms.slice(p + 1);
          break outer;
        }
      } else {
        ok = false;
      }
      if (!ok) {
        if (p === 0) break outer;
        // The number ended inside a hyphenated word: "two-year-old" leaves "year-old" to the classifier.
        tail = atoms.slice(p);
        last = k;
        break outer;
      }
    }
    last = k;
  }
  if (last < i || state === "start" || state === "and") return null;
  return makeWords(toks, i, last, total + group, ordinal, tail);
}

/** Read the number that starts at token `i`, or null. */
function readCore(toks: Token[], i: number): Core | null {
  const t = toks[i];
  if (t === undefined) return null;
  if (t.type === "num") return readDigits(toks, i);
  if (t.type === "word") return readWords(toks, i);
  return null;
}

/** Parse a number written in digits or words ("eighty-three" is 83, "1.1 million" is 1100000); null for "dozens". */
export function parseNumberWords(text: string): number | null {
  const toks = tokenize(text);
  if (toks.length === 0) return null;
  const core = readCore(toks, 0);
  if (core === null || core.last !== toks.length - 1 || core.tail.length > 0 || core.glued !== null) return null;
  return core.value;
}

// ---------------------------------------------------------------------------------------------------------
// Qualifiers and ranges

/** Find a qualifier phrase ending just before token `end`, not reaching below `floor`. */
function qualifierBefore(toks: Token[], end: number, floor: number): { start: number; qualifier: Qualifier } | null {
  for (const [phrase, qualifier] of QUALIFIERS.get(word(toks, end - 1)) ?? []) {
    const start = end - phrase.length;
    if (start < floor) continue;
    let ok = true;
    for (let p = 0; p < phrase.length && ok; p++) ok = word(toks, start + p) === phrase[p];
    if (!ok) continue;
    // "just over", "well above": the adverb joins the span; "only" stays exact on its own.
    let s = start;
    if (s - 1 >= floor && QUALIFIER_ADVERBS.has(word(toks, s - 1)) && qualifier !== "exact") s--;
    return { start: s, qualifier };
  }
  return null;
}

interface Group {
  a: Core;
  b: Core | null;
  relation: "single" | "range" | "change";
  /** "between" or "from" that opens a range and belongs to its span, else null. */
  opener: number | null;
}

/** Whether the tokens before `from` say the quantity changed ("raised the toll from 50 to 73"). */
function changeBefore(toks: Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 8; k--) {
    if (CHANGE_VERBS.has(word(toks, k))) return true;
    if (word(toks, k) === "ranging" || word(toks, k) === "ranged" || word(toks, k) === "range") return false;
  }
  return false;
}

/** Find the second number of a range or list after `a` ("10-12", "40 to 50", "two or three", "200,000, 300,000?"). */
function readGroup(toks: Token[], a: Core, floor: number): Group {
  const single: Group = { a, b: null, relation: "single", opener: null };
  if (a.ordinal || a.tail.length > 0 || a.glued !== null) return single;
  const k = a.last + 1;
  const before = word(toks, a.first - 1);
  let b: Core | null = null;
  let relation: Group["relation"] = "range";
  let opener: number | null = null;
  const sep = punct(toks, k);
  if (RANGE_DASHES.has(sep)) {
    const c = readCore(toks, k + 1);
    if (c !== null && c.digits === a.digits) b = c;
    // "2005-06": the second year keeps the century of the first.
    if (b !== null && isYear(a) && toks[b.first]!.text.length === 2 && b.last === b.first) {
      b = { ...b, value: a.value - (a.value % 100) + b.value };
    }
  } else if (word(toks, k) === "to") {
    b = readCore(toks, k + 1);
    if (before === "from" && a.first - 1 >= floor) {
      if (changeBefore(toks, a.first - 1)) relation = "change";
      else opener = a.first - 1;
    }
  } else if (word(toks, k) === "or") {
    b = readCore(toks, k + 1);
  } else if (word(toks, k) === "and" && before === "between" && a.first - 1 >= floor) {
    b = readCore(toks, k + 1);
    opener = a.first - 1;
  } else if (sep === "," && a.digits) {
    // Alternatives listed together ("200,000, 300,000?") read as one range; a list goes on to a question mark,
    // "or" or the end, and its numbers have the same order of magnitude.
    const c = readCore(toks, k + 1);
    const after = toks[c === null ? k : c.last + 1];
    const ends = after === undefined || ["?", "!", ")", "—", "…"].includes(after.text) || after.lower === "or";
    if (c !== null && c.digits && !a.plain4 && ends && c.value <= a.value * 10) b = c;
  }
  if (b === null || b.ordinal || b.tail.length > 0 && !TIME_UNITS.has(b.tail[0]!)) return single;
  // "5 to 10 million": the first number takes the scale of the second.
  if (a.scale === 1 && b.scale > 1 && a.base <= b.base) a = { ...a, value: tidy(a.base * b.scale), scale: b.scale };
  if (!(b.value > a.value)) return single;
  return { a, b, relation, opener };
}

// ---------------------------------------------------------------------------------------------------------
// Outcome figures

/** Whether the noun phrase from `k` has a plural head for things, not people ("3 hospitals", "200 collapsed buildings"). */
function thingsHead(toks: Token[], k: number): boolean {
  for (let j = k; j < k + 3; j++) {
    const w = word(toks, j);
    if (w === "" || FUNCTION_WORDS.has(w) || PEOPLE_NOUNS.has(w) || CUES.has(w)) return false;
    if (w.length < 3 || !w.endsWith("s") || capitalised(toks, j)) continue;
    if (!PEOPLE_ENDINGS.some((e) => w.endsWith(e))) return true;
  }
  return false;
}

/** Whether the verb at `k` is passive ("were killed", "have been reportedly detained"). */
function passiveAt(toks: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const w = word(toks, j);
    if (PASSIVE_AUX.has(w)) return true;
    if (!ADVERBS.has(w)) return false;
  }
  return false;
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
  return OBJECT_STARTERS.has(t.lower) || capitalised(toks, k + 1) || UNIT_WORDS.has(t.lower) || TENS_WORDS.has(t.lower);
}

/** Words that open an apposition describing the counted people: "Four people, all members of one family, were hurt". */
const APPOSITION_OPENERS = set("all both mostly most many each");
const TAKE = set("took take takes taking");
const CONDITIONS = set("critical serious grave stable");
const SEVERITY = set("seriously critically severely gravely badly");
const CONDITION: Cue = { metric: "wounded", pos: "noun" };
const UNHEARD: Cue = { metric: "missing", pos: "adj" };
/** Heads that count households, not people: "2,300 families fled" is no count of the displaced. */
const HOUSEHOLDS = set("families households family household");
/** Words between a number and "population" in a population's size: "a 17,000 person population". */
const PERSON_WORDS = set("person people strong");
/** Verbs before "for" whose object is missing: "searching for 21 people". */
const SEARCH_VERBS = set("search searching searched searches looking hunting");
const APPOSITIVE_ENDS = set(", ; . :");
const TOOK_PART: Cue = { metric: "crowd", pos: "verb", activeOnly: true };
/** Verbs whose object is the subject's own injury: "sustained head injuries", "suffered burns". */
const SUFFER_VERBS = set("sustained suffered sustaining suffering");
/** Quantifiers of a subset after a comma: "most of them", "some of whom". */
const PARTITIVE_QUANTIFIERS = set("most many some all half several few none each");
/** Verbs of losing people: "Kenya loses 4,000 people to road crashes" counts the dead. */
const LOSE_VERBS = set("lose loses lost losing");

/** Verbs and prepositions before "their homes" that make people displaced: "left their homes", "driven from their homes". */
const LEFT_HOMES = set("left leave leaving abandoned abandon from");
const LEFT_HOME: Cue = { metric: "displaced", pos: "verb" };
/** What people are "left without" when displaced: "left without homes", "left without shelter". */
const HOME_WORDS = set("homes home shelter housing");
/** Punctuation that ends a dash aside's search: a dash (its close) or a full stop. */
const DASH_ASIDE_ENDS = set("— – . ; ! ?");
/** What people vote in, which "took part in" does not make a crowd: "took part in a referendum". */
const VOTES = set("referendum vote voting poll polls election elections ballot survey census primary primaries");
/** Whether "part" at `k` ("took part in ...") is followed within a few words by a vote, not a gathering. */
function votedIn(toks: Token[], k: number): boolean {
  for (let j = k + 1; j < toks.length && j <= k + 5; j++) if (VOTES.has(word(toks, j))) return true;
  return false;
}

type Scan = { metric: Metric } | "agent" | null;

/**
 * Scan forward from a number for the outcome its clause states ("62 soldiers were killed", "150 wounded",
 * "30 taxi drivers who took part in ... were arrested"). The clause ends at strong punctuation, another number,
 * a subordinating word, or a coordinator after the clause's verb.
 */
function scanForward(toks: Token[], from: number): Scan {
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
          if (/^(?:who|which|that|whom)$/.test(word(toks, j))) relativeInside = true;
          if (!relativeInside && PASSIVE_AUX.has(word(toks, j)) && CUES.get(word(toks, j + 1))?.pos === "verb") break;
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
      if (";:.!?—–)[]".includes(t.text)) break;
      continue;
    }
    words++;
    const w = t.lower;
    // "Three children aged between four and nine are among the injured": skip the ages.
    if (AGE_WORDS.has(w)) {
      let j = k + 1;
      if (/^(?:between|from|under|over)$/.test(word(toks, j))) j++;
      if (toks[j]?.type === "num" || UNIT_WORDS.has(word(toks, j)) || TEEN_WORDS.has(word(toks, j)) || TENS_WORDS.has(word(toks, j))) {
        j++;
        if (/^(?:and|to)$/.test(word(toks, j)) || RANGE_DASHES.has(punct(toks, j))) j += 2;
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
    const reportedState = w === "reported" && CUES.has(word(toks, k + 1));
    if (CLAUSE_STOPS.has(w) && !hearsay && !reportedState && !(w === "as" && (CUES.get(word(toks, k + 1))?.pos === "noun" || CUES.get(word(toks, k + 1))?.pos === "adj"))) break;
    // "were attacked and sustained head injuries": the coordinated verb states the same people's injuries.
    if (COORDINATORS.has(w) && verbSeen && !SUFFER_VERBS.has(word(toks, k + 1))) break;
    if (w === "who" || w === "which" || w === "that") relative = true;
    // "took part in the rally" and "took to the streets" are a crowd, but not in a relative clause
    // ("drivers who took part ... were arrested").
    const tookPart = (w === "part" && TAKE.has(word(toks, k - 1)) && !votedIn(toks, k)) ||
      // "more than 40,000 turned up", "thousands showed up", "10,000 people turned out" (not "turned out to be").
      (w === "up" && /^(?:turned|showed)$/.test(word(toks, k - 1))) ||
      (w === "out" && word(toks, k - 1) === "turned" && !/^(?:to|that)$/.test(word(toks, k + 1))) ||
      (w === "streets" && word(toks, k - 2) === "to" && TAKE.has(word(toks, k - 3)));
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
    const cue = tookPart ? TOOK_PART : leftHomes ? LEFT_HOME : condition ?? CUES.get(w);
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
      const alternative = word(toks, k + 1) === "or" ? CUES.get(word(toks, k + 2)) : undefined;
      if (alternative !== undefined && alternative.metric !== cue.metric && !alternative.weak) return { metric: "other" };
      return { metric: cue.metric };
    }
    if (AUX.has(w) || (w.length > 4 && w.endsWith("ed"))) verbSeen = true;
  }
  return weak === null ? null : { metric: weak };
}

/** The outcome named by the words after "of" in "two of the dead", "the number of people killed". */
function ofPhraseMetric(toks: Token[], of: number): { metric: Metric | null; end: number } {
  let k = of + 1;
  for (; k < toks.length && k <= of + 4; k++) {
    const t = toks[k]!;
    if (t.type !== "word" || NP_BREAKERS.has(t.lower) || AUX.has(t.lower)) {
      // "one of the rally's organizers": a possessive modifies the head that follows; step over it.
      if (/^['’]s?$/.test(t.text) || /^['’]$/.test(t.text)) continue;
      break;
    }
    // The possessor is no head: "the rally's organizers" are organizers, not a rally.
    if (/^['’]/.test(toks[k + 1]?.text ?? "") || /['’]s$/.test(t.text)) continue;
    const cue = CUES.get(t.lower);
    if (cue !== undefined && !cue.activeOnly && !cue.passiveOnly) return { metric: cue.metric, end: k };
  }
  return { metric: null, end: k };
}

/** Search backward from `from` for any outcome word, for a tally that names none ("the number at 45,000"). */
function cueBefore(toks: Token[], from: number, limit: number, nounsOnly: boolean): Metric | null {
  let words = 0;
  for (let k = from; k >= 0 && k > from - limit * 3 && words < limit; k--) {
    const t = toks[k]!;
    if (t.type === "punct" && t.text === ";") break;
    if (t.type !== "word") continue;
    words++;
    const cue = CUES.get(t.lower);
    // "held" is an arrest only in its own clause's passive, never from afar ("elections held in May").
    if (cue !== undefined && !cue.passiveOnly && (!nounsOnly || cue.pos !== "verb")) return cue.metric;
  }
  return null;
}

interface Outcome {
  kind: "figure" | "count" | "other";
  metric: Metric | null;
}

/**
 * Resolve a tally noun ("death toll", "the number", "a fatalities count") to the outcome it counts; `earlier` are
 * the metrics of figures before it in the sentence, `previous` the previous sentences' metric.
 */
function tallyMetric(toks: Token[], k: number, earlier: Metric[], previous: Metric | null): Metric | "none" | null {
  const w = word(toks, k);
  // An outcome noun holds its own figure ("a crowd of 10,000", "deaths rose to 50").
  if (!TALLY_NOUNS.has(w)) return MODIFIER_CUES.get(w) ?? (w === "turnout" ? "crowd" : null);
  const modifier = MODIFIER_CUES.get(word(toks, k - 1));
  if (modifier !== undefined) return modifier;
  if (w === "toll") return "killed";
  // "an estimate of 35,000" is the anaphoric case below: the number follows at once.
  if (word(toks, k + 1) === "of" && toks[k + 2]?.type !== "num") {
    // "the number of marchers" names its outcome; "the number of troops" is no outcome at all.
    return ofPhraseMetric(toks, k + 1).metric ?? "none";
  }
  // An anaphoric tally ("police put the figure at 80,000"): the last figure or outcome word of the sentence,
  // else the previous sentences' outcome ("Reuters put the figure at twenty-three.").
  const own = earlier[earlier.length - 1] ?? cueBefore(toks, k - 1, 40, false);
  if (own !== null && own !== undefined) return own;
  if (previous !== null) previousUsed = true;
  return previous;
}

/** Set when `tallyMetric` fell back to the previous sentences' metric during the current `findNumbers` call. */
let previousUsed = false;

/**
 * Decide whether a number of people or things is an outcome figure, and of what.
 * `start`/`last` bound the number's span (qualifier included); `earlier` holds the metrics of figures already
 * found in the sentence, which "including at least one police officer" inherits.
 */
function outcome(
  toks: Token[],
  start: number,
  last: number,
  core: Core,
  previous: Metric | null,
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
  const verb = CUES.get(verbWord);
  if (verb !== undefined && verb.transitive && !verb.passiveOnly && (verbWord.endsWith("ing") || !passiveAt(toks, verbAt))) return figure(verb.metric);
  if (DRAW_VERBS.has(prev)) {
    for (let k = start - 2; k >= 0 && k >= start - 8; k--) if (RALLY_NOUNS.has(word(toks, k))) return figure("crowd");
  }
  // "Kenya loses about 4,000 people to road crashes every year": those lost to a cause are dead.
  if (LOSE_VERBS.has(prev) && (word(toks, last + 2) === "to" || word(toks, last + 3) === "to") && word(toks, last + 1) !== "to") return figure("killed");
  // "rescuers were searching for 21 people": those searched for are missing.
  if (prev === "for" && SEARCH_VERBS.has(word(toks, start - 2))) return figure("missing");
  // "claimed the lives of 70 people", "cost the lives of 12", "recovered the bodies of 87 victims".
  if (prev === "of" && /^(?:lives|bodies|remains)$/.test(word(toks, start - 2))) return figure("killed");
  // "Police put it at 8,000": the figure of the sentence before, taken up by "it".
  if (prev === "at" && word(toks, start - 2) === "it" && previous !== null && /^(?:put|puts|placed|estimated|estimates)$/.test(word(toks, start - 3))) {
    return figure(previous);
  }
  // 2. A tally names the figure: "put the death toll at 83", "a fatalities count of 281", "risen to 366".
  // A partitive is no tally's value: "estimates ranged ... by a spokesman from one of the organizers".
  const partitiveAhead = start === last && word(toks, start) === "one" && word(toks, last + 1) === "of" && /^(?:the|its|their|his|her|our|these|those)$/.test(word(toks, last + 2));
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
      if (t.type === "punct" && ";.!?".includes(t.text)) break;
      if (t.type !== "word") continue;
      words++;
      const tallies = TALLY_NOUNS.has(t.lower) || MODIFIER_CUES.has(t.lower) || t.lower === "turnout";
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
  if ((prev === "and" || prev === ",") && /^(?:others|more)$/.test(word(toks, after)) && earlier.length > 0) {
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

// ---------------------------------------------------------------------------------------------------------
// Classification

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

const pad = (n: number): string => String(n).padStart(2, "0");

/** The month named by the token at `k` ("September", "Sept"), only capitalised so "may" stays a verb. */
function monthAt(toks: Token[], k: number): number | null {
  const m = MONTHS.get(word(toks, k));
  return m !== undefined && capitalised(toks, k) ? m : null;
}

function isDay(core: Core | null): core is Core {
  return core !== null && core.digits && core.integer && core.scale === 1 && core.value >= 1 && core.value <= 31;
}

function isYear(core: Core | null): core is Core {
  return core !== null && core.plain4 && core.value >= 1000 && core.value <= 2999;
}

/** Read a date around a day or year: "September 17", "Sept. 17, 2016", "2 November", "January 26–31", "January 2010". */
function readDate(
  toks: Token[],
  core: Core,
  floor: number,
  contextYear: number | null,
): { first: number; last: number; value: string; range: boolean } | null {
  let m = core.first - 1;
  if (punct(toks, m) === "." && adjacent(toks, m - 1, m)) m--;
  const monthBefore = m >= floor ? monthAt(toks, m) : null;
  let first = core.first;
  let last = core.last;
  let month: number | null = null;
  let range = false;
  if (monthBefore !== null && isYear(core) && !core.ordinal) {
    return { first: m, last, value: `${core.value}-${pad(monthBefore)}`, range: false };
  }
  if (!isDay(core)) return null;
  // "January 26–31", "26–31 January"
  if (RANGE_DASHES.has(punct(toks, last + 1))) {
    const b = readCore(toks, last + 2);
    if (isDay(b) && b.value > core.value) {
      last = b.last;
      range = true;
    }
  }
  if (monthBefore !== null) {
    month = monthBefore;
    first = m;
  } else {
    let k = last + 1;
    if (word(toks, k) === "of") k++;
    const after = monthAt(toks, k);
    if (after === null) return null;
    month = after;
    last = punct(toks, k + 1) === "." && adjacent(toks, k, k + 1) && word(toks, k).length <= 4 ? k + 1 : k;
  }
  let year = contextYear;
  let k = last + 1;
  if (punct(toks, k) === ",") k++;
  const y = readCore(toks, k);
  if (isYear(y)) {
    year = y.value;
    last = y.last;
  }
  const day = `${pad(month)}-${pad(core.value)}`;
  return { first, last, value: year === null ? `--${day}` : `${year}-${day}`, range };
}

/** The unit after a number: a hyphenated tail ("three-week"), a hyphen ("12-year-old") or the next word. */
function unitAfter(toks: Token[], core: Core): { parts: string[]; last: number } | null {
  if (core.tail.length > 0) return { parts: core.tail, last: core.last };
  const k = core.last + 1;
  if (HYPHENS.has(punct(toks, k)) && adjacent(toks, core.last, k) && adjacent(toks, k, k + 1) && word(toks, k + 1) !== "") {
    return { parts: word(toks, k + 1).split(/[-\u2010\u2011]/), last: k + 1 };
  }
  if (word(toks, k) !== "") return { parts: word(toks, k).split(/[-\u2010\u2011]/), last: k };
  return null;
}

interface Unit {
  kind: NumberKind;
  /** Token indices the unit adds to the span. */
  first: number;
  last: number;
}

/** Classify by what is written around the number: money, percent, age, duration, measurement, ordinal, year. */
function unitKind(toks: Token[], group: Group, start: number, floor: number, currency: boolean): Unit | null {
  const a = group.a;
  const b = group.b ?? group.a;
  const end = b.last;
  const k = end + 1;
  const at = (kind: NumberKind, last = end, first = start): Unit => ({ kind, first, last });
  if (currency) return at("money");
  // "5 million dollars", "300 Zimbabwe dollars"
  if (CURRENCY_WORDS.has(word(toks, k))) return at("money", k);
  if (capitalised(toks, k) && CURRENCY_WORDS.has(word(toks, k + 1))) return at("money", k + 1);
  if (b.glued !== null && CURRENCY_CODES.has(b.glued)) return at("money", end + 1);
  // "40%", "40 per cent", "40 percent"
  if (punct(toks, k) === "%") return at("percent", k);
  if (word(toks, k) === "per" && word(toks, k + 1) === "cent") return at("percent", k + 1);
  if (["percent", "pct", "per-cent"].includes(word(toks, k))) return at("percent", k);
  if (word(toks, k) === "percentage" && word(toks, k + 1).startsWith("point")) return at("percent", k + 1);
  // "magnitude 7.0", "a magnitude-7.0"
  let m = a.first - 1;
  if (HYPHENS.has(punct(toks, m)) && adjacent(toks, m, a.first)) m--;
  if (start === a.first && m >= floor && (word(toks, m) === "magnitude" || word(toks, m) === "category")) {
    return at("measurement", end, m);
  }
  if (a.ordinal) return at("ordinal");
  // Ages: "aged 45", "the age of 60", "raising the age from 60 to 62", "a 12-year-old", "45 years old", "his 60s".
  for (let j = start - 1, steps = 0; j >= floor && steps < 3; j--, steps++) {
    if (AGE_WORDS.has(word(toks, j))) return at("age", end, steps === 0 ? j : start);
    if (!AGE_LINKS.has(word(toks, j))) break;
  }
  const unit = unitAfter(toks, b);
  const u = unit?.parts[0] ?? "";
  if (unit !== null && (u === "year" || u === "years" || u === "month" || u === "months")) {
    // "a 12-year-old", "a six-month-old baby"; but "a six-month-old truce" is the truce's duration.
    const old = unit.parts[1] === "old" || unit.parts[1] === "olds";
    if (old && (u.startsWith("year") || CHILDREN.has(word(toks, unit.last + 1)))) return at("age", unit.last);
    if (word(toks, unit.last + 1) === "old") return at("age", unit.last + 1);
    if (word(toks, unit.last + 1) === "of" && word(toks, unit.last + 2) === "age") return at("age", unit.last + 2);
  }
  if (a.decade && ["his", "her", "their"].includes(word(toks, start - 1))) return at("age");
  // "John Smith, 45, was ...": an age in commas after a name.
  const p = start - 1;
  const inCommas = punct(toks, p) === "," && (punct(toks, k) === "," || punct(toks, k) === ")");
  const inBrackets = punct(toks, p) === "(" && punct(toks, k) === ")";
  const name = p - 1 >= 0 && capitalised(toks, p - 1) && !WEEKDAYS.has(word(toks, p - 1)) && !MONTHS.has(word(toks, p - 1));
  if (group.b === null && a.digits && a.integer && a.value >= 1 && a.value <= 120 && (inCommas || inBrackets) && name) {
    return at("age");
  }
  // Durations: "seven days", "two year anniversary", "three-week", "48-hour", "five straight days".
  if (unit !== null && TIME_UNITS.has(u)) return at("duration", unit.last);
  if (DURATION_MODIFIERS.has(word(toks, k)) && TIME_UNITS.has(word(toks, k + 1))) return at("duration", k + 1);
  // Measurements: "10 km", "10km", "5 miles", "30 degrees", "7.0-magnitude", "300 square kilometres".
  if (b.glued !== null && MEASURE_UNITS.has(b.glued)) return at("measurement", end + 1);
  if (unit !== null && MEASURE_UNITS.has(u)) return at("measurement", unit.last);
  if (AREA_PREFIXES.has(word(toks, k)) && MEASURE_UNITS.has(word(toks, k + 1))) return at("measurement", k + 1);
  if (punct(toks, k) === "°") return at("measurement", ["c", "f"].includes(word(toks, k + 1)) ? k + 1 : k);
  if (word(toks, k) === "on" && word(toks, k + 1) === "the" && word(toks, k + 2) === "richter") {
    return at("measurement", word(toks, k + 3) === "scale" ? k + 3 : k + 2);
  }
  // Times of day: "10:30", "3 p.m."
  const clock = punct(toks, k) === ":" && adjacent(toks, end, k) && toks[k + 1]?.type === "num" ? k + 1 : end;
  const t = clock + 1;
  if (["am", "pm", "gmt", "utc"].includes(word(toks, t))) return at("other", t);
  if ((word(toks, t) === "a" || word(toks, t) === "p") && punct(toks, t + 1) === "." && word(toks, t + 2) === "m") {
    return at("other", punct(toks, t + 3) === "." && adjacent(toks, t + 2, t + 3) ? t + 3 : t + 2);
  }
  if (clock !== end) return at("other", clock);
  return null;
}

/** Whether a four-digit number is a year: "in 2005", "the 2005 World Social Forum", but not "2000 people". */
function yearAt(toks: Token[], core: Core, qualified: boolean): boolean {
  if (!isYear(core) || qualified) return false;
  const before = word(toks, core.first - 1);
  if (CUES.get(before)?.transitive) return false;
  if (YEAR_PREPOSITIONS.has(before) || before.endsWith("'s") || before.endsWith("’s")) return true;
  const next = toks[core.last + 1];
  if (next !== undefined && next.type === "word" && !capitalised(toks, core.last + 1)) {
    const plural = next.lower.endsWith("s") && !FUNCTION_WORDS.has(next.lower);
    if (PEOPLE_NOUNS.has(next.lower) || CUES.has(next.lower) || plural) return false;
  }
  return true;
}

const PRONOUN_ONE_BEFORE = set("no the this that any every each which");

/** Whether a "one" is the pronoun ("no one", "one another", "the one"), not a number. */
function pronounOne(toks: Token[], core: Core): boolean {
  if (core.words !== "one") return false;
  const before = word(toks, core.first - 1);
  const after = word(toks, core.last + 1);
  return PRONOUN_ONE_BEFORE.has(before) || after === "another";
}

/** Letters before "$" that name the dollar: "US$", "HK$". */
const DOLLAR_PREFIXES = set("us a c hk nz r z s");
const OPENING = new Set(['"', "“", "‘", "'", "(", "[", "«"]);

/** Whether a number in digits is part of a name or code: "COVID-19", "F-16", "3D", "9/11", "24/7". */
function identifier(toks: Token[], core: Core): boolean {
  if (!core.digits) return false;
  const slashAfter = punct(toks, core.last + 1) === "/" && adjacent(toks, core.last, core.last + 1);
  if (slashAfter && toks[core.last + 2]?.type === "num") return true;
  const slashBefore = punct(toks, core.first - 1) === "/" && adjacent(toks, core.first - 1, core.first);
  if (slashBefore && toks[core.first - 2]?.type === "num") return true;
  if (core.glued !== null && !MEASURE_UNITS.has(core.glued) && !CURRENCY_CODES.has(core.glued)) return true;
  const h = core.first - 1;
  if (HYPHENS.has(punct(toks, h)) && adjacent(toks, h - 1, h) && adjacent(toks, h, core.first)) {
    const name = toks[h - 1]!;
    return name.type === "word" && (name.text.length === 1 || name.text !== name.lower);
  }
  return false;
}

/** Forms of "tell", whose object is a name the told clause follows: "told AFP 12 died". */
const TOLD = set("told tell tells telling");

/** Whether a number in digits labels something named: "Route 5", "Resolution 1441", "Flight 17". */
function labelNumber(toks: Token[], core: Core, start: number): boolean {
  const k = core.first - 1;
  // A capital that only starts the sentence ("Another 10 people") names nothing.
  if (!core.digits || start !== core.first || !capitalised(toks, k)) return false;
  if (k === 0 || OPENING.has(punct(toks, k - 1))) return false;
  // "told Reuters 20 people were killed": the name is the one told; the number opens the clause.
  if (TOLD.has(word(toks, k - 1))) return false;
  const w = word(toks, k);
  return !FUNCTION_WORDS.has(w) && !WEEKDAYS.has(w) && !MONTHS.has(w) && !CUES.has(w) && !QUALIFIER_FIRST_WORDS.has(w);
}

/** A duration with its number implied: "a week-long", "nearly week-old", "a decade-long war". */
function impliedDuration(toks: Token[], i: number): boolean {
  const w = word(toks, i);
  if (!w.includes("-") && !w.includes("\u2010") && !w.includes("\u2011")) return false;
  const parts = w.split(/[-\u2010\u2011]/);
  if (parts.length !== 2 || !TIME_UNITS.has(parts[0]!) || parts[0]!.endsWith("s")) return false;
  return parts[1] === "old" || parts[1] === "long";
}

/** Whether the number just read is no number of the prose: an adverb "first", the pronoun "one", a code. */
function notANumber(toks: Token[], core: Core): boolean {
  // Word ordinals count only as adjectives after a determiner ("a second day"), not in "were first declared".
  const det = word(toks, core.first - 1);
  const determined = DETERMINERS.has(det) || det.endsWith("'s") || det.endsWith("’s");
  if (core.ordinal && !core.digits && !determined) return true;
  const strayTail = core.tail.length > 0 && !TIME_UNITS.has(core.tail[0]!) && !MEASURE_UNITS.has(core.tail[0]!);
  return strayTail || pronounOne(toks, core) || identifier(toks, core);
}

const PASSING_VERBS = set("surpassing surpassed surpasses exceeding exceeded exceeds topping topped tops");

/** Read the prefix of a number: a currency sign, "between"/"from" of a range, then a qualifier. */
function readPrefix(
  toks: Token[],
  group: Group,
  floor: number,
): { start: number; currency: boolean; qualified: boolean; qualifier: Qualifier } {
  let start = group.a.first;
  let currency = false;
  if (CURRENCY_SYMBOLS.has(punct(toks, start - 1)) && start - 1 >= floor) {
    currency = true;
    start--;
    // "US$5", "HK$3"
    if (adjacent(toks, start - 1, start) && start - 1 >= floor && DOLLAR_PREFIXES.has(word(toks, start - 1))) start--;
  } else if (CURRENCY_CODES.has(word(toks, start - 1)) && start - 1 >= floor) {
    currency = true;
    start--;
  }
  if (group.opener !== null) start = group.opener;
  const q = qualifierBefore(toks, start, floor);
  // "surpassing 600", "now exceeds 60,000": a verb of passing a mark makes the figure a lower bound (the verb
  // stays outside the span, so tallies still link through it).
  const passed = q === null && start - 1 >= floor && (PASSING_VERBS.has(word(toks, start - 1)) ||
    (word(toks, start - 1) === "past" && !DETERMINERS.has(word(toks, start - 2)) && !YEAR_PREPOSITIONS.has(word(toks, start - 2))));
  return { start: q?.start ?? start, currency, qualified: q !== null, qualifier: q?.qualifier ?? (passed ? "more-than" : "exact") };
}

/** Read a qualifier after a number: "150 or more", "50 or so", "150+"; returns the new last token. */
function readSuffix(toks: Token[], last: number): { last: number; qualifier: Qualifier } | null {
  if (word(toks, last + 1) === "or") {
    const w = word(toks, last + 2);
    if (w === "more") return { last: last + 2, qualifier: "at-least" };
    if (w === "so") return { last: last + 2, qualifier: "about" };
    if (w === "fewer" || w === "less") return { last: last + 2, qualifier: "at-most" };
  }
  if (punct(toks, last + 1) === "+" && adjacent(toks, last, last + 1)) return { last: last + 1, qualifier: "more-than" };
  return null;
}

/** Find every number in one English news sentence and classify it (sorted by start, non-overlapping). */
export function findNumbers(sentence: string, context: NumberContext = {}): NumberMatch[] {
  return findNumbersIn(sentence, tokenize(sentence), context);
}

/** `findNumbers` over the sentence's tokens; sets `previousUsed` when the previous sentences' metric decided a figure. */
function findNumbersIn(sentence: string, toks: Token[], context: NumberContext): NumberMatch[] {
  previousUsed = false;
  const year = context.year ?? null;
  const previous = context.previousMetric ?? null;
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

  return found.map((m) => {
    const start = toks[m.start]!.start;
    const end = toks[m.end]!.end;
    const { kind, value, valueMax, qualifier, metric, datetime } = m;
    return { start, end, text: sentence.slice(start, end), kind, value, valueMax, qualifier, metric, datetime };
  });
}

/** Return the outcome metric a sentence talks about, to carry to the next sentence's anaphora. */
export function sentenceMetric(sentence: string): Metric | null {
  const toks = tokenize(sentence);
  return metricOf(findNumbersIn(sentence, toks, {}), toks);
}

/** The metric `sentenceMetric` gives, from the sentence's numbers found with no context and its tokens. */
function metricOf(found: NumberMatch[], toks: Token[]): Metric | null {
  for (let k = found.length - 1; k >= 0; k--) if (found[k]!.kind === "figure") return found[k]!.metric;
  for (const t of toks) {
    const cue = t.type === "word" ? CUES.get(t.lower) : undefined;
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
  const matches = findNumbersIn(sentence, toks, context);
  const plain = previousUsed ? findNumbersIn(sentence, toks, {}) : matches;
  return { matches, metric: metricOf(plain, toks) };
}
