/**
 * A tokenizer for English news sentences: words (with inner apostrophes, hyphens and the dots of
 * "U.S."), numbers and single punctuation marks, each with its offsets. One pass, linear time.
 */

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
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const INNER_CHAR = /[\p{L}\p{N}'’\-.,]/u;
const SPACE = /\s/u;
const DIGIT = /\p{N}/u;
const CAPITAL = /^\p{Lu}/u;

// ASCII fast paths for the character classes above; other characters go to the regular expressions.

function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(ch);
}

function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return WORD_CHAR.test(ch);
}

function isInnerChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return isWordChar(ch) || ch === "'" || ch === "-" || ch === "." || ch === ",";
  return INNER_CHAR.test(ch);
}

function isDigitChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x30 && code <= 0x39;
  return DIGIT.test(ch);
}

/** Split a sentence into tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (ch === "'" && text[i + 1] === "'") {
      // Two apostrophes stand for a straight double quotation mark in some plain-text copy: one `"` token.
      tokens.push({ ...make(text, i, i + 2, false), text: '"', lower: '"' });
      i += 2;
      continue;
    }
    if (!isWordChar(ch)) {
      tokens.push(make(text, i, i + 1, false));
      i++;
      continue;
    }
    // A word runs over letters and digits, and over ' ’ - . , when a letter or digit follows
    // ("Russia’s", "US-led", "U.S", "1,100"); a comma only between digits.
    let end = i + 1;
    while (end < text.length) {
      const c = text[end]!;
      if (isWordChar(c)) {
        end++;
        continue;
      }
      if (isInnerChar(c) && end + 1 < text.length && isWordChar(text[end + 1]!)) {
        if (c === "," && !(isDigitChar(text[end - 1]!) && isDigitChar(text[end + 1]!))) break;
        end += 2;
        continue;
      }
      break;
    }
    // Keep the final dot of a dotted acronym ("U.S.") with it.
    if (text[end] === "." && /^(\p{L}\.)+\p{L}$/u.test(text.slice(i, end))) end++;
    tokens.push(make(text, i, end, true));
    i = end;
  }
  return tokens;
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

function make(text: string, start: number, end: number, word: boolean): Token {
  const value = text.slice(start, end);
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
  };
}
