/**
 * Sentences of English news prose: parse-english's sentences, corrected where news prose needs it.
 *
 * The library ends a sentence at a terminal mark followed by white space, except after the abbreviations it
 * knows ("Dr.", "U.S."), before a lower-case word and before a number. Four named adjustments, driven by the
 * lexicon (lexicon/abbreviations.ts), correct it:
 * - `join-after-abbreviation`: no end after an abbreviation or initial the lexicon knows unless a sentence
 *   opener follows ("Insp. Rao said" stays one sentence; "by the U.S. The next day" is two).
 * - `end-after-word-stop`: a full stop the library kept inside a word ends the sentence when a capital follows
 *   and the word is no abbreviation ("... at 50,000. Police put it at 8,000.").
 * - `end-before-number`: a sentence may open with a number ("... fled. 2,000 remain.").
 * - `join-after-ellipsis`: "…" marks words left out of a quotation, not its end ("them. … Democratic groups, too").
 * A sentence ends only where white space and a capital, a digit or an opening quotation mark follow.
 * Linear time: each adjustment looks at a bounded number of leaves around one candidate end.
 */
import { ABBREVIATIONS, SENTENCE_OPENERS } from "./lexicon/abbreviations.ts";
import { type Leaf, textLeaves } from "./prose.ts";

/** A sentence as offsets into the text it came from (end exclusive, white space trimmed). */
export interface SentenceSpan {
  start: number;
  end: number;
}

const TERMINAL = /^[.!?]+$/;
const ELLIPSIS = "…";
const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "»", "''"]);
const OPENERS = new Set(['"', "'", "“", "‘", "(", "[", "«", "¿", "¡", "''"]);
/** Inner marks of a word read back from a full stop: "U.S", "e.g". */
const WORD_JOINERS = new Set(["'", "’", "-"]);
/** Letters of an abbreviation read back from its full stop, at most: "approx", "Thurs", "U.S.A". */
const ABBREVIATION_REACH = 12;

const isSpace = (leaf: Leaf | undefined): boolean => leaf !== undefined && (leaf.kind === "space" || leaf.from === leaf.to);
const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** The word that ends just before leaf `index`: letters, digits and inner full stops ("U.S", "Sept"). */
function wordBefore(leaves: readonly Leaf[], index: number): string {
  let word = "";
  for (let k = index - 1; k >= 0 && k >= index - ABBREVIATION_REACH; k--) {
    const leaf = leaves[k]!;
    if (leaf.to !== leaves[k + 1]!.from || !(leaf.kind === "text" || leaf.value === ".")) break;
    word = leaf.value + word;
  }
  return word;
}

/** The word that starts at leaf `index`, after any opening quotation marks ("It's", "The"). */
function wordAfter(leaves: readonly Leaf[], index: number): string {
  let k = index;
  while (k < leaves.length && OPENERS.has(leaves[k]!.value)) k++;
  let word = "";
  for (; k < leaves.length; k++) {
    const leaf = leaves[k]!;
    if (word !== "" && leaf.from !== leaves[k - 1]!.to) break;
    if (leaf.kind !== "text" && !(word !== "" && WORD_JOINERS.has(leaf.value))) break;
    word += leaf.value;
  }
  return word;
}

/** Whether the full stop at leaf `dot` belongs to an abbreviation or an initial. */
function isAbbreviation(leaves: readonly Leaf[], dot: number): boolean {
  const bare = wordBefore(leaves, dot).replace(/^\.+/, "");
  if (bare === "") return false;
  if (ABBREVIATIONS.has(bare.toLowerCase())) return true;
  // Initials and dotted acronyms: "J.", "U.S.", "U.N.".
  return /^(\p{Lu}\.)*\p{Lu}$/u.test(bare) || /^(\p{L}\.)+\p{L}$/u.test(bare);
}

