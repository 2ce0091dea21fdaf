/**
 * Helpers that turn word lists written as data into the sets and maps the rules read.
 */

/** Make a set of words from one space- or newline-separated list. */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

/** Make a map from words to their values. */
export function wordMap<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}
