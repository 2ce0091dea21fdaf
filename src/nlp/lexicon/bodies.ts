/**
 * Body nouns: the words that name or describe an organisation ("the ministry", "a rights group", "the
 * newspaper"), the kinds of body a generic noun takes up, and the words that mark a name as a body's.
 */
import { wordSet, wordUnion } from "./words.ts";

/** Head nouns of a body described, not named: "the country's disaster agency". */
export const BODY_HEADS = wordSet(`
  agency authority ministry office department service body commission committee council administration bureau
  directorate
`);
/** Generic nouns for a body that take up the latest named organisation: "the group said". */
export const GENERIC_BODIES = wordSet("group organisation organization");
/** Generic heads of a body introduced by an indefinite description: "a rights group", "an aid agency". */
export const INDEFINITE_BODY_HEADS = wordUnion(BODY_HEADS, GENERIC_BODIES, wordSet("charity watchdog monitor"));
/** Collective nouns that "it" may take up, though "they" may too: "the military ..., it said". */
export const COLLECTIVE_HEADS = wordSet("military staff media");
/** Words of a description that say nothing of which body it is: "the country's national agency". */
export const VAGUE_BODY_MODIFIERS = wordSet(`
  the a an its their country's country’s nation's nation’s national state government official main federal
  regional local
`);
/** Lowercase words before a generic kind that any body of that kind fits: "the news outlet", "the state agency". */
export const KIND_MODIFIERS = wordSet("news media state local");

/** Last words of a newspaper's name: "the San Francisco Chronicle", "The Daily Star". */
const NEWSPAPER_NAMES = wordSet(`
  times post herald journal tribune gazette chronicle daily guardian telegraph independent observer globe mail
  standard nation star newspaper
`);
/** Words of a news outlet's name, anywhere in it: "Russian state newspaper Izvestia", "RIA news agency". */
const OUTLET_WORDS = wordSet(`
  times post herald journal tribune gazette chronicle daily newspaper paper news agency tv television radio
  broadcaster channel outlet
`);
/**
 * Kinds of body, with the words of a name that make a body one of that kind ("the newspaper" after "the San
 * Francisco Chronicle", "the force" after "West Midlands Police"). `atEnd`: the name must end in one of them;
 * otherwise it may hold one anywhere ("the news outlet" after "state newspaper Izvestia"). "newspaper" also takes
 * a name ending in "news", "paper" does not.
 */
export const BODY_KINDS: Readonly<Record<string, { words: ReadonlySet<string>; atEnd: boolean }>> = {
  newspaper: { words: wordUnion(NEWSPAPER_NAMES, ["news"]), atEnd: true },
  paper: { words: NEWSPAPER_NAMES, atEnd: true },
  broadcaster: { words: wordSet("tv television radio broadcasting broadcaster bbc cnn abc nbc cbs channel"), atEnd: true },
  outlet: { words: OUTLET_WORDS, atEnd: false },
  force: { words: wordSet("police"), atEnd: true },
};

/** Words that mark a name as an organisation rather than a person: "Syrian Observatory", "Ministry of Health". */
export const ORG_WORDS = wordSet(`
  ministry military army navy government coalition command observatory agency office organization organisation
  party police forces force council committee association group union department administration authority
  authorities commission nations embassy court company corporation news newspaper press reuters network institute
  university hospital services service movement front federation bank fund program programme statement report
  media television radio channel times post herald guardian tribune journal bureau center centre unit watch
  amnesty red crescent cross who unicef unhcr nato state states kremlin pentagon whitehouse house parliament
  congress senate cabinet regime rebels officials sources organisers organizers residents witnesses activists
`);

/**
 * Endings of a plural head, which "they" can take up: "officials", "people", "police", "staff", "media" (also
 * "townspeople"); the endings in `SINGULAR_S_ENDINGS` excepted ("congress", "census", "news").
 */
export const PLURAL_HEAD_ENDINGS = ["s", "people", "police", "staff", "media"] as const;
/** Endings in "s" of a singular head: "congress", "census", "news". */
export const SINGULAR_S_ENDINGS = ["ss", "us", "news"] as const;
