/**
 * Tell when a figure counts something narrower than, or other than, the article's main toll: a part of
 * another count ("including at least one police officer", "two of the dead"), another day or event
 * ("in June", "the previous day", "in Tuesday's violence", "On Tuesday, officials had put ..."). Such
 * figures are shown in the comparison table with their scope, and left out of its ranges, so that a
 * breakdown or an earlier count is not read as a disagreement.
 *
 * Only what the text says: no scope is guessed for a figure the text does not qualify.
 */

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

// Bounded, anchored alternatives: no nested quantifiers, so each test is linear in the sentence.
const TIME_SCOPES: RegExp[] = [
  new RegExp(`\\b(?:in|during|since) (?:${MONTHS})\\b(?: (?:19|20)\\d\\d)?`),
  new RegExp(`\\b(?:in|since) (?:19|20)\\d\\d\\b`),
  /\b(?:the previous day|the day before|the previous week|last (?:week|month|year)|earlier this (?:week|month|year))\b/i,
  new RegExp(`\\b(?:in|during) (?:${WEEKDAYS})['’]s [a-z]+\\b`),
  new RegExp(`\\b(?:${WEEKDAYS})['’]s [a-z]+\\b`),
  new RegExp(`^(?:On|By) (?:${WEEKDAYS})\\b`),
];

/** The scope of the figure at [start, end) of a sentence, in the text's own words, or null. */
export function figureScope(sentence: string, start: number, end: number): string | null {
  const before = sentence.slice(Math.max(0, start - 30), start);
  const after = sentence.slice(end, end + 30);
  // A part of a count just given: "only 11 people ..., including at least one police officer".
  if (/\bincluding\s*$/i.test(before) || /\bamong them\s*$/i.test(before)) return "part of the count before it";
  // "..., including 15 women and two children": the second part of the list too.
  if (/\bincluding [\d,.]+(?: [\p{L}-]+){1,3} and\s*$/iu.test(before)) return "part of the count before it";
  if (/^\s*of (?:the dead|them|those (?:killed|injured|wounded|arrested)|the (?:victims|injured|wounded))\b/i.test(after)) {
    return "part of the count before it";
  }
  for (const pattern of TIME_SCOPES) {
    const match = pattern.exec(sentence);
    if (match) return match[0];
  }
  return null;
}
