/**
 * Source names: normalise the ways news prose names one organisation or person, so that
 * "Russia's defense ministry" and "The Russian defense ministry" resolve to one source.
 */

import { ORG_WORDS, PLURAL_HEAD_ENDINGS, SINGULAR_S_ENDINGS } from "./lexicon/bodies.ts";
import { NAME_COMPLEMENT_OPENERS, NAME_FUNCTION_WORDS, NAME_OBJECT_PREPOSITIONS, NP_OPENERS, STEM_STOP_WORDS } from "./lexicon/function-words.ts";
import { ARABIC_ARTICLES, DEMONYMS, NAME_PARTICLES } from "./lexicon/names.ts";
import { DOCUMENT_NOUNS } from "./lexicon/report-nouns.ts";
import { GROUP_SOURCES, NAME_ROLE_NOUNS, SERVED_TITLES, SPEAKER_HEADS, TITLES } from "./lexicon/roles.ts";
import { VAGUE_HEADS, VAGUE_SOURCE_MODIFIERS } from "./lexicon/vague-sources.ts";

/** Plural heads, which "they" can take up, and singular heads in "s", which it cannot. */
const PLURAL_HEAD = new RegExp(`(${PLURAL_HEAD_ENDINGS.join("|")})$`);
const SINGULAR_S_HEAD = new RegExp(`(${SINGULAR_S_ENDINGS.join("|")})$`);

/** A character outside ASCII, which NFKC or the quotation marks below may change. */
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Lowercase, straighten apostrophes and fold spelling variants: the key two mentions must share. Each
 * replacement runs only when the text holds what it replaces (most names hold none of it).
 */
