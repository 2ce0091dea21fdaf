/**
 * The words the scope phrases read (src/nlp/scope-phrases.ts): incidents, and the words that place a count in
 * another time, another incident or a period.
 */
import { UNIT_WORDS } from "./numbers.ts";
import { wordSet } from "./words.ts";

/** Nouns naming an incident, singular and plural: "a similar attack", "the 2005 quake", "another bombing". */
export const EVENT_NOUNS: ReadonlySet<string> = wordSet(`
  attack attacks bombing bombings blast blasts explosion explosions strike strikes airstrike airstrikes raid raids
  ambush ambushes massacre massacres shooting shootings earthquake earthquakes quake quakes flood floods flooding
  storm storms cyclone cyclones typhoon typhoons hurricane hurricanes fire fires blaze blazes wildfire wildfires
  landslide landslides mudslide mudslides crash crashes collision collisions derailment derailments disaster
  disasters collapse collapses stampede stampedes crush crushes riot riots clashes protest protests outbreak
  outbreaks epidemic epidemics heatwave heatwaves sinking sinkings capsizing capsizings accident accidents
  incident incidents
`);

/** Documents dated by a year like an incident: "in a 2024 report". */
export const DATED_DOCUMENTS: ReadonlySet<string> = wordSet("report study survey");

/** Words that make an incident another one: "a similar attack", "the previous quake". */
export const OTHER_EVENT_ADJECTIVES: ReadonlySet<string> = wordSet("similar earlier previous separate");
/** "the previous attack", "that last quake". */
export const PRIOR_ADJECTIVES: ReadonlySet<string> = wordSet("previous earlier last");
/** Before a year and an incident: "the 2005 quake", "in a 2024 report". */
export const YEAR_EVENT_OPENERS: ReadonlySet<string> = wordSet("the a an its in");
/** Small counts of years spelled out, one to ten: "three years after". */
export const FEW_WORDS: ReadonlySet<string> = new Set([...[...UNIT_WORDS].filter(([, n]) => n > 0).map(([w]) => w), "ten"]);
/** "years after", "decades ago". */
export const LONG_UNITS: ReadonlySet<string> = wordSet("year years decade decades");
export const LONG_UNITS_PLURAL: ReadonlySet<string> = wordSet("years decades");
export const SINCE_WORDS: ReadonlySet<string> = wordSet("after since ago");
export const SEASONS: ReadonlySet<string> = wordSet("summer winter spring autumn fall");

/** Another day or week: "last week", "earlier this month". */
export const CALENDAR_UNITS: ReadonlySet<string> = wordSet("week month year");
/** "the start of this year". */
export const YEAR_STARTS: ReadonlySet<string> = wordSet("start beginning");
/** "in the first six months of this year". */
export const YEAR_PARTS: ReadonlySet<string> = wordSet("month months week weeks half");
export const YEAR_DETERMINERS: ReadonlySet<string> = wordSet("this last the");
/** "every year", "per year". */
export const EVERY: ReadonlySet<string> = wordSet("every each per");
/** "in the past five years", "over the last 24 hours". */
export const SPAN_PREPOSITIONS: ReadonlySet<string> = wordSet("in over during");
export const PAST_WORDS: ReadonlySet<string> = wordSet("past last");
/** Hours of a running count: "in the past 24 hours". */
export const DAY_HOURS: ReadonlySet<string> = wordSet("24 48 72");

/** A war's whole toll: "The war has killed ...". */
export const WARS: ReadonlySet<string> = wordSet("war conflict insurgency fighting");
export const WAR_OUTCOME_VERBS: ReadonlySet<string> = wordSet("killed left displaced uprooted forced");
/** "since the war began". */
export const CRISES: ReadonlySet<string> = wordSet("war conflict insurgency fighting crisis violence outbreak epidemic");
export const BEGAN: ReadonlySet<string> = wordSet("began started erupted");
/** "displaced inside Burkina Faso". */
export const UPROOTED: ReadonlySet<string> = wordSet("displaced uprooted");

/** Deaths split by where they happened: "died on the spot", "on the way to hospital". */
export const ON_THE_SPOT_VERBS: ReadonlySet<string> = wordSet("died");
export const KILLED_AUX: ReadonlySet<string> = wordSet("were was");
export const HOSPITAL_PLACES: ReadonlySet<string> = wordSet("hospital hospitals");
export const AT_HOSPITAL: ReadonlySet<string> = wordSet("in at");

/** Those a hospital has: "61 were being treated", "treated 38 people". */
export const HOSPITAL_STATES: ReadonlySet<string> = wordSet("treated hospitalised hospitalized admitted");
export const HOSPITAL_VERBS_BEFORE: ReadonlySet<string> = new Set([...HOSPITAL_STATES, "received"]);
/** "were being treated", "remained hospitalised". */
export const HOSPITAL_AUX: ReadonlySet<string> = wordSet("were are was is remain remained");
export const HOSPITAL_PERFECT: ReadonlySet<string> = wordSet("had have");

/** What a weekday's count is ("Monday's toll"): the date of a count, not another event. */
export const DATED_COUNTS: ReadonlySet<string> = wordSet("toll count tally figure figures report statement update briefing announcement");
/** Parts of a day after a weekday: "Sunday evening". */
export const DAY_TIMES: ReadonlySet<string> = wordSet("morning afternoon evening night");
/** "early Monday", "later Wednesday". */
export const DAY_EDGES: ReadonlySet<string> = wordSet("early late later");
/** "the toll from last month's earthquake": the toll of the event itself. */
export const TOLL_OF: ReadonlySet<string> = wordSet("from of");
export const TOLLS: ReadonlySet<string> = wordSet("toll tolls");
