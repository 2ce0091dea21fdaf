/**
 * Role, title and group nouns: the heads of speakers' noun phrases.
 */
import { IRREGULAR_PAST } from "./verb-forms.ts";
import { wordMap, wordSet, wordUnion } from "./words.ts";

/** Titles written with a full stop before a name: "Col. Jane Doe", "Dr. Ali" (lowercase, without the dot). */
export const DOTTED_TITLES = wordSet("col gen lt maj capt sgt cpl pvt adm cmdr brig dr mr mrs ms prof sen rep gov rev supt insp det fr st");
/** Suffixes written with a full stop after a name: "Joseph R. Biden Jr. said" (lowercase, without the dot). */
export const DOTTED_NAME_SUFFIXES = wordSet("jr sr");
/**
 * Words that tie an anonymous speaker to what they know, with their preposition: "people familiar with the
 * matter", "officials briefed on the talks", "a source close to the family", "two people with knowledge of".
 */
export const KNOWING_MODIFIERS = wordMap({
  familiar: "with", briefed: "on", close: "to", involved: "in", knowledgeable: "about", aware: "of", knowledge: "of", privy: "to",
});
/** Heads of a singular speaker that may be coordinated with another: "a witness and a politician said". */
export const SPEAKER_HEADS = wordSet(`
  witness eyewitness politician resident survivor official spokesman spokeswoman spokesperson doctor nurse medic
  volunteer worker activist lawyer relative neighbor neighbour villager journalist photographer reporter diplomat
  analyst officer agency radio television broadcaster newspaper
`);
/** Roles of a person named by the body they serve with: "a volunteer with the Red Cross". */
export const ROLES_BEFORE_WITH = wordSet(`
  volunteer worker official officer spokesman spokeswoman spokesperson doctor nurse medic paramedic member
  researcher lawyer engineer analyst coordinator director manager staffer investigator rescuer representative
`);
/** Plural nouns for kinds of source: the part the two lists below share. */
const PLURAL_SOURCE_CORE = wordSet(`
  police officials residents witnesses authorities activists medics doctors rescuers survivors relatives sources
  diplomats analysts villagers
`);
/** Plural nouns for groups of sources, which may be coordinated in lowercase: "police and officials said". */
export const GROUP_SOURCES = wordUnion(PLURAL_SOURCE_CORE, wordSet("workers teachers nurses"));
/**
 * Plural common nouns for sources, which name no particular body even when capitalised ("Officials said",
 * "Organisers said"). Kept apart from `GROUP_SOURCES`, whose extra words a coordination reads: one merged list
 * would change which sources are typed as groups and which lowercase runs coordinate, so results would move.
 */
export const COMMON_SOURCES = wordUnion(PLURAL_SOURCE_CORE, wordSet("organisers organizers prosecutors"));
/** Heads that end a source after "according to" when no comma does: "According to reports police fired". */
export const SOURCE_HEADS = wordSet(`
  reports sources officials witnesses residents police media statement estimates figures data authorities
  accounts activists medics doctors
`);
/** Words of a clause that withholds a speaker's name: "who did not give his name", "who asked not to be identified". */
export const ANONYMITY_WORDS = wordSet("name named identified identify anonymity anonymously authorised authorized");
/** Verbs that commonly follow a person named in narration: "Maria Delgado, 67, spent the night ...". */
export const NARRATION_VERBS: ReadonlySet<string> = new Set([
  ...IRREGULAR_PAST,
  ...wordSet("left found lives works owns runs sells leads heads is has are does do"),
]);
/** Words before "states" that make it a noun: "member states", "Gulf states", "several states". */
export const STATE_MODIFIERS = wordSet(`
  member island nation city border transit donor rogue gulf arab baltic nordic allied affected sovereign
  independent neighboring neighbouring other several many some both all
`);
/** Adjective endings before "states": "coastal states", "Arabic", "western", "neighbouring", "island". */
export const ADJECTIVE_SUFFIXES = ["al", "ic", "ern", "ing", "ive", "ous", "ful", "ian", "ean", "ese", "ish", "ary"] as const;
/** Words with an adjective ending that are nouns before "states": "official", "principal", "general". */
export const NOT_STATE_ADJECTIVES = wordSet("official principal general");
/** Titles and role nouns that say a person is a woman: "Mrs Clinton", "a spokeswoman" (lowercase, no dot). */
export const FEMALE_TITLES = wordSet(`
  mrs ms miss madam madame dame lady queen princess duchess countess baroness sister mother grandmother aunt
  spokeswoman chairwoman congresswoman councilwoman businesswoman policewoman assemblywoman anchorwoman
  stateswoman sportswoman actress widow wife daughter mum mom
`);
/** Titles and role nouns that say a person is a man: "Mr Trump", "a spokesman" (lowercase, no dot). */
export const MALE_TITLES = wordSet(`
  mr sir lord king prince duke count baron brother father grandfather uncle
  spokesman chairman congressman councilman businessman policeman assemblyman anchorman statesman
  sportsman actor widower husband son dad
`);

