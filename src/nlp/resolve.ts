/**
 * Resolve the ways a text names its sources to canonical sources: registry aliases, normalised names,
 * surnames, head nouns ("the Observatory"), definite descriptions ("The Syrian statement") and pronouns.
 * Mentions must be resolved in reading order: pronouns look back.
 */
import type { RegistryEntry, Source } from "../types.ts";
import {
  headNoun,
  isDocumentName,
  isPlural,
  isVagueSource,
  NameMemo,
  remember,
  type NameReader,
  READ_AFRESH,
  stems,
  stripDocument,
} from "./sources.ts";
import { genderOf, type Gender } from "./gender.ts";
import { DEFINITE_DESCRIPTION_OPENERS, INDEFINITE_ARTICLES, SUBJECT_HEAD_ENDS } from "./lexicon/function-words.ts";
import { PRONOUN_GENDER, PRONOUN_SOURCE_TYPES } from "./lexicon/pronouns.ts";
import { ORDINAL_WORDS } from "./lexicon/numbers.ts";
import { DOCUMENT_HEADS, REPORT_NOUNS, SOURCE_DOCUMENTS } from "./lexicon/report-nouns.ts";
import { BODY_HEADS, BODY_KINDS, COLLECTIVE_HEADS, GENERIC_BODIES, INDEFINITE_BODY_HEADS, KIND_MODIFIERS, VAGUE_BODY_MODIFIERS } from "./lexicon/bodies.ts";
import {
  COMMON_SOURCES, GENERIC_ROLES, GROUP_SOURCES, HONORIFICS, PERSON_ROLES, SOURCE_HEADS, TITLE_ABBREVIATIONS, TITLES,
} from "./lexicon/roles.ts";
import { endsInWord, holdsWord } from "./lexicon/words.ts";
import { MONTHS, WEEKDAYS } from "./lexicon/time.ts";


type SourceType = "person" | "organisation" | "group";

/** A preposition after the head of a noted subject: "Emergency officials in Alagoas". */
const SUBJECT_HEAD_END = new RegExp(String.raw`\s+(?:${SUBJECT_HEAD_ENDS.join("|")})\s+`);

interface Entry extends Source {
  keys: Set<string>;
  type: SourceType;
  /** Last word of the personal name, for "Lassegue" after "Marie-Laurence Jocelyn Lassegue". */
  surname: string | null;
  /** Order of the latest mention, for pronouns. */
  lastSeen: number;
  /** Order of the first mention, for listing. */
  firstSeen: number;
  fromRegistry: boolean;
  /** Named by the narration only (`noteSubject`), a candidate for pronouns. */
  noted?: boolean;
  /** A person's gender as a title or given name in a mention gave it, for "he" and "she"; null if none did. */
  gender: Gender | null;
}


/** The normalised words of a mention, abbreviated titles written out. */
function titleWords(mention: string, reader: NameReader): string[] {
  return reader.normalised(mention)
    .split(" ")
    .map((w) => TITLE_ABBREVIATIONS.get(w.replace(/\.$/, "")) ?? w);
}

/** For each kind of body, what a name of that kind matches: "the newspaper" after "the San Francisco Chronicle". */
const GENERIC_KINDS: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries(BODY_KINDS).map(([kind, { words, atEnd }]) => [kind, atEnd ? endsInWord(words) : holdsWord(words)]),
);

/** The lowercase words of a mention: "Russia's state RIA news agency" gives "state", "news", "agency". */
function lowercaseWords(mention: string): string[] {
  return mention.split(/[\s,()]+/).filter((w) => /^\p{Ll}[\p{Ll}-]+$/u.test(w));
}

/** Whether a source's name has no other first name than `given` ("Rajesh Kumar" is not "Mahesh Kumar"). */
function sameGivenName(name: string, given: string, reader: NameReader): boolean {
  const person = reader.personal(name);
  if (!person || !person.includes(" ")) return true;
  return person.toLowerCase().split(/\s+/).includes(given);
}