export function normaliseName(name: string): string {
  let text = name;
  // "the official Xinhua News Agency" is Xinhua News Agency.
  if (text.includes("official")) text = text.replace(/^(?:[Tt]he\s+)?official\s+(?=\p{Lu})/u, "");
  if (NON_ASCII.test(text)) text = text.normalize("NFKC").replace(/[’‘`´]/g, "'").replace(/[“”"]/g, "");
  else if (text.includes("`") || text.includes('"')) text = text.replace(/`/g, "'").replace(/"/g, "");
  text = text.replace(/\s+/g, " ").trim().toLowerCase();
  if (text.includes("u.")) text = text.replace(/\bu\.s\.a?\.?(?=\s|$|')/g, "us").replace(/\bu\.k\.(?=\s|$|')/g, "uk").replace(/\bu\.n\.(?=\s|$|')/g, "un");
  if (text.includes("united ")) text = text.replace(/\bunited nations\b/g, "un").replace(/\bunited states\b/g, "us").replace(/\bunited kingdom\b/g, "uk");
  if (text.includes("defence") || text.includes("organis")) {
    text = text.replace(/\bdefence\b/g, "defense").replace(/\borganisation\b/g, "organization").replace(/\borganisers\b/g, "organizers");
  }
  // "Russia's defense ministry" names the same body as "the Russian defense ministry".
  if (text.includes("'s")) text = text.replace(/\b([a-z]+(?: [a-z]+)?)'s\b/g, (match, country: string) => DEMONYMS.get(country) ?? match);
  text = text.replace(/^(the|a|an) /, "");
  // Descriptors that do not change who is speaking.
  text = text.replace(/^(?:[a-z]+-based|state-(?:run|owned|controlled)|independent|so-called) /, "");
  if (text.includes("(")) text = text.replace(/\(([^)]*)\)/g, " $1 ");
  if (TRAILING_MARKS.has(text[text.length - 1] ?? "")) text = text.replace(/[.,;:]+$/g, "");
  // The steps above leave single spaces only, but for those the brackets and trailing marks leave.
  return text.includes("  ") || text.startsWith(" ") || text.endsWith(" ") ? text.replace(/ +/g, " ").trim() : text;
}

/** Marks a name may end with that are no part of it. */
const TRAILING_MARKS = new Set([".", ",", ";", ":"]);

/**
 * How names are read: normalised, and searched for a personal name. Both are pure functions of the text, so a
 * reader may remember them; the resolver passes its article's `NameMemo`.
 */
export interface NameReader {
  normalised(name: string): string;
  personal(mention: string): string | null;
}

/** Reads every name afresh. */
export const READ_AFRESH: NameReader = Object.freeze({ normalised: normaliseName, personal: personalName });

/** A reader that remembers each name it has read: one per article (per resolver), never per process. */
export class NameMemo implements NameReader {
  private readonly normalisedNames = new Map<string, string>();
  private readonly personalNames = new Map<string, string | null>();

  /** `normaliseName`, remembered. */
  normalised(name: string): string {
    return remember(this.normalisedNames, name, normaliseName);
  }

  /** `personalName`, remembered. */
  personal(mention: string): string | null {
    return remember(this.personalNames, mention, personalName);
  }
}

/** The value of `make` for `key`, made once and kept in `table` (a table of an article's, never of the process). */
export function remember<T>(table: Map<string, T>, key: string, make: (key: string) => T): T {
  if (table.has(key)) return table.get(key) as T;
  const value = make(key);
  table.set(key, value);
  return value;
}

/** Drop a trailing document noun: "The US Central Command statement" speaks for US Central Command. */
export function stripDocument(name: string): string {
  const trimmed = name.trim();
  const last = lastWord(trimmed);
  if (last.length < trimmed.length && DOCUMENT_NOUNS.has(last.toLowerCase())) {
    return trimmed.split(/\s+/).slice(0, -1).join(" ");
  }
  return trimmed;
}

/** Whether a name's last word is a document noun ("The Syrian statement"). */
export function isDocumentName(name: string): boolean {
  return DOCUMENT_NOUNS.has(lastWord(name.trim()).toLowerCase().replace(/[^a-z]/g, ""));
}

const SPACE = /\s/;

/** The last word of a trimmed text: what follows its last white space, or all of it. */
function lastWord(trimmed: string): string {
  let k = trimmed.length;
  while (k > 0 && !SPACE.test(trimmed[k - 1]!)) k--;
  return trimmed.slice(k);
}

/** Split a name into words for comparison. */
function words(name: string): string[] {
  return name.split(/[\s]+/).filter(Boolean);
}

/** Whether a name has organisation words in it. */
export function isOrganisation(name: string): boolean {
  return words(normaliseName(name)).some((w) => ORG_WORDS.has(w.replace(/[^a-z-]/g, "")));
}

/** A capitalised word that is no possessive and no function word ("Samantha", "U.S."). */
function isCap(t: string): boolean {
  // Most words open on an ASCII letter that is no capital: no pattern need look at them.
  const first = t.charCodeAt(0);
  if (first < 0x80 && !(first >= 0x41 && first <= 0x5a)) return false;
  return /^\p{Lu}[\p{L}'’.-]*$/u.test(t) && !/['’]s?$/.test(t) && !NAME_FUNCTION_WORDS.has(t.toLowerCase());
}

/** A word lowercased without its final dot, for the word lists. */
function bare(t: string): string {
  const lower = t.toLowerCase();
  return lower.endsWith(".") ? lower.slice(0, -1) : lower;
}

/**
 * The personal name inside a mention: "US envoy Samantha Power" -> "Samantha Power",
 * "Chairman Douglas Gwatidzo of the ..." -> "Douglas Gwatidzo"; null for organisations and places.
 */
export function personalName(mention: string): string | null {
  const marked = mention.includes("(") || mention.includes(")") ? mention.replace(/[()]/g, " , ") : mention;
  const tokens = (marked.includes(",") ? marked.replace(/,/g, " , ") : marked).split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < tokens.length) {
    // "Pensioner Jacqueline Morel": an occupation opening the mention is a title, like "Minister".
    if (!isCap(tokens[i]!) || TITLES.has(bare(tokens[i]!)) || (i === 0 && NAME_ROLE_NOUNS.has(bare(tokens[i]!)) && isCap(tokens[1] ?? ""))) {
      i++;
      continue;
    }
    // Token i opens the run (a capital, no title); lowercase particles inside a name: "Khaled al-Hamdi",
    // "Ursula von der Leyen", "Ana de Souza".
    let j = i + 1;
    while (j < tokens.length && ((isCap(tokens[j]!) && !TITLES.has(bare(tokens[j]!))) || particle(tokens, j))) j++;
    // The first run that names a person is the name.
    if (namesPerson(tokens, i, j)) {
      const before = i > 0 ? bare(tokens[i - 1]!) : "";
      if (j - i >= 2) return tokens.slice(i, j).join(" ");
      if (TITLES.has(before) || NAME_ROLE_NOUNS.has(before)) return tokens[i]!;
    }
    i = j;
  }
  return null;
}

/**
 * Whether the run of capitalised words `tokens[i..j)` of a mention names a person by where it stands: after
 * nothing, a comma, a title or role (or a possessive, or a lowercase role "of" a body), and not a body's name,
 * a unit before a title, a possessive, a body before its noun, or the person a speaker serves. The tests run
 * in order and stop at the first that fails.
 */
function namesPerson(tokens: string[], i: number, j: number): boolean {
  const before = i > 0 ? bare(tokens[i - 1]!) : "";
  // "The concert organisers, Rhythm Nation Entertainment": a name in apposition to a body names the body.
  const bodyWord = i > 1 ? tokens[i - 2]! : "";
  if (before === "," && (ORG_WORDS.has(bare(bodyWord).replace(/[^a-z-]/g, "")) || /^[a-z]+[^s']s$/.test(bodyWord))) return false;
  const allowedBefore =
    before === "" || before === "," || TITLES.has(before) || NAME_ROLE_NOUNS.has(before) ||
    // "Al Jazeera's Yasmin Idris": a full name that closes the mention after a possessive.
    (i > 0 && /['’]s?$/.test(tokens[i - 1]!) && j - i >= 2 && (j === tokens.length || tokens[j] === ",")) ||
    // "assistant commissioner of police Sunil Deshmukh", "head of security Ana Ruiz": a lowercase role "of" a body.
    (i >= 3 && /^\p{Ll}/u.test(tokens[i - 1]!) && tokens[i - 2] === "of" && (TITLES.has(bare(tokens[i - 3]!)) || NAME_ROLE_NOUNS.has(bare(tokens[i - 3]!))));
  if (!allowedBefore) return false;
  if (tokens.slice(i, j).some((t) => ORG_WORDS.has(bare(t)))) return false;
  // A possessive right after the run ("Samantha Power's opposite number") names someone else.
  if (j < tokens.length && /['’]s$/.test(tokens[j]!)) return false;
  // "Cal Fire Battalion Chief Renee Ortiz": a run right before a title or role names a unit, not a person.
  if ((j < tokens.length && (TITLES.has(bare(tokens[j]!)) || NAME_ROLE_NOUNS.has(bare(tokens[j]!))) && /^\p{Lu}/u.test(tokens[j]!)) || titleChainAfter(tokens, j)) return false;
  // "a spokeswoman for Mr Manchin", "an adviser to President Ruto": the person the speaker serves is not the speaker.
  if (i >= 2 && (tokens[i - 2] === "for" || tokens[i - 2] === "to") && SERVED_TITLES.has(before)) return false;
  // "state RIA news agency": a run before a lowercase body noun names the body, not a person.
  return !(j < tokens.length && /^\p{Ll}/u.test(tokens[j]!) && ORG_WORDS.has(bare(tokens[j]!)));
}

/**
 * "Rift Valley regional police commander Peter Kiprop": a run followed by a few lowercase words that end in a
 * title or role and then another capitalised name is a place or unit qualifying the title, not the person.
 */
function titleChainAfter(tokens: string[], j: number): boolean {
  for (let k = j; k < tokens.length && k < j + 5; k++) {
    const t = tokens[k]!;
    if (!/^\p{Ll}[\p{L}-]*$/u.test(t) || NAME_FUNCTION_WORDS.has(t)) return false;
    if ((TITLES.has(t) || NAME_ROLE_NOUNS.has(t)) && k + 1 < tokens.length && isCap(tokens[k + 1]!)) return true;
  }
  return false;
}

/** An Arabic article joined to the rest of a name: "al-Hamdi". */
const ARABIC_ARTICLE_PREFIX = new RegExp(String.raw`^(?:${ARABIC_ARTICLES.join("|")})-\p{Lu}`, "u");

/** Whether the token at `j` is a lowercase name particle followed by the rest of the name. */
function particle(tokens: string[], j: number): boolean {
  const t = tokens[j]!;
  if (ARABIC_ARTICLE_PREFIX.test(t)) return true;
  return NAME_PARTICLES.has(t) && j + 1 < tokens.length && (/^\p{Lu}/u.test(tokens[j + 1]!) || NAME_PARTICLES.has(tokens[j + 1]!));
}

/** The word after a name's head that opens its complement: "head of relief", "office in Geneva". */
const NAME_COMPLEMENT = new RegExp(` (?:${NAME_COMPLEMENT_OPENERS.join("|")}) `);

/** The head noun of a name: the last word before any "of", "for", "in", "at", "to" or "with" phrase. */
export function headNoun(name: string, reader: NameReader = READ_AFRESH): string {
  const normalised = reader.normalised(name).split(NAME_COMPLEMENT)[0]!;
  return words(normalised).pop() ?? "";
}

/** Whether "they" may refer to this name: a plural head, or two noun phrases coordinated ("police and rescue officials"). */
export function isPlural(name: string, reader: NameReader = READ_AFRESH): boolean {
  const last = headNoun(name, reader);
  return (PLURAL_HEAD.test(last) && !SINGULAR_S_HEAD.test(last)) || coordinatesTwoHeads(name, reader);
}

/**
 * Whether a name is two noun phrases joined by "and", each a speaker, rather than one name with "and" inside it.
 * "and" joins two heads when a new noun phrase opens after it ("a witness and a politician", "Police and the Red
 * Cross"), when the word before it is a lowercase speaker noun ("police and rescue officials", "officials and
 * witnesses"), or when both sides are personal names ("Jane Doe and John Smith"). "The Disaster and Emergency
 * Management Authority", "United for Peace and Justice", "Police and Fire Department" and "the search and rescue
 * team" are one name each.
 */
export function coordinatesTwoHeads(name: string, reader: NameReader = READ_AFRESH): boolean {
  const tokens = name.replace(/[(),]/g, " ").split(/\s+/).filter(Boolean);
  for (let k = 1; k < tokens.length - 1; k++) {
    if (tokens[k]!.toLowerCase() !== "and") continue;
    const left = tokens.slice(0, k);
    const right = tokens.slice(k + 1);
    // "Ministry of Agriculture and the Environment": the "and" is inside the object of a preposition.
    if (left.some((t) => NAME_OBJECT_PREPOSITIONS.has(t.toLowerCase()))) continue;
    if (NP_OPENERS.has(right[0]!.toLowerCase())) return true;
    // The first word's capital may only open the sentence: "Police and rescue officials said" is lowercase
    // "police"; before a capital it is a name's ("Police and Fire Department").
    const before = k === 1 && /^\p{Ll}/u.test(right[0]!) ? left[0]!.toLowerCase() : left[k - 1]!;
    if (/^\p{Ll}/u.test(before) && isSpeakerNoun(before)) return true;
    const leftName = reader.personal(left.join(" "));
    const rightName = reader.personal(right.join(" "));
    if (leftName?.includes(" ") && rightName?.includes(" ") && left.join(" ").endsWith(leftName)) return true;
  }
  return false;
}

/** A noun that names a speaker by itself: "police", "witnesses", "ministry", "spokesman". */
function isSpeakerNoun(word: string): boolean {
  const w = word.toLowerCase().replace(/[^a-z-]/g, "");
  return GROUP_SOURCES.has(w) || SPEAKER_HEADS.has(w) || ORG_WORDS.has(w) || NAME_ROLE_NOUNS.has(w);
}

/**
 * Whether a mention names a speaker only by its kind: a vague head with nothing before it but determiners and
 * words that name nobody ("Officials", "The party", "incoming reports", "local residents"). "Fire officials",
 * "Ethiopian hospital sources" and "a party official (Berhane Mewa)" say whose.
 */
export function isVagueSource(mention: string): boolean {
  const words = mention.trim().toLowerCase().split(/\s+/);
  const head = words.at(-1) ?? "";
  return VAGUE_HEADS.has(head) && words.slice(0, -1).every((w) => VAGUE_SOURCE_MODIFIERS.has(w));
}

/** Expand an adjective or name into the word stems used to match descriptions ("Syrian" -> "syria"). */
export function stems(name: string, reader: NameReader = READ_AFRESH): string[] {
  return words(reader.normalised(stripDocument(name)))
    .map((w) => w.replace(/[^a-z0-9-]/g, ""))
    .filter((w) => w.length > 2 && !STEM_STOP_WORDS.has(w));
}
