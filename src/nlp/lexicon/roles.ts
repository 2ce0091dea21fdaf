/**
 * Role, title and group nouns: the heads of speakers' noun phrases.
 */
import { IRREGULAR_PAST } from "./verb-forms.ts";
import { wordSet } from "./words.ts";

/** Titles written with a full stop before a name: "Col. Jane Doe", "Dr. Ali" (lowercase, without the dot). */
export const DOTTED_TITLES = wordSet("col gen lt maj capt sgt cpl pvt adm cmdr brig dr mr mrs ms prof sen rep gov rev supt insp det fr st");
/** Suffixes written with a full stop after a name: "Joseph R. Biden Jr. said" (lowercase, without the dot). */
export const DOTTED_NAME_SUFFIXES = wordSet("jr sr");
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
/** Plural nouns for groups of sources, which may be coordinated in lowercase: "police and officials said". */
export const GROUP_SOURCES = wordSet(`
  police officials residents witnesses authorities activists medics doctors rescuers survivors relatives sources
  diplomats analysts villagers workers teachers nurses
`);
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