/** Make an id from a name: lowercase words joined by dashes. */
export function sourceId(name: string, reader: NameReader = READ_AFRESH): string {
  return (
    reader.normalised(name)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "source"
  );
}

/**
 * Tidy a mention into a display name: no leading article or descriptor, first letter capitalised. A source named
 * only by its kind ("Officials", "The party") is no proper name: it is shown as written, a capital that only opens
 * the sentence lowered ("officials", "the party").
 */
export function displayName(mention: string): string {
  const written = mention.replace(/\s+/g, " ").trim();
  if (isVagueSource(written)) return written.charAt(0).toLowerCase() + written.slice(1);
  // "the Disaster and Emergency Management Authority (Afad)": the name, without its acronym (a key of its own).
  let name = stripDocument(mention.replace(/\s+/g, " ").trim()).replace(PARENTHESISED_ACRONYM, "$1");
  // "The protest organizer, United for Peace and Justice": a description then the body's own name.
  const apposition = /^(?:[Tt]he|[Aa]n?)\s+\p{Ll}[^,]*,\s+(\p{Lu}[^,]*?),?$/u.exec(name);
  if (apposition && apposition[1]!.split(" ").length >= 2) name = apposition[1]!;
  name = name.replace(/^(the|a|an)\s+/i, "");
  name = name.replace(/^(?:[A-Za-z]+-based|state-(?:run|owned|controlled)|official(?=\s+\p{Lu}))\s+/iu, "");
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A name followed by its acronym or short name in brackets: "... Authority (Afad)", "... Prisoners (AAPP)". */
const PARENTHESISED_ACRONYM = /^(.+?)\s*\((\p{Lu}[\p{L}\p{N}&.-]{1,11})\)$/u;

/**
 * The words that identify a described body: "the country's disaster agency" gives ["disaster"]; null when the
 * mention is no lowercase description of a body.
 */
export function descriptionWords(mention: string): string[] | null {
  const words = mention.trim().split(/\s+/);
  if (words.length < 3 || !DEFINITE_DESCRIPTION_OPENERS.has(words[0]!.toLowerCase()) || words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return null;
  const head = words.at(-1)!.toLowerCase();
  if (!BODY_HEADS.has(head)) return null;
  const content = words.slice(1, -1).map((w) => w.toLowerCase()).filter((w) => !VAGUE_BODY_MODIFIERS.has(w));
  return content.length > 0 ? content : null;
}

/**
 * The words that identify a body an indefinite description introduces: "a rights group" gives ["rights"], "an
 * aid agency" ["aid"]; null for anything else, or when nothing identifies it ("a local group").
 */
export function indefiniteDescriptionWords(mention: string): string[] | null {
  const words = mention.trim().split(/\s+/);
  if (words.length < 3 || !INDEFINITE_ARTICLES.has(words[0]!.toLowerCase()) || words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return null;
  if (!INDEFINITE_BODY_HEADS.has(words.at(-1)!.toLowerCase())) return null;
  const content = words.slice(1, -1).map((w) => w.toLowerCase()).filter((w) => !VAGUE_BODY_MODIFIERS.has(w));
  return content.length > 0 ? content : null;
}

/** Whether a body's proper name holds every identifying word of a description ("Disaster and Emergency ... Authority"). */
function nameFits(name: string, words: string[]): boolean {
  const nameWords = name.toLowerCase().split(/[\s-]+/);
  return /\p{Lu}/u.test(name) && words.every((w) => nameWords.includes(w));
}

/** Whether a head noun ends in a role that makes its source a person: "spokesman", "vice-president". */
const PERSON_ROLE_HEAD = endsInWord(PERSON_ROLES);

/** What kind of source a mention names: a person, an organisation or a group. */
function classify(mention: string, reader: NameReader): SourceType {
  if (reader.personal(mention)) return "person";
  const normalised = reader.normalised(stripDocument(mention));
  if (isPlural(mention, reader)) return "group";
  const head = headNoun(normalised.replace(/\(.*$/, "").trim(), reader);
  // "a doctor at the teaching hospital" is a person, whatever place follows the role.
  if (PERSON_ROLE_HEAD.test(head)) return "person";
  return "organisation";
}

/** Words that are no surname when they stand alone as a source's name. */
const NOT_SURNAMES: ReadonlyArray<ReadonlySet<string> | ReadonlyMap<string, unknown>> = [
  DOCUMENT_HEADS, REPORT_NOUNS, SOURCE_DOCUMENTS, GROUP_SOURCES, SOURCE_HEADS, MONTHS, WEEKDAYS, BODY_HEADS,
];

/** One capitalised word with lower-case letters, as a surname is written: "Clinton", "McFadden", "O’Malley" (not "UN"). */
const BARE_SURNAME = /^\p{Lu}[\p{Ll}'’-]*\p{Lu}?\p{Ll}+$/u;

/**
 * Whether a source may be a person named by surname alone ("Clinton said"), which the classifier, with no given
 * name or title, types as an organisation: every mention one capitalised word, and that word no document,
 * report, group or body noun, no participle and no ordinal ("Survey", "Reports", "Ministry", "Having", "Third").
 */
function isBareSurname(entry: Entry): boolean {
  if (!entry.mentions.every((m) => BARE_SURNAME.test(m))) return false;
  const w = entry.name.toLowerCase();
  return !NOT_SURNAMES.some((set) => set.has(w)) && !w.endsWith("ing") && !ORDINAL_WORDS.has(w);
}

/**
 * The word lists the resolver reads off mentions and names as it compares a new mention with every source so
 * far, each made once per text for the article (they are pure functions of the text; callers only read them).
 */
class MentionWords {
  private readonly tables = { title: new Map<string, string[]>(), lowercase: new Map<string, string[]>(), name: new Map<string, string[]>(), described: new Map<string, string[] | null>(), introduced: new Map<string, string[] | null>() };

  constructor(private readonly reader: NameReader) {}

  /** `titleWords`. */
  title(mention: string): string[] {
    return remember(this.tables.title, mention, (m) => titleWords(m, this.reader));
  }

  /** `lowercaseWords`. */
  lowercase(mention: string): string[] {
    return remember(this.tables.lowercase, mention, lowercaseWords);
  }

  /** A name's words, lowercased. */
  name(name: string): string[] {
    return remember(this.tables.name, name, (n) => n.toLowerCase().split(/\s+/));
  }

  /** `descriptionWords`. */
  described(mention: string): string[] | null {
    return remember(this.tables.described, mention, descriptionWords);
  }

  /** `indefiniteDescriptionWords`. */
  introduced(mention: string): string[] | null {
    return remember(this.tables.introduced, mention, indefiniteDescriptionWords);
  }
}

/** Keeps the article's sources and resolves each new mention to one of them. */
export class SourceResolver {
  private entries: Entry[] = [];
  /** Indexes over `entries`, so that resolving stays cheap however many sources an article names. */
  private byId = new Map<string, Entry>();
  private byKey = new Map<string, Entry>();
  private clock = 0;
  /** The source whose statement "the statement" now names: the last one cited "in a statement" or by it. */
  private documentAuthor: Entry | null = null;
  /**
   * Names as this article's resolver has already read them: a mention is normalised and read as a personal
   * name again each time it is looked up, and these are pure functions of the text. Every helper the resolver
   * calls reads names through it. Kept per article (per resolver), never per process.
   */
  private readonly names = new NameMemo();
  /** `classify` of each mention, remembered the same way. */
  private readonly types = new Map<string, SourceType>();
  /** Word lists of mentions and names, remembered the same way. */
  private readonly words = new MentionWords(this.names);

  constructor(registry: readonly RegistryEntry[] = []) {
    for (const item of registry) {
      const entry = this.add(item.id, item.name, true, this.typeOf(item.name));
      entry.description = item.description;
      entry.url = item.url;
      for (const alias of item.aliases) {
        this.addKey(entry, this.normalised(stripDocument(alias)));
        this.addKey(entry, this.normalised(alias));
        this.addAppositionKeys(entry, alias);
      }
    }
  }

  /** The sources mentioned so far, in order of first mention (registry entries only once mentioned). */
  sources(): Source[] {
    return this.entries
      .filter((e) => e.mentions.length > 0)
      .sort((a, b) => a.firstSeen - b.firstSeen)
      .map(({ id, name, mentions, description, url }) => ({ id, name, mentions: [...mentions], description, url }));
  }

  /** The id of a registry source or one already mentioned, by id. */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The canonical name of a known source. */
  nameOf(id: string): string | null {
    return this.byId.get(id)?.name ?? null;
  }

  /** Every known source id (registry and mentioned). */
  ids(): string[] {
    return this.entries.map((e) => e.id);
  }

  /** Record that a source was cited by id (an author's override). */
  cite(id: string, mention: string): string | null {
    const entry = this.byId.get(id);
    if (!entry) return null;
    this.touch(entry, mention);
    return entry.id;
  }

  /**
   * Note a subject the narration names, so that a later pronoun can refer to it: a person ("Maria Delgado,
   * 67, spent the night in her car." then "she said"), or a group of people who give statements ("Emergency
   * officials in Alagoas did not answer calls." then "They were quoted as saying"). It becomes a source only
   * when a statement is credited to it.
   */
  noteSubject(name: string): void {
    const found = this.find(name);
    if (found) {
      if (found.type !== "organisation") found.lastSeen = this.clock++;
      found.gender ??= genderOf(name, this.names);
      return;
    }
    const person = this.personal(name);
    const head = name.split(SUBJECT_HEAD_END)[0]!.trim().split(/\s+/).pop()?.toLowerCase() ?? "";
    const group = !person && COMMON_SOURCES.has(head) && name.split(/\s+/).length <= 8;
    if (!person && !group) return;
    const display = person ?? displayName(name);
    const entry = this.add(this.freshId(display), display, false, person ? "person" : "group");
    this.addKey(entry, this.normalised(name));
    if (person) this.addKey(entry, this.normalised(person));
    entry.noted = true;
    entry.gender = person ? genderOf(name, this.names) : null;
    entry.lastSeen = this.clock++;
  }

  /** Record that a source just spoke through a statement ("In a statement, the police said"), which a later "the statement" names. */
  noteDocument(id: string): void {
    this.documentAuthor = this.byId.get(id) ?? this.documentAuthor;
  }

  /** The source a mention would resolve to now, without recording it or creating one. */
  peek(mention: string, pronoun = false): string | null {
    const text = mention.trim();
    if (pronoun) {
      const types: readonly SourceType[] = PRONOUN_SOURCE_TYPES.get(text.toLowerCase()) ?? ["organisation", "person", "group"];
      const candidates = [...this.entries].filter((e) => e.mentions.length > 0 || e.noted).sort((a, b) => b.lastSeen - a.lastSeen);
      // "The military said ... , it said": a collective noun is plural for "they" and singular for "it".
      const collective = text.toLowerCase() === "it";
      // "she said" after "Tad Devine ... Jennifer Palmieri": the pronoun takes the latest person of its gender.
      const gender = PRONOUN_GENDER.get(text.toLowerCase());
      const agrees = (e: Entry) => gender === undefined || e.gender === null || e.gender === gender;
      // "Clinton said ... She added": "he" or "she" may take up a bare surname, which was typed as an organisation.
      const surname = (e: Entry) => gender !== undefined && e.type === "organisation" && !e.fromRegistry && isBareSurname(e);
      const fits = (e: Entry) => ((types.includes(e.type) || surname(e)) && agrees(e)) || (collective && e.type === "group" && COLLECTIVE_HEADS.has(headNoun(e.name, this.names)));
      return candidates.find(fits)?.id ?? null;
    }
    return this.find(text)?.id ?? null;
  }

  /** Resolve a mention as written to a source id, creating a source when it names a new one. */
  resolve(mention: string, pronoun = false): string | null {
    const text = mention.trim();
    if (pronoun) {
      const id = this.peek(text, true);
      const match = id ? this.byId.get(id) : undefined;
      // A bare surname taken up by "he" or "she" was a person: so typed, with the pronoun's gender.
      const gender = PRONOUN_GENDER.get(text.toLowerCase());
      if (match && gender !== undefined && match.type === "organisation") {
        match.type = "person";
        match.gender ??= gender;
      }
      if (match) this.touch(match, text);
      return match?.id ?? null;
    }

    const found = this.find(text);
    if (found) {
      this.touch(found, text);
      if (isDocumentName(text)) this.documentAuthor = found;
      return found.id;
    }
    const holder = this.roleHolder(text);
    if (holder) return holder;
    const name = this.personal(text) ?? displayName(text);
    // "the Disaster and Emergency Management Authority (Afad)" after "the country's disaster agency": the body
    // described before is the one now named; it takes the name, and keeps its id.
    // "The Kenya Human Rights Commission" right after "a rights group": a body introduced by an indefinite
    // description and named in the next statement. A body already named keeps its name.
    const previous = this.clock - 1;
    const earlier = this.personal(text) ? [] : this.entries.filter((e) => {
      const described = e.mentions.map((m) => this.words.described(m) ?? (e.lastSeen === previous ? this.words.introduced(m) : null));
      return described.every((words) => words !== null) && described.some((words) => nameFits(name, words!));
    });
    const bare = text.trim().replace(PARENTHESISED_ACRONYM, "$1");
    if (earlier.length === 1 && this.typeOf(bare) !== "person") {
      const entry = earlier[0]!;
      entry.name = name;
      this.addKey(entry, this.normalised(text));
      this.addAppositionKeys(entry, text);
      this.touch(entry, text);
      return entry.id;
    }
    const entry = this.add(this.freshId(name), name, false, this.typeOf(bare));
    this.addKey(entry, this.normalised(text));
    this.addKey(entry, this.normalised(stripDocument(text)));
    const person = this.personal(text);
    if (person) this.addKey(entry, this.normalised(person));
    this.addAppositionKeys(entry, text);
    this.touch(entry, text);
    return entry.id;
  }

  private find(text: string): Entry | null {
    const key = this.normalised(text);
    const bare = this.normalised(stripDocument(text));
    const byKey = this.byKey.get(key) ?? this.byKey.get(bare);
    if (byKey) return byKey;

    // "The Syrian statement": a document named by an adjective refers back to a source sharing it.
    if (isDocumentName(text)) {
      const words = stems(text, this.names);
      const recent = [...this.entries].filter((e) => e.mentions.length > 0).sort((a, b) => b.lastSeen - a.lastSeen);
      // "said the statement" after "In a statement, the police said": the same document, so the same author.
      if (words.length === 0) return this.documentAuthor ?? recent[0] ?? null;
      if (words.length <= 2) {
        const match = recent.find((e) => words.every((w) => [...e.keys].some((k) => k.split(" ").some((kw) => kw.startsWith(w.slice(0, 5))))));
        if (match) return match;
      }
    }

    // "the country's disaster agency" after "the Disaster and Emergency Management Authority": the one body
    // whose name holds the description's identifying words.
    const described = this.words.described(text);
    if (described) {
      const bodies = this.entries.filter((e) => e.type !== "person" && e.mentions.length > 0 && nameFits(e.name, described));
      if (bodies.length === 1) return bodies[0]!;
    }

    // A person named again by surname or full name: "Lassegue", "General Khan".
    const person = this.personal(text);
    const tokens = text.replace(/^(the|a|an)\s+/i, "").split(/\s+/);
    const surname = (person ?? (tokens.length === 1 && /^\p{Lu}/u.test(tokens[0]!) ? tokens[0]! : null))?.split(/\s+/).pop()?.toLowerCase();
    if (surname) {
      // "passenger Mahesh Kumar" after "spokesman Rajesh Kumar": a full name with another first name is someone else.
      const given = person && person.includes(" ") ? person.split(/\s+/)[0]!.toLowerCase() : null;
      const match = this.entries.find((e) => e.type === "person" && e.surname === surname && (given === null || sameGivenName(e.name, given, this.names)));
      if (match) return match;
    }

    // "the Observatory" after "Syrian Observatory for Human Rights": a capitalised head noun.
    const head = /^(?:the\s+)?(\p{Lu}[\p{L}-]+)$/u.exec(text.trim());
    // A common noun capitalised at the start of a sentence ("Officials said") is no head of a name.
    if (head && !TITLES.has(head[1]!.toLowerCase()) && !COMMON_SOURCES.has(head[1]!.toLowerCase())) {
      const word = head[1]!.toLowerCase();
      const match = this.entries.find((e) => e.type !== "person" && this.words.name(e.name).includes(word) && e.name.split(/\s+/).length > 1);
      if (match) return match;
    }

    // "the ministry" after "the health ministry", "the sheriff" after "Sheriff Dana Whitfield": a definite
    // description by one lowercase noun names the latest source with that head noun or that title.
    // "The West Virginia governor" after "Governor Earl Ray Tomblin": capitalised words before a title
    // place the person; the title still names them.
    // "The defence ministry" after "Russia's defence ministry", "the news agency" after "Russia's state RIA news
    // agency": lowercase modifiers before the noun must be words the source was named with.
    const description = /^[Tt]he\s+((?:\p{Lu}[\p{L}.-]*\s+){0,3})((?:\p{Ll}[\p{Ll}-]+\s+){0,2})(\p{Ll}[\p{Ll}-]+)$/u.exec(text);
    if (description && (description[1] === "" || TITLES.has(description[3]!))) {
      const word = description[3]!;
      const modifiers = description[2]!.trim() === "" ? [] : description[2]!.trim().split(/\s+/);
      const placed = description[1] !== "";
      let best: Entry | null = null;
      for (const e of this.entries) {
        if (e.mentions.length === 0 || (best && best.lastSeen > e.lastSeen)) continue;
        // "the official" after "Governor Yevgeny Balitsky": a generic role takes up any titled person;
        // "the newspaper" after "the San Francisco Chronicle": a generic kind takes up a body of that kind.
        const fits =
          e.type === "person"
            ? e.mentions.some((m) => {
                // A named person's last word is the surname; an unnamed one's is the role ("a government official").
                const words = this.words.title(m);
                const before = this.personal(m) ? words.slice(0, -1) : words;
                if (!modifiers.every((w) => before.includes(w))) return false;
                return before.includes(word) || (GENERIC_ROLES.has(word) && before.some((w) => TITLES.has(w) && !HONORIFICS.has(w)));
              })
            : !placed && this.fitsBody(e, word, modifiers);
        if (fits) best = e;
      }
      if (best) return best;
    }
    return null;
  }

  /**
   * "Minister Marie-Laurence Jocelyn Lassegue" after "The Haitian government Communications Minister": a person
   * named with an office title that one unnamed source was named by is that source; it takes the person's name.
   * Only a capitalised office ("Communications Minister"), never a generic role ("a spokesman"), and only one.
   */
  private roleHolder(text: string): string | null {
    const person = this.personal(text);
    if (!person) return null;
    const titles = titleWords(text.slice(0, text.indexOf(person.split(" ")[0]!)), this.names);
    const role = titles.filter((w) => TITLES.has(w)).pop();
    if (!role) return null;
    const offices = this.entries.filter((e) => {
      if (e.surname !== null || e.mentions.length === 0 || e.fromRegistry) return false;
      const last = e.name.split(/\s+/).pop() ?? "";
      return /^\p{Lu}/u.test(last) && last.toLowerCase() === role;
    });
    if (offices.length !== 1) return null;
    const entry = offices[0]!;
    entry.name = person;
    entry.type = "person";
    entry.surname = person.split(/\s+/).pop()!.toLowerCase();
    this.addKey(entry, this.normalised(text));
    this.addKey(entry, this.normalised(person));
    this.touch(entry, text);
    return entry.id;
  }

  /** Whether "the <modifiers> <word>" can name the body `e`: its head noun, its kind, or a noun it was named with. */
  private fitsBody(e: Entry, word: string, modifiers: string[]): boolean {
    const kind = GENERIC_KINDS[word];
    if (kind) {
      if (!modifiers.every((w) => KIND_MODIFIERS.has(w))) return false;
      return kind.test(this.normalised(e.name)) || e.mentions.some((m) => kind.test(this.words.lowercase(m).join(" ")));
    }
    if (modifiers.length === 0 && GENERIC_BODIES.has(word)) {
      // "the group" after "the Assistance Association for Political Prisoners": any named body.
      return e.type === "organisation" && /\p{Lu}/u.test(e.name) && e.name.split(/\s+/).length > 1;
    }
    const nameWords = this.words.name(e.name);
    // "the ministry" after "the press service of the Ukrainian Interior Ministry": the name's head or last noun.
    if (modifiers.length === 0 && nameWords.length > 1 && (headNoun(e.name, this.names) === word || nameWords[nameWords.length - 1] === word)) return true;
    // "the agency" after "Russia's state RIA news agency": the noun the body was named with, its modifiers too.
    return e.mentions.some((m) => {
      if (!/\p{Lu}/u.test(m)) return false;
      const words = this.words.lowercase(m);
      return words[words.length - 1] === word && modifiers.every((w) => words.includes(w));
    });
  }

  /** "The concert organisers, Rhythm Nation Entertainment": each side of an apposition names the source. */
  private addAppositionKeys(entry: Entry, text: string): void {
    // "the Assistance Association for Political Prisoners (AAPP)": the acronym and the bare name name it too.
    const acronym = PARENTHESISED_ACRONYM.exec(text.trim());
    if (acronym) {
      this.addKey(entry, this.normalised(acronym[1]!));
      this.addKey(entry, this.normalised(acronym[2]!));
    }
    const apposition = /^([^,()]+),\s+([^,()]+?),?$/.exec(text);
    if (!apposition) return;
    for (const part of [apposition[1]!, apposition[2]!]) {
      if (/\p{Lu}/u.test(part) && part.trim().split(/\s+/).length >= 2) this.addKey(entry, this.normalised(part));
    }
  }

  /** An id for a new source named `name`, numbered when another source has it already. */
  private freshId(name: string): string {
    const base = sourceId(name, this.names);
    let id = base;
    for (let n = 2; this.byId.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  private addKey(entry: Entry, key: string): void {
    entry.keys.add(key);
    // The first source to claim a key keeps it, as a linear search in order would find it.
    if (!this.byKey.has(key)) this.byKey.set(key, entry);
  }

  private add(id: string, name: string, fromRegistry: boolean, type: SourceType): Entry {
    const person = this.personal(name);
    const entry: Entry = {
      id,
      name,
      mentions: [],
      description: null,
      url: null,
      keys: new Set(),
      type,
      surname: person ? person.split(/\s+/).pop()!.toLowerCase() : null,
      lastSeen: -1,
      firstSeen: -1,
      fromRegistry,
      gender: null,
    };
    this.entries.push(entry);
    this.byId.set(id, entry);
    this.addKey(entry, this.normalised(name));
    return entry;
  }

  private touch(entry: Entry, mention: string): void {
    entry.lastSeen = this.clock++;
    if (entry.firstSeen < 0) entry.firstSeen = entry.lastSeen;
    if (!entry.mentions.includes(mention)) entry.mentions.push(mention);
    entry.gender ??= genderOf(mention, this.names);
    if (entry.type === "organisation" && !entry.fromRegistry) {
      // A person's name seen later makes the source a person: "the minister ... Lassegue".
      const person = this.personal(mention);
      if (person) entry.surname ??= person.split(/\s+/).pop()!.toLowerCase();
    }
    if (!entry.surname && entry.type === "person") {
      const person = this.personal(mention);
      if (person) entry.surname = person.split(/\s+/).pop()!.toLowerCase();
    }
  }

  /** `normaliseName`, remembered for this article. */
  private normalised(name: string): string {
    return this.names.normalised(name);
  }

  /** `personalName`, remembered for this article. */
  private personal(mention: string): string | null {
    return this.names.personal(mention);
  }

  /** `classify`, remembered for this article. */
  private typeOf(mention: string): SourceType {
    return remember(this.types, mention, (m) => classify(m, this.names));
  }
}
