/**
 * The tokenizer of the number reader: numbers with their thousands groups ("35 000", "1,100.5"), words with inner
 * apostrophes and hyphens ("thirty-three", "week-old") and single punctuation marks, each with its offsets, and
 * the small look-ups every figure rule uses on them.
 */
export type TokenType = "num" | "word" | "punct";

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  type: TokenType;
}

export const SPACES = new Set([" ", "\t", "\n", "\r", "\f", "\v", "\u00a0", "\u2002", "\u2003", "\u2007", "\u2009", "\u200a", "\u202f"]);
/** Characters that separate groups of thousands besides the comma ("35 000", thin and no-break spaces). */
export const GROUP_SPACES = new Set([" ", "\u00a0", "\u2007", "\u2009", "\u202f"]);
export const HYPHENS = new Set(["-", "\u2010", "\u2011"]);
/** Dashes that join the two ends of a range ("10-12", "January 26–31"); an em dash opens a clause instead. */
export const RANGE_DASHES = new Set(["-", "\u2010", "\u2011", "\u2013"]);
/** Marks after the last of a list of alternatives: "200,000, 300,000?" */
export const LIST_ENDS = new Set(["?", "!", ")", "—", "…"]);
/** Marks that end a number's clause when scanning forward. */
export const CLAUSE_END_MARKS = new Set([...";:.!?—–)[]"]);
/** Marks that end a sentence or a clause of equal rank. */
export const SENTENCE_END_MARKS = new Set([...";.!?"]);
/** Letters after "°" that name the scale: "30°C". */
export const DEGREE_SCALES = new Set(["c", "f"]);
export const LETTER = /\p{L}/u;

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

export function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return LETTER.test(c);
}

export function token(s: string, start: number, end: number, type: TokenType): Token {
  const text = s.slice(start, end);
  return { text, lower: text.toLowerCase(), start, end, type };
}

/**
 * Split a sentence into numbers, words and single punctuation marks in one pass.
 * A number is digits with thousands groups of exactly three digits after one kind of separator, then an
 * optional decimal part; a word is letters and digits with inner apostrophes and hyphens ("country's",
 * "thirty-three", "week-old"). Look-ahead is at most five characters, so there is no backtracking.
 */
export function tokenize(s: string): Token[] {
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


export function word(toks: Token[], k: number): string {
  const t = toks[k];
  return t !== undefined && t.type === "word" ? t.lower : "";
}

export function punct(toks: Token[], k: number): string {
  const t = toks[k];
  return t !== undefined && t.type === "punct" ? t.text : "";
}

export function adjacent(toks: Token[], a: number, b: number): boolean {
  const x = toks[a];
  const y = toks[b];
  return x !== undefined && y !== undefined && x.end === y.start;
}

export function capitalised(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (t === undefined || t.type !== "word") return false;
  const c = t.text[0]!;
  return c !== c.toLowerCase();
}

