/**
 * Text built to make a backtracking or quadratic step of the pipeline slow: each pattern at any size,
 * so that the benchmark's `linearityAdversarial` can compare 100 KB with 1 MB, and the adversarial test
 * can run the same patterns at both sizes. Data only: nothing in the pipeline imports it.
 */

/** One adversarial pattern: its name and the Markdown body it makes at about `size` characters. */
export interface AdversarialPattern {
  name: string;
  body: (size: number) => string;
}

/** `unit` repeated to exactly `size` characters. */
export function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** A sentence whose middle is one long run of `space`. */
const run = (space: string) => (size: number) => `The police said ${space.repeat(size)}3 people died.`;

/**
 * Every pattern the benchmark's `linearityAdversarial` measures: long runs of white space, one sentence
 * with many figures, chains of reporting verbs, long numbers, brackets never closed.
 */
export const ADVERSARIAL_PATTERNS: AdversarialPattern[] = [
  { name: "a run of spaces", body: run(" ") },
  { name: "a run of tabs", body: run("\t") },
  { name: "a run of no-break spaces", body: run("\u00a0") },
  { name: "spaces and tabs between words", body: (size) => fill("said  \t ", size) },
  { name: "many figures in one sentence", body: (size) => `Officials said ${fill("5 people, 12 soldiers, ", size)}and 3 more died.` },
  { name: "a chain of `said`", body: (size) => fill("he said she said ", size) },
  { name: "a chain of attributed clauses", body: (size) => fill("Police said the army said ", size) + "40 died." },
  { name: "digits with commas", body: (size) => fill("1,000,", size) },
  { name: "one number with thousands separators", body: (size) => `About 1${fill(",000", size)} people died, police said.` },
  { name: "unclosed round brackets", body: (size) => fill("(a ", size) },
  { name: "unclosed square brackets", body: (size) => fill("[a ", size) },
  { name: "brackets opened and never closed, no spaces", body: (size) => fill("(", size) },
];