/**
 * Whether a sentence ends after the terminal mark at leaf `mark`: closing quotation marks or brackets stay
 * with it, then white space and a sentence start must follow; after an abbreviation, a word that only opens
 * sentences. Returns the leaf the sentence ends on, or -1.
 */
function endAfter(leaves: readonly Leaf[], mark: number): number {
  let last = mark;
  while (CLOSERS.has(leaves[last + 1]?.value ?? "") && leaves[last + 1]!.from === leaves[last]!.to) last++;
  let next = last + 1;
  if (next < leaves.length && !isSpace(leaves[next])) return -1;
  while (isSpace(leaves[next])) next++;
  const first = leaves[next];
  if (first === undefined) return last;
  const ch = first.value[0] ?? "";
  if (!(isUpper(ch) || /\p{N}/u.test(ch) || (OPENERS.has(first.value) && first.value !== "("))) return -1;
  if (leaves[mark]!.value === "." && last === mark && isAbbreviation(leaves, mark) && !SENTENCE_OPENERS.has(wordAfter(leaves, next))) {
    return -1;
  }
  return last;
}

/** Whether leaf `k` is a terminal mark that the library did not end a sentence on, in one of the named cases. */
function missedEnd(leaves: readonly Leaf[], k: number): boolean {
  const leaf = leaves[k]!;
  if (leaf.kind !== "punct" || !TERMINAL.test(leaf.value)) return false;
  // end-after-word-stop: "50,000.", "U.S." followed by a sentence.
  if (leaf.inWord) return true;
  // end-before-number: the library joins a sentence that opens with a number to the one before.
  let next = k + 1;
  while (CLOSERS.has(leaves[next]?.value ?? "")) next++;
  while (isSpace(leaves[next])) next++;
  return /^\p{N}/u.test(leaves[next]?.value ?? "");
}

/** Whether the library's sentence end at leaf `k` stands: it ends on no terminal mark (a paragraph's end), or a sentence can end there. */
function keepsLibraryEnd(leaves: readonly Leaf[], k: number): number {
  let mark = k;
  while (mark > 0 && CLOSERS.has(leaves[mark]!.value)) mark--;
  const leaf = leaves[mark]!;
  // join-after-ellipsis: "… Islamic terrorist?”" marks words left out of a quotation, not its end.
  if (leaf.value === ELLIPSIS) return -1;
  if (leaf.kind !== "punct" || !TERMINAL.test(leaf.value)) return k;
  const end = endAfter(leaves, mark);
  return end < 0 ? -1 : Math.max(end, k);
}

/** The leaves on which sentences end: the library's ends, adjusted. */
function sentenceEnds(leaves: readonly Leaf[]): number[] {
  const ends: number[] = [];
  let lastText = -1;
  for (let k = 0; k < leaves.length; k++) {
    const leaf = leaves[k]!;
    if (isSpace(leaf)) continue;
    lastText = k;
    const next = leaves[k + 1];
    let end = -1;
    if (leaf.sentence >= 0 && (next === undefined || next.sentence !== leaf.sentence)) end = keepsLibraryEnd(leaves, k);
    else if (missedEnd(leaves, k)) end = endAfter(leaves, k);
    if (end >= 0) {
      ends.push(end);
      k = end;
      lastText = end;
    }
  }
  if (lastText >= 0 && ends[ends.length - 1] !== lastText) ends.push(lastText);
  return ends;
}

/** The sentences of a paragraph's leaves, as offsets into its plain text (white space trimmed). */
export function sentenceSpans(leaves: readonly Leaf[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let first = 0;
  for (const end of sentenceEnds(leaves)) {
    while (first < end && isSpace(leaves[first])) first++;
    spans.push({ start: leaves[first]!.from, end: leaves[end]!.to });
    first = end + 1;
  }
  return spans;
}

/** Split plain `text` into sentence spans. */
export function splitSentences(text: string): SentenceSpan[] {
  return sentenceSpans(textLeaves(text));
}