/** Honorifics before a name: "Mr Manchin", "Dr Ali" (lowercase, no dot). Not a title of office: "the official" never takes them up. */
export const HONORIFICS = wordSet("mr mrs ms dr");
/**
 * Titles of a person whom a spokesperson or adviser serves: "a spokeswoman for Mr Manchin", "an adviser to
 * President Ruto" (the name after them is not the speaker's). A part of `TITLES`.
 */
export const SERVED_TITLES = wordUnion(HONORIFICS, wordSet("president governor gov senator sen mayor minister king queen prince sheikh general gen"));
/**
 * Titles and roles that precede a personal name ("US envoy Samantha Power", "Foreign Minister ..."), with the
 * words of a title's office ("foreign", "defense") and of its country ("us", "un"): `SERVED_TITLES` and these.
 */
export const TITLES = wordUnion(SERVED_TITLES, wordSet(`
  vice-president prime secretary envoy ambassador spokesman spokeswoman spokesperson chairman chairwoman chair
  director executive major-general lieutenant-general brigadier-general colonel col major captain lieutenant
  sergeant commander chief representative rep doctor professor prof judge justice princess pope father bishop
  archbishop cardinal deputy foreign defense defence health interior finance communications information state
  official officer head leader coordinator commissioner inspector superintendent lt capt sgt adm admiral us u.s
  un u.n uk sheriff coroner constable supervisor councillor councilman councilwoman alderman legislator
  lawmaker mp assemblyman assemblywoman
`));
/** Abbreviated titles as prose writes them before a name ("Gov. Andy Beshear"), with the title in full. */
export const TITLE_ABBREVIATIONS = wordMap({
  gov: "governor", sen: "senator", rep: "representative", gen: "general", col: "colonel", lt: "lieutenant",
  sgt: "sergeant", capt: "captain", maj: "major", adm: "admiral", supt: "superintendent", insp: "inspector",
  cmdr: "commander", pres: "president", prof: "professor",
});
/** Roles that name any titled official: "the official" after "Governor Yevgeny Balitsky". */
export const GENERIC_ROLES = wordSet("official officer");

/** Occupations and offices of one person: the part the two role lists below share. */
const PERSON_ROLE_CORE = wordSet(`
  spokesman spokeswoman spokesperson minister secretary envoy ambassador chairman chairwoman director official
  officer general president governor mayor commander chief witness eye-witness doctor head leader coordinator
  commissioner lawyer analyst resident survivor nurse surgeon teacher farmer trader shopkeeper worker student
  driver passenger priest pastor imam engineer scientist researcher activist manager owner volunteer medic
  paramedic investigator convener convenor
`);
/**
 * Role nouns that make a source a person even without a name: the head noun of "a government spokesman", "a
 * doctor at the teaching hospital" ends in one. Kept apart from `NAME_ROLE_NOUNS`, which holds words that are no
 * speaker's head ("number", "named") and roles ("reporter", "editor") whose merging here would retype sources.
 */
export const PERSON_ROLES = wordUnion(PERSON_ROLE_CORE, wordSet(`
  eyewitness professor sheriff supervisor mother father neighbour neighbor relative rescuer staffer
`));
/**
 * Role nouns after which a capitalised run is a person's name: "opposition spokesman Gizachew Shiferaw",
 * "Pensioner Jacqueline Morel", "a man surnamed Li". Kept apart from `PERSON_ROLES` (see there): adding that
 * list's kin and titles ("mother", "professor") here would change which runs are names.
 */
export const NAME_ROLE_NOUNS = wordUnion(PERSON_ROLE_CORE, wordSet(`
  chair number counterpart correspondent reporter surnamed named campaigner organiser organizer economist
  expert fisherman founder negotiator prosecutor attorney advocate lecturer historian journalist editor
  photographer chaplain landlord vendor miner pilot guard ranger pensioner retiree widow widower mechanic
  electrician cleaner waiter waitress housewife nun monk baker butcher tailor carpenter plumber cook chef
  fisherwoman herder labourer laborer
`));
