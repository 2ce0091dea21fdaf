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

/** Make one set of the words of several lists: a list derived from shared parts, each word written once. */
export function wordUnion(...lists: ReadonlyArray<Iterable<string>>): ReadonlySet<string> {
  const words = new Set<string>();
  for (const list of lists) for (const word of list) words.add(word);
  return words;
}

/**
 * A regular expression that matches a text ending in one of `words`, after a word boundary: `endsInWord(["chief"])`
 * matches "chief" and "fire-chief", not "mischief".
 */
export function endsInWord(words: Iterable<string>): RegExp {
  return new RegExp(String.raw`\b(?:${[...words].join("|")})$`);
}

/** A regular expression that matches a text holding one of `words` as a whole word: "RIA news agency" for ["news"]. */
export function holdsWord(words: Iterable<string>): RegExp {
  return new RegExp(String.raw`\b(?:${[...words].join("|")})\b`);
}
