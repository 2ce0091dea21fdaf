/**
 * The clause each statement covers when a sentence reports two or more speakers.
 *
 * The attribution rules give every attribution a `span`: its source, its cue and what it reports. A speaker
 * before the verb cuts the statement of the speaker before it ("Police said 12 people died, while the health
 * ministry said the toll was 15"), but a speaker named after what it says ("12 died, police said, but ...,
 * according to the ministry") claims the sentence from its start. This pass parts two such statements at the
 * one clause boundary between their sources (a semicolon, or a comma before "but", "while", "and" ...) and
 * trims each clause of the joining words, so that each can be its own element with its own reference.
 *
 * Examples:
 * - "Police said 12 people died, while the health ministry said the toll was 15." -> "Police said 12 people
 *   died" | "the health ministry said the toll was 15."
 * - "Twelve people died, police said, but 15 were killed, according to the ministry." -> "Twelve people died,
 *   police said" | "15 were killed, according to the ministry."
 * - "..., the group said soldiers had killed 220 villagers, which the government denied." -> "... 220 villagers" |
 *   "which the government denied."
 * - "The Russian military quoted the general command as saying ..." -> unchanged (one clause, two sources)
 */
import type { FoundAttribution } from "./rules/context.ts";
import { type Token, tokenAt } from "./tokens.ts";
import { CLAUSE_COORDINATORS, CONTRASTS, DOCUMENT_RELATIVES, SUBORDINATORS } from "./lexicon/function-words.ts";

/** Words that open a new clause after a comma: ", but", ", while", ", and", ", although". */
function joinsClauses(token: Token | undefined): boolean {
  if (!token?.word) return false;
  return CLAUSE_COORDINATORS.has(token.lower) || SUBORDINATORS.has(token.lower) || CONTRASTS.has(token.lower);
}

/** The token index of the one clause boundary between offsets `from` and `to`, outside quotations; null for none or several. */
function oneBoundary(tokens: readonly Token[], quoted: readonly boolean[], from: number, to: number): number | null {
  let at: number | null = null;
  for (let k = tokenAt(tokens, from); k < tokens.length && tokens[k]!.end <= to; k++) {
    const t = tokens[k]!;
    if (quoted[k] === true) continue;
    if (t.text === ";" || (t.text === "," && joinsClauses(tokens[k + 1]))) {
      if (at !== null) return null;
      at = k;
    }
  }
  return at;
}

/**
 * Part the overlapping statements of a sentence at the clause boundary between their sources, then trim every
 * statement's span to its clause when all are apart. Changes `found` in place; one statement keeps its span.
 */
export function separateClauses(sentence: string, tokens: readonly Token[], quoted: readonly boolean[], found: FoundAttribution[]): void {
  if (found.length < 2) return;
  const bySource = [...found].sort((a, b) => a.sourceStart - b.sourceStart);
  for (let k = 1; k < bySource.length; k++) {
    const a = bySource[k - 1]!;
    const b = bySource[k]!;
    if (a.span[1] <= b.span[0] || a.sourceEnd > b.sourceStart) continue;
    const at = oneBoundary(tokens, quoted, a.sourceEnd, b.sourceStart);
    if (at === null) continue;
    const cut = tokens[at]!.start;
    if (a.span[0] >= cut || b.span[1] <= cut) continue;
    a.span = [a.span[0], Math.min(a.span[1], cut)];
    b.span = [Math.max(b.span[0], cut), b.span[1]];
  }
  for (let k = 1; k < bySource.length; k++) openWithRelative(tokens, bySource[k - 1]!, bySource[k]!);
  const byStart = [...found].sort((a, b) => a.span[0] - b.span[0]);
  const apart = byStart.every((f, k) => k === 0 || byStart[k - 1]!.span[1] <= f.span[0]);
  if (!apart) return;
  for (const f of found) f.span = trimClause(sentence, tokens, f.span);
}

/**
 * ", which the government denied": a relative pronoun after a comma is the object of the second speaker's verb,
 * so it opens the second clause, not closes the first.
 */
function openWithRelative(tokens: readonly Token[], a: FoundAttribution, b: FoundAttribution): void {
  if (a.span[1] !== b.span[0]) return;
  const first = tokenAt(tokens, b.span[0]);
  const relative = tokens[first - 1];
  if (first < 2 || first >= tokens.length || !relative || !DOCUMENT_RELATIVES.has(relative.lower) || tokens[first - 2]!.text !== ",") return;
  a.span = [a.span[0], relative.start];
  b.span = [relative.start, b.span[1]];
}

/** A clause without the white space, commas and joining word around it: ", while the ministry said 15." -> "the ministry said 15.". */
function trimClause(sentence: string, tokens: readonly Token[], [from, to]: [number, number]): [number, number] {
  let k = tokenAt(tokens, from);
  if (k >= tokens.length) return [from, to];
  // Leading punctuation of the joint, the word that joins and a comma after it: ", while", "; but", ", and, ".
  while (k < tokens.length && tokens[k]!.start < to && (tokens[k]!.text === "," || tokens[k]!.text === ";" || (joinsClauses(tokens[k]) && tokens[k - 1]?.text !== undefined && /^[,;]$/.test(tokens[k - 1]!.text)))) k++;
  const start = k < tokens.length && tokens[k]!.start < to ? tokens[k]!.start : from;
  let end = to;
  while (end > start && /[\s,;]/.test(sentence[end - 1]!)) end--;
  return [start, end];
}
