/**
 * Phrase patterns over a sentence's token stream: a pattern is a list of steps, each a test on one token,
 * optional or repeated; a phrase rule is a name and its alternatives. Matching is leftmost, first alternative
 * first, each step greedy with backtracking (as a regular expression's), over whole tokens only. No step's test
 * takes a possessive whole unless the phrase goes on after it ("Tuesday's attack"): a possessive ends a phrase.
 */
import type { Token } from "./tokens.ts";

/** A test on one token; `words`, when given, holds every lower-case form it can accept (a quick filter). */
export type TokenTest = ((token: Token) => boolean) & { words?: ReadonlySet<string> };

/** One step of a pattern: a test on a token, matched `min` to `max` times (default once). */
export interface Step {
  test: TokenTest;
  min: number;
  max: number;
}

/** A named phrase (made by `phrase`): alternatives tried in order at each token; `atStart` ones only at the sentence's first token. */
export interface PhraseRule {
  id: string;
  alternatives: ReadonlyArray<readonly Step[]>;
  atStart: boolean;
  /** The lower-case words a match can start with, or null when any token may. */
  starts: ReadonlySet<string> | null;
}

/** A phrase found in a sentence: offsets (end exclusive) and its text. */
export interface Hit {
  index: number;
  end: number;
  text: string;
}

/** A step matching one token that passes `test`. */
export const one = (test: TokenTest): Step => ({ test, min: 1, max: 1 });
/** A step matching one token or none. */
export const maybe = (test: TokenTest): Step => ({ test, min: 0, max: 1 });
/** A step matching up to `max` tokens. */
export const upTo = (max: number, test: TokenTest): Step => ({ test, min: 0, max });

/** A test that accepts only words of `words` (lower case), for the quick filter. */
export const withWords = (test: (token: Token) => boolean, words: Iterable<string>): TokenTest =>
  Object.assign(test, { words: words instanceof Set ? words : new Set(words) });
/** A word of the set, in any case. */
export const word = (set: ReadonlySet<string>): TokenTest => withWords((t) => t.word && set.has(t.lower), set);
/** A token written exactly as one of `words` (case counts: "In" opening a sentence, "May" the month). */
export const exact = (...words: string[]): TokenTest => {
  const set = new Set(words);
  return withWords((t) => set.has(t.text), words.map((w) => w.toLowerCase()));
};
/** A word of the set written with a capital and the rest as in the set ("June", not "june" or "JUNE"). */
export const capitalised = (set: ReadonlySet<string>): TokenTest =>
  withWords((t) => t.capital && set.has(t.lower) && t.text.slice(1) === t.lower.slice(1), set);

/**
 * The lower-case words a match of a rule with these alternatives can start with, or null when any token may: the first steps' words,
 * when every alternative opens on a required step that has them.
 */
function startWords(alternatives: ReadonlyArray<readonly Step[]>): ReadonlySet<string> | null {
  const words = new Set<string>();
  for (const steps of alternatives) {
    const first = steps[0];
    if (!first || first.min === 0 || !first.test.words) return null;
    for (const w of first.test.words) words.add(w);
  }
  return words;
}

/** Make a phrase rule: its id, its alternatives in order, and whether it only matches at the sentence's first word. */
export function phrase(id: string, alternatives: ReadonlyArray<readonly Step[]>, atStart = false): PhraseRule {
  return { id, alternatives, atStart, starts: startWords(alternatives) };
}

/** The word of a possessive ("February" of "February's", "month" of "month’s"), or null. */
function possessiveBase(t: Token): Token | null {
  if (t.lower.length < 3 || !t.lower.endsWith("'s")) return null;
  return { ...t, text: t.text.slice(0, -2), lower: t.lower.slice(0, -2), end: t.end - 2 };
}

/** Whether the steps from `s` on can all match nothing. */
function canEnd(steps: readonly Step[], s: number): boolean {
  for (let k = s; k < steps.length; k++) if (steps[k]!.min > 0) return false;
  return true;
}

/**
 * The index of the token after a match of `steps` from step `s` at token `k`, or -1 (greedy, backtracking).
 * A possessive matches a step as its word and ends the phrase ("in February" of "in February's primary",
 * "last month" of "last month's convention"), as a regular expression's `\b` stops before the apostrophe.
 */
function matchFrom(tokens: readonly Token[], steps: readonly Step[], s: number, k: number): number {
  if (s === steps.length) return k;
  const step = steps[s]!;
  let n = 0;
  while (n < step.max && k + n < tokens.length && step.test(tokens[k + n]!)) n++;
  if (n < step.max && k + n < tokens.length && canEnd(steps, s + 1)) {
    const base = possessiveBase(tokens[k + n]!);
    if (base && step.test(base)) return k + n + 1;
  }
  for (; n >= step.min; n--) {
    const end = matchFrom(tokens, steps, s + 1, k + n);
    if (end >= 0) return end;
  }
  return -1;
}

/** Where a match that ends on token `last` ends: before the apostrophe of a possessive no step takes whole. */
function endOffset(last: Token): number {
  return possessiveBase(last) ? last.end - 2 : last.end;
}

/** The match of `rule` that starts at token `k`, as [token after it, end offset], or null. */
export function matchAt(tokens: readonly Token[], rule: PhraseRule, k: number): [number, number] | null {
  if (rule.atStart && k !== 0) return null;
  for (const steps of rule.alternatives) {
    const to = matchFrom(tokens, steps, 0, k);
    if (to > k) return [to, endOffset(tokens[to - 1]!)];
  }
  return null;
}

/** Rules indexed by the words they can start with, to read a sentence for all of them in one pass. */
export interface PhraseIndex {
  rules: readonly PhraseRule[];
  /** Rule indices by start word. */
  byWord: ReadonlyMap<string, readonly number[]>;
  /** Rules that may start at any token. */
  anywhere: readonly number[];
}

/** Index `rules` by their start words. */
export function indexPhrases(rules: readonly PhraseRule[]): PhraseIndex {
  const byWord = new Map<string, number[]>();
  const anywhere: number[] = [];
  rules.forEach((rule, r) => {
    if (rule.starts === null) anywhere.push(r);
    else for (const w of rule.starts) byWord.set(w, [...(byWord.get(w) ?? []), r]);
  });
  return { rules, byWord, anywhere };
}

/** Every match of every rule of `index` in the sentence: per rule, leftmost first, none overlapping. */
export function allHits(sentence: string, tokens: readonly Token[], index: PhraseIndex): Hit[][] {
  const hits: Hit[][] = index.rules.map(() => []);
  // The token after each rule's last match: its next match starts there or later.
  const free: number[] = index.rules.map(() => 0);
  const tryRule = (r: number, k: number) => {
    if (k < free[r]!) return;
    const found = matchAt(tokens, index.rules[r]!, k);
    if (!found) return;
    const start = tokens[k]!.start;
    hits[r]!.push({ index: start, end: found[1], text: sentence.slice(start, found[1]) });
    free[r] = found[0];
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    for (const r of index.anywhere) tryRule(r, k);
    const rules = index.byWord.get(t.lower);
    if (rules) for (const r of rules) tryRule(r, k);
    // A possessive may stand for its word: "February's", "month’s".
    const base = t.lower.endsWith("'s") ? index.byWord.get(t.lower.slice(0, -2)) : undefined;
    if (base) for (const r of base) tryRule(r, k);
  }
  return hits;
}
