/**
 * Split English news prose into sentences.
 *
 * A sentence ends at `.`, `!` or `?` (and any closing quotes or brackets after it) when white space and a
 * sentence opener follow. Abbreviations ("Dr.", "Sept.", "U.S.") and initials ("J. Smith") do not end a
 * sentence unless the next word is one that only starts sentences ("The", "It", "But"...).
 * Linear time: one pass over the text, no backtracking expressions.
 */
import { ABBREVIATIONS, SENTENCE_OPENERS } from "./lexicon/abbreviations.ts";

/** A sentence as offsets into the text it came from (end exclusive, white space trimmed). */
export interface SentenceSpan {
  start: number;
  end: number;
}

const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "»"]);
const OPENERS = new Set(['"', "'", "“", "‘", "(", "[", "«", "¿", "¡"]);

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\n" || ch === "\t" || ch === "\r" || ch === "\u00a0";
}

/** The word that ends just before `index` (letters, digits and inner dots). */
function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && /[\p{L}\p{N}.]/u.test(text[start - 1]!)) start--;
  return text.slice(start, index);
}

/** The word that starts at `index`, after any opening quotes. */
function wordAfter(text: string, index: number): string {
  let start = index;
  while (start < text.length && OPENERS.has(text[start]!)) start++;
  let end = start;
  while (end < text.length && /[\p{L}\p{N}'’-]/u.test(text[end]!)) end++;
  return text.slice(start, end);
}

/** Whether the full stop at `dot` belongs to an abbreviation or an initial. */
function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word === "") return false;
  const bare = word.replace(/^\.+/, "");
  if (ABBREVIATIONS.has(bare.toLowerCase())) return true;
  // Initials and dotted acronyms: "J.", "U.S.", "U.N.".
  if (/^(\p{Lu}\.)*\p{Lu}$/u.test(bare)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(bare)) return true;
  return false;
}

/** Split `text` into sentence spans. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    // Take a run of terminal punctuation ("?!", "...") and closing quotes or brackets.
    let end = i + 1;
    while (end < text.length && (text[end] === "." || text[end] === "!" || text[end] === "?")) end++;
    while (end < text.length && CLOSERS.has(text[end]!)) end++;
    if (end < text.length && !isSpace(text[end])) {
      i = end - 1;
      continue;
    }
    let next = end;
    while (next < text.length && isSpace(text[next])) next++;
    if (next >= text.length) break;
    const nextChar = text[next]!;
    const opensSentence =
      isUpper(nextChar) || /\p{N}/u.test(nextChar) || (OPENERS.has(nextChar) && nextChar !== "(");
    if (!opensSentence) {
      i = end - 1;
      continue;
    }
    if (ch === "." && end === i + 1 && isAbbreviation(text, i)) {
      const following = wordAfter(text, next);
      if (!SENTENCE_OPENERS.has(following)) {
        i = end - 1;
        continue;
      }
    }
    push(end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  return spans;
}
