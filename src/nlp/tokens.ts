/**
 * The token stream of a sentence, made from parse-english's leaves (prose.ts): words (with inner apostrophes,
 * hyphens and the dots of "U.S."), numbers and single punctuation marks, each with its offsets in the
 * sentence. One pass over the leaves, linear time.
 */
import { type Leaf, sentenceLeaves } from "./prose.ts";

/** A token with its offsets in the sentence. */
export interface Token {
  text: string;
  /** Lowercase, apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  /** True for a word or number, false for punctuation. */
  word: boolean;
  /** True when the word starts with a capital letter. */
  capital: boolean;
  /** What the number reader (figures/tokens.ts) reads it as, when it reads it whole: a word, or punctuation (inline code too). */
  type: "word" | "punct";
  /** Where the token starts in the Markdown file, from its first leaf of the prose tree; absent for plain text. */
  place?: TokenPlace;
}

/** A line and column (1-based) in the Markdown file. */
export interface TokenPlace {
  line: number;
  column: number;
}

/** Marks that join two parts of one word when letters or digits stand on both sides: "Russia’s", "US-led", "U.S", "1,100". */
const INNER_MARKS = new Set(["'", "’", "-", ".", ","]);
const CAPITAL = /^\p{Lu}/u;
const DIGIT = /\p{N}/u;
/** A dotted acronym before its final full stop, which stays with it: "U.S" of "U.S.". */
const DOTTED_ACRONYM = /^(\p{L}\.)+\p{L}$/u;
/** The longest dotted acronym read ("U.S.A.F" of "U.S.A.F."): a longer word is tested no further. */
const ACRONYM_LENGTH = 16;

/** Tokenize one sentence of plain text with the library (parse-english), offsets kept. */
export function tokenize(text: string): Token[] {
  const leaves = sentenceLeaves(text);
  return tokensOf(leaves, 0, leaves.length, 0);
}

/** A word being gathered from the library's leaves. */
interface OpenWord {
  text: string;
  start: number;
  end: number;
  /** The last leaf's text: reading the end of `text`, a string built by joining, would copy it (quadratic). */
  last: string;
  /** The first leaf's place in the file. */
  place: TokenPlace | null;
}

/**
 * Turn the library's leaves `first` to `end` (exclusive) into tokens with offsets from `base`: a word is a run
 * of text leaves joined by inner marks (', ’, -, . and a comma between digits); every other mark is a token of
 * its own, one a character, with two apostrophes standing for a straight double quotation mark; inline code is
 * one non-word token; white space is none.
 */
export function tokensOf(leaves: readonly Leaf[], first: number, end: number, base: number): Token[] {
  const tokens: Token[] = [];
  let word: OpenWord | null = null;
  for (let k = first; k < end; k++) {
    const leaf = leaves[k]!;
    if (leaf.kind === "space" || leaf.from === leaf.to) {
      word = close(tokens, word, base);
    } else if (leaf.kind === "text") {
      if (word === null || word.end !== leaf.from) {
        close(tokens, word, base);
        word = { text: leaf.value, start: leaf.from, end: leaf.to, last: leaf.value, place: leaf.start };
      } else {
        word.text += leaf.value;
        word.end = leaf.to;
        word.last = leaf.value;
      }
    } else if (word !== null && joinsWord(word, leaf, k + 1 < end ? leaves[k + 1] : undefined)) {
      word.text += leaf.value;
      word.end = leaf.to;
      word.last = leaf.value;
    } else {
      word = close(tokens, word, base);
      pushMarks(tokens, leaf, base);
    }
  }
  close(tokens, word, base);
  return tokens;
}

/** Push the open word, if any, as a token; no word is open after. */
function close(tokens: Token[], word: OpenWord | null, base: number): null {
  if (word !== null) tokens.push(make(word.text, word.start - base, word.end - base, true, word.place));
  return null;
}

/** Whether the mark `leaf` continues the open word: an inner mark before more of it, or the last dot of "U.S.". */
function joinsWord(word: OpenWord, leaf: Leaf, next: Leaf | undefined): boolean {
  if (word.end !== leaf.from || !INNER_MARKS.has(leaf.value)) return false;
  if (next !== undefined && next.kind === "text" && next.from === leaf.to) {
    return leaf.value !== "," || (DIGIT.test(word.last[word.last.length - 1]!) && DIGIT.test(next.value[0]!));
  }
  return leaf.value === "." && word.text.length <= ACRONYM_LENGTH && DOTTED_ACRONYM.test(word.text);
}

/** Push the tokens of a mark leaf: one a character, "''" as one `"`, inline code as one token. */
function pushMarks(tokens: Token[], leaf: Leaf, base: number): void {
  if (leaf.kind === "code") {
    tokens.push(make("·", leaf.from - base, leaf.to - base, false, leaf.start));
    return;
  }
  if (leaf.value === "''") {
    // Two apostrophes stand for a straight double quotation mark in some plain-text copy.
    tokens.push(make('"', leaf.from - base, leaf.to - base, false, leaf.start));
    return;
  }
  let at = leaf.from - base;
  for (const ch of leaf.value) {
    // A mark leaf lies on one line: its later characters are further along it.
    const place = leaf.start && at === leaf.from - base ? leaf.start : leaf.start && { line: leaf.start.line, column: leaf.start.column + at - (leaf.from - base) };
    tokens.push(make(ch, at, at + ch.length, false, place));
    at += ch.length;
  }
}

/** Replace the characters inside `ranges` with "·", keeping every offset: inline code is not prose. */
export function maskRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (from < at) continue;
    parts.push(text.slice(at, from), "·".repeat(Math.min(to, text.length) - from));
    at = Math.min(to, text.length);
  }
  parts.push(text.slice(at));
  return parts.join("");
}

function make(value: string, start: number, end: number, word: boolean, place: TokenPlace | null = null): Token {
  const lower = value.toLowerCase();
  let capital = false;
  if (word) {
    const code = value.charCodeAt(0);
    capital = code < 0x80 ? code >= 0x41 && code <= 0x5a : CAPITAL.test(value);
  }
  return {
    text: value,
    lower: lower.includes("’") ? lower.replace(/’/g, "'") : lower,
    start,
    end,
    word,
    capital,
    type: word ? "word" : "punct",
    // Always set (undefined for plain text), so every token has one shape.
    place: place ?? undefined,
  };
}

/** The index of the first token that starts at or after `offset` (binary search: tokens are in order). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
