/**
 * Read one number as written, in digits or in words, before its context is read: "1,100", "2.5bn", "1990s",
 * "one hundred and five", "thirty-three", "a dozen", "half a million", "3rd".
 */
import { type Token, tokenize, word } from "./tokens.ts";
import {
  GLUED_SCALES, ORDINAL_SUFFIXES, ORDINAL_WORDS, SCALE_WORDS, SPACED_SCALES, TEEN_WORDS, TENS_WORDS, UNIT_WORDS,
} from "../lexicon/numbers.ts";

/** One number as written, before its context is read. */
export interface Core {
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
export function tidy(n: number): number {
  return Number.isInteger(n) ? n : Number(n.toPrecision(12));
}


export function readDigits(toks: Token[], i: number): Core | null {
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

export type WordState = "start" | "unit" | "teen" | "tens" | "hundred" | "scale" | "and";

/** Whether `atom` can begin the number after "and" ("one hundred and five"). */
export function smallNumberAtom(atom: string): boolean {
  return UNIT_WORDS.has(atom) || TEEN_WORDS.has(atom) || TENS_WORDS.has(atom) || ORDINAL_WORDS.has(atom);
}

export function makeWords(toks: Token[], i: number, last: number, value: number, ordinal: boolean, tail: string[]): Core {
  let words = toks[i]!.lower;
  for (let k = i + 1; k <= last; k++) words += " " + toks[k]!.lower;
  return {
    first: i, last, value: tidy(value), base: value, scale: 1, digits: false, integer: Number.isInteger(value),
    ordinal, decade: false, plain4: false, glued: null, tail, words,
  };
}

/** Whether a word can begin a number in words: its first hyphen-separated part is a unit, teen, tens or ordinal word. */
export function startsNumberWord(head: string): boolean {
  let cut = 0;
  while (cut < head.length) {
    const code = head.charCodeAt(cut);
    if (code === 0x2d || code === 0x2010 || code === 0x2011) break;
    cut++;
  }
  const atom = cut === head.length ? head : head.slice(0, cut);
  return UNIT_WORDS.has(atom) || TEEN_WORDS.has(atom) || TENS_WORDS.has(atom) || ORDINAL_WORDS.has(atom);
}

export function readWords(toks: Token[], i: number): Core | null {
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
export function readCore(toks: Token[], i: number): Core | null {
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

export function isDay(core: Core | null): core is Core {
  return core !== null && core.digits && core.integer && core.scale === 1 && core.value >= 1 && core.value <= 31;
}

export function isYear(core: Core | null): core is Core {
  return core !== null && core.plain4 && core.value >= 1000 && core.value <= 2999;
}

