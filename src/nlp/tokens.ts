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

/** Split a sentence into tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    if (!WORD_CHAR.test(ch)) {
      tokens.push(make(text, i, i + 1, false));
      i++;
      continue;
    }
    // A word runs over letters and digits, and over ' ’ - . , when a letter or digit follows
    // ("Russia’s", "US-led", "U.S", "1,100"); a comma only between digits.
    let end = i + 1;
    while (end < text.length) {
      const c = text[end]!;
      if (WORD_CHAR.test(c)) {
        end++;
        continue;
      }
      if (INNER_CHAR.test(c) && end + 1 < text.length && WORD_CHAR.test(text[end + 1]!)) {
        if (c === "," && !(/\p{N}/u.test(text[end - 1]!) && /\p{N}/u.test(text[end + 1]!))) break;
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

function make(text: string, start: number, end: number, word: boolean): Token {
  const value = text.slice(start, end);
  return {
    text: value,
    lower: value.toLowerCase().replace(/’/g, "'"),
    start,
    end,
    word,
    capital: word && /^\p{Lu}/u.test(value),
  };
}
