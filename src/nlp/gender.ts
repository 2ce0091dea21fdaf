/**
 * The gender a mention gives a person, for pronoun agreement in the resolver: from a title or role noun
 * ("Mrs Clinton", "the spokeswoman") or from a given name the lexicon knows ("Jennifer Palmieri"). `null`
 * when the mention does not say, which leaves the person free to be "he" or "she".
 *
 * Examples:
 * - "Jennifer Palmieri" → female; "Tad Devine" → null (a name the lexicon does not hold); "Mr Devine" → male
 * - "a spokesman for the ministry" → male; "Ruth" (one word, no title) → null
 */
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from "./lexicon/given-names.ts";
import { FEMALE_TITLES, MALE_TITLES } from "./lexicon/roles.ts";
import { type NameReader, READ_AFRESH } from "./sources.ts";

/** A person's gender as the text gives it. */
export type Gender = "female" | "male";

/** The gender a mention gives its person, by title or role noun first, then by given name; null if neither. */
export function genderOf(mention: string, reader: NameReader = READ_AFRESH): Gender | null {
  const words = mention.toLowerCase().replace(/[.,()]/g, " ").split(/\s+/).filter(Boolean);
  const byTitle = genderOfWords(words, FEMALE_TITLES, MALE_TITLES);
  if (byTitle) return byTitle;
  // A given name only where the mention holds a full name (a lone "Kelly" may be a surname): the first word
  // before the surname that the lexicon knows, past an occupation the name was read with ("Treasurer Paul Ostrander").
  const name = reader.personal(mention)?.toLowerCase().split(/\s+/);
  if (!name || name.length < 2) return null;
  const given = name.slice(0, -1).find((w) => FEMALE_GIVEN_NAMES.has(w) || MALE_GIVEN_NAMES.has(w));
  return given === undefined ? null : genderOfWords([given], FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES);
}

/** The one gender the words' entries in the two lists agree on, or null when none or both. */
function genderOfWords(words: string[], female: ReadonlySet<string>, male: ReadonlySet<string>): Gender | null {
  const isFemale = words.some((w) => female.has(w));
  const isMale = words.some((w) => male.has(w));
  return isFemale === isMale ? null : isFemale ? "female" : "male";
}
