/**
 * The number reader's view of a sentence's one token stream (src/nlp/tokens.ts, made from parse-english's
 * leaves): the same tokens, with each word that holds digits or inner full stops read into its numbers,
 * words and marks ("5m" is 5 and "m", "12-hundred" is 12, "-" and "hundred", "2.5bn" is 2.5 and "bn"), and
 * numbers whose thousands are grouped by spaces joined ("35 000"); and the small look-ups every figure rule
 * uses on them.
 */
import type { Token as SentenceToken } from "../tokens.ts";

type TokenType = "num" | "word" | "punct";

/** A token of the number reader, with its offsets in the sentence. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  type: TokenType;
}

/** Characters that separate groups of thousands besides the comma ("35 000", thin and no-break spaces). */
const GROUP_SPACES = new Set([" ", "\u00a0", "\u2007", "\u2009", "\u202f"]);
/** Hyphens inside a word or between a number and its unit. */
export const HYPHENS = new Set(["-", "\u2010", "\u2011"]);
/** Splits a hyphenated word into its parts: "twenty-one", "year‐old". */
export const HYPHEN_SPLIT = /[-\u2010\u2011]/;
/** Dashes that join the two ends of a range ("10-12", "January 26–31"); an em dash opens a clause instead. */
export const RANGE_DASHES = new Set(["-", "\u2010", "\u2011", "\u2013"]);
/** Marks after the last of a list of alternatives: "200,000, 300,000?" */
export const LIST_ENDS = new Set(["?", "!", ")", "—", "…"]);
/** Marks that end a number's clause when scanning forward. */
export const CLAUSE_END_MARKS = new Set([...";:.!?—–)[]"]);
/** Marks that end a sentence or a clause of equal rank. */
export const SENTENCE_END_MARKS = new Set([...";.!?"]);
const LETTER = /\p{L}/u;
const SPACES = /\s/u;
/** A word of the sentence's stream that the number reader reads into parts: it holds a digit or an inner full stop. */
const NEEDS_PARTS = /[0-9.]/;/** A group of three digits after a space-grouped number ("000" of "35 000"), with its decimals. */
const SPACED_GROUP = /^[0-9]{3}(?:\.[0-9]+)?$/;
/** The first digits of a space-grouped number: one to three digits, then groups with the same space. */
const GROUP_HEAD = /^[0-9]{1,3}$/;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return LETTER.test(c);
}

function token(s: string, start: number, end: number, type: TokenType, base: number): Token {
  const text = s.slice(start, end);
  return { text, lower: text.toLowerCase(), start: base + start, end: base + end, type };
}

/**
 * Read one word of the sentence's stream (or a text with no stream) into numbers, words and marks: a number is
 * digits with thousands groups of exactly three digits after one kind of separator, then an optional decimal
 * part; a word is letters and digits with inner apostrophes and hyphens; white space is skipped. `base` is
 * the text's offset in the sentence. Look-ahead is at most five characters: linear, no backtracking.
 */
function readParts(s: string, base: number, out: Token[]): void {
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (SPACES.test(c)) {
      i++;
    } else if (isDigit(c)) {
      let j = i;
      while (isDigit(s[j])) j++;
      if (j - i <= 3) {
        while (s[j] === "," && isDigit(s[j + 1]) && isDigit(s[j + 2]) && isDigit(s[j + 3]) && !isDigit(s[j + 4])) j += 4;
      }
      if (s[j] === "." && isDigit(s[j + 1])) {
        j++;
        while (isDigit(s[j])) j++;
      }
      out.push(token(s, i, j, "num", base));
      i = j;
    } else if (isLetter(c)) {
      let j = i + 1;
      for (;;) {
        const d = s[j];
        if (isLetter(d) || isDigit(d)) j++;
        else if (d !== undefined && (d === "'" || d === "’" || HYPHENS.has(d)) && isLetter(s[j + 1])) j += 2;
        else break;
      }
      out.push(token(s, i, j, "word", base));
      i = j;
    } else {
      out.push(token(s, i, i + 1, "punct", base));
      i++;
    }
  }
}

/** Join a number grouped by spaces ("35 000", "1 200 000") into one token: the groups share one space character. */
function joinSpacedGroups(sentence: string, toks: Token[]): Token[] {
  const out: Token[] = [];
  let separator = "";
  for (const t of toks) {
    const previous = out[out.length - 1];
    const gap = previous !== undefined && t.start === previous.end + 1 ? sentence[previous.end]! : "";
    const joins = t.type === "num" && previous?.type === "num" && GROUP_SPACES.has(gap) && SPACED_GROUP.test(t.text) &&
      !previous.text.includes(".") && (GROUP_HEAD.test(previous.text) || gap === separator);
    if (!joins) {
      separator = "";
      out.push(t);
      continue;
    }
    separator = gap;
    const text = previous.text + gap + t.text;
    out[out.length - 1] = { text, lower: text, start: previous.start, end: t.end, type: "num" };
  }
  return out;
}

/**
 * The number reader's tokens of a sentence, from the sentence's one token stream (`tokens`, offsets in
 * `sentence`): the stream's own tokens where it reads them whole (punctuation, and words with no digit, inner
 * full stop or "’"), and new ones for the parts of the rest.
 */
export function numberTokens(sentence: string, tokens: readonly SentenceToken[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (!t.word) out.push(t);
    else if (NEEDS_PARTS.test(t.text)) readParts(t.text, t.start, out);
    // The stream's `lower` is the same but for "’", which it straightens: lowercase again only then.
    else if (t.text.includes("’")) out.push({ text: t.text, lower: t.text.toLowerCase(), start: t.start, end: t.end, type: "word" });
    else out.push(t);
  }
  return joinSpacedGroups(sentence, out);
}

/**
 * Tokenize text that comes with no token stream (a caller outside a document, the tests) for the number reader:
 * the same reading `numberTokens` gives a document's sentence, in one linear pass.
 */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  readParts(s, 0, out);
  return joinSpacedGroups(s, out);
}

/** The lower-case word at `k`, or "" for punctuation, a number or the end. */
export function word(toks: Token[], k: number): string {
  const t = toks[k];
  return t !== undefined && t.type === "word" ? t.lower : "";
}

/** The punctuation mark at `k`, or "". */
export function punct(toks: Token[], k: number): string {
  const t = toks[k];
  return t !== undefined && t.type === "punct" ? t.text : "";
}

/** Whether tokens `a` and `b` touch, with no space between them. */
export function adjacent(toks: Token[], a: number, b: number): boolean {
  const x = toks[a];
  const y = toks[b];
  return x !== undefined && y !== undefined && x.end === y.start;
}

/** Whether the token at `k` is a word that starts with a capital. */
export function capitalised(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (t === undefined || t.type !== "word") return false;
  const c = t.text[0]!;
  return c !== c.toLowerCase();
}

