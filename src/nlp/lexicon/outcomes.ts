/**
 * Outcome words: the verbs, nouns and adjectives that say what a figure counts (killed, wounded, missing,
 * displaced, arrested, crowd), the tallies that hold a figure ("death toll"), the verbs that link or change a
 * tally, and the qualifier phrases that hedge a number ("at least", "up to").
 */
import type { Metric, Qualifier } from "../../types.ts";
import { wordMap, wordSet } from "./words.ts";

/** How an outcome word is used, which decides whose outcome it states. */
export interface OutcomeWord {
  metric: Metric;
  pos: "verb" | "noun" | "adj";
  /** A verb whose active form takes the victims as object ("killed 62 troops"). */
  transitive?: boolean;
  /** Counts only in the passive ("were held"), not in "held talks". */
  passiveOnly?: boolean;
  /** Counts only in the active ("10,000 people gathered"), not in "samples were gathered". */
  activeOnly?: boolean;
  /** A noun for participants that yields to any outcome verb ("15 protesters were killed"). */
  weak?: boolean;
}

type Entry = readonly [Metric, OutcomeWord["pos"], string, Omit<OutcomeWord, "metric" | "pos">?];

/** The outcome words, each line one metric, part of speech, words and use. */
const OUTCOME_TABLE: readonly Entry[] = [
  ["killed", "verb", "killed kill kills killing murdered massacred executed", { transitive: true }],
  ["killed", "verb", "died die dies perished drowned martyred"],
  ["killed", "adj", "dead slain deceased"],
  ["killed", "noun", "deaths death fatalities fatality bodies body corpses lives toll"],
  ["wounded", "verb", "wounded injured hurt wounding injuring", { transitive: true }],
  ["wounded", "noun", "injuries injury burns wounds"],
  // "61 were being treated": treated in hospital, in the passive only ("doctors treated 40" names no outcome).
  ["wounded", "verb", "treated", { passiveOnly: true }],
  ["missing", "adj", "missing unaccounted"],
  ["missing", "verb", "disappeared"],
  ["displaced", "verb", "displaced evacuated", { transitive: true }],
  ["displaced", "verb", "fled flee fleeing"],
  // "evacuation centers were sheltering 2,400 people", "2,000 people sheltering in schools".
  ["displaced", "verb", "sheltering sheltered", { transitive: true }],
  ["displaced", "adj", "homeless"],
  // "about 180 refugees ... have died": a status noun yields to the clause's outcome verb.
  ["displaced", "noun", "refugees evacuees", { weak: true }],
  ["arrested", "verb", "arrested detained jailed imprisoned captured", { transitive: true }],
  ["arrested", "verb", "held", { transitive: true, passiveOnly: true }],
  ["arrested", "noun", "arrests detainees detentions custody"],
  // Participants and crowds yield to any outcome verb ("15 protesters were killed").
  ["crowd", "noun", "crowd attendance turnout marchers protesters protestors demonstrators", { weak: true }],
  ["crowd", "noun", "participants attendees", { weak: true }],
  ["crowd", "verb", "marched rallied gathered protested demonstrated attended", { activeOnly: true }],
  ["other", "noun", "cases infections hostages casualties"],
  ["other", "verb", "infected sickened hospitalised hospitalized kidnapped abducted", { transitive: true }],
];

/** Every outcome word with its metric and use, by its lower-case form. */
export const OUTCOME_WORDS: ReadonlyMap<string, OutcomeWord> = new Map(
  OUTCOME_TABLE.flatMap(([metric, pos, words, extra]) => words.split(" ").map((w) => [w, { metric, pos, ...extra }] as const)),
);

/** Verbs of getting people out, whose object is counted only when the verb has no other outcome: "pulled out six". */
export const RESCUE_VERBS: ReadonlySet<string> = wordSet("pulled rescued recovered retrieved dug freed saved");

/** Nouns that hold a figure ("the death toll at 83", "the number at 45,000", "a fatalities count of 281"). */
export const TALLY_NOUNS: ReadonlySet<string> = wordSet("toll tally count total figure figures number estimate estimates");

/** Outcome words in their singular or modifier form ("casualty figure", "injury toll"). */
export const MODIFIER_OUTCOMES: ReadonlyMap<string, Metric> = wordMap<Metric>({
  death: "killed", deaths: "killed", fatality: "killed", fatalities: "killed", casualty: "other", casualties: "other",
  injury: "wounded", injuries: "wounded", arrest: "arrested", arrests: "arrested", crowd: "crowd", refugee: "displaced",
  attendance: "crowd", killing: "killed", killings: "killed", evacuation: "displaced", displacement: "displaced",
  detention: "arrested", detentions: "arrested",
});

/** A tally noun that names its own metric without a modifier: "turnout was 20,000". */
export const SELF_NAMED_TALLIES: ReadonlyMap<string, Metric> = wordMap<Metric>({ turnout: "crowd" });

/** Words that join a tally to its figure: "at 83", "to 366", "of 281", "was 50". */
export const LINKS: ReadonlySet<string> = wordSet(`
  at of to from was is were are reached hit topped passed exceeded surpassed neared reaches hits tops passes exceeds
  surpasses nears exceeding surpassing topping pass exceed top surpass reach
`);

/** Verbs before "from X to Y" that make it a change rather than a range ("raised the toll from 50 to 73"). */
export const CHANGE_VERBS: ReadonlySet<string> = wordSet(`
  raise raised raises raising rose rise rises rising risen increase increased increases increasing climbed climbing
  jumped revised revising lowered lowering fell fall falling dropped cut grew grown went brought bringing pushed
  doubled soared surged declined reduced reducing up down changed moved
`);

/** Words that make "from X to Y" a range, whatever verb came before: "ages ranging from 4 to 9". */
export const RANGE_WORDS: ReadonlySet<string> = wordSet("ranging ranged range");

/** Verbs that put a figure on a pronoun: "Police put it at 8,000". */
export const ESTIMATE_VERBS: ReadonlySet<string> = wordSet("put puts placed estimated estimates");

/** Nouns before "of" whose number counts the dead: "claimed the lives of 70", "the bodies of 87 victims". */
export const REMAINS_NOUNS: ReadonlySet<string> = wordSet("lives bodies remains");

/** Nouns for people ("2000 people" is no year; "the toll rose to 50 civilians" is a figure). */
export const PEOPLE_NOUNS: ReadonlySet<string> = wordSet(`
  people persons men women children police policemen soldiers troops civilians residents villagers students workers
  families migrants pilgrims passengers patients victims militants rebels fighters insurgents journalists officials
  inmates prisoners refugees youths boys girls babies infants adults others more additional further other new
  suspects pupils guards nationals priests monks nuns cadets recruits colleagues relatives parents friends guests
  personnel captives opponents agents citizens individuals kids cops marines pilots staff crew nurses medics athletes
`);

/** Endings of plural nouns for people ("miners", "survivors", "activists", "Palestinians", "gunmen", "migrants"). */
export const PEOPLE_ENDINGS: readonly string[] = ["ers", "ors", "ists", "ians", "men", "ees", "ren", "ants"];

/** Plural nouns for places and buildings, which outcomes do not befall: "12 villages were evacuated". */
export const PLACE_NOUNS: ReadonlySet<string> = wordSet(`
  villages towns cities districts provinces regions areas neighbourhoods neighborhoods communities settlements
  camps buildings houses homes schools hospitals clinics shelters churches mosques temples bridges roads farms
  factories shops stores offices apartments flats blocks structures dwellings huts tents sites centres centers
  municipalities counties states islands hamlets zones
`);

/** Heads of an elliptical clause that repeats an outcome: "19 died on the spot and four others on the way". */
export const ELLIPTICAL_OTHERS: ReadonlySet<string> = wordSet("others more");

/** Words for age: "aged 45", "the age of 60". */
export const AGE_WORDS: ReadonlySet<string> = wordSet("age aged ages");

/** Nouns after "six-month-old" that make it an age. */
export const CHILDREN: ReadonlySet<string> = wordSet("baby babies child children boy boys girl girls infant infants son daughter toddler");

/** Words that may sit between "age" and its number ("the age of 60", "aged between 18 and 25"). */
export const AGE_LINKS: ReadonlySet<string> = wordSet("of the from between at to over under");

/** Words that open an age range inside a clause: "aged between four and nine". */
export const AGE_RANGE_OPENERS: ReadonlySet<string> = wordSet("between from under over");

/** Words that join the two ends of an age range: "between four and nine", "from 4 to 9". */
export const AGE_RANGE_JOINERS: ReadonlySet<string> = wordSet("and to");

/** Words that include a subset in a figure just given: "including two children", "among them". */
export const INCLUSION: ReadonlySet<string> = wordSet("including include includes included among");

/** Verbs whose object is not the victim of an outcome ("sentenced 12 people to death"). */
export const VERDICTS: ReadonlySet<string> = wordSet("sentenced convicted charged condemned acquitted tried fined indicted");

/** Verbs that give a crowd its size after a rally noun ("the march drew 20,000 people"). */
export const DRAW_VERBS: ReadonlySet<string> = wordSet("drew draws drawing attracted attracts attracting");

/** Gatherings whose size is a crowd: "the rally drew 20,000", "a 1,000-strong crowd". */
export const RALLY_NOUNS: ReadonlySet<string> = wordSet(`
  rally rallies march marches protest protests demonstration demonstrations vigil gathering crowd
`);

/** Words that open an apposition describing the counted people: "Four people, all members of one family, were hurt". */
export const APPOSITION_OPENERS: ReadonlySet<string> = wordSet("all both mostly most many each");

/** Forms of "take", in "took part" and "took to the streets". */
export const TAKE_VERBS: ReadonlySet<string> = wordSet("took take takes taking");

/** Verbs of turning up, before "up": "thousands turned up", "showed up". */
export const TURN_UP_VERBS: ReadonlySet<string> = wordSet("turned showed");

/** Words after "turned out" that make it "turned out to be", not a crowd. */
export const TURNED_OUT_COMPLEMENTS: ReadonlySet<string> = wordSet("to that");

/** Conditions of a patient: "in critical condition". */
export const CONDITIONS: ReadonlySet<string> = wordSet("critical serious grave stable");

/** Adverbs of severity: "96 of them seriously". */
export const SEVERITY: ReadonlySet<string> = wordSet("seriously critically severely gravely badly");

/** Heads that count households, not people: "2,300 families fled" is no count of the displaced. */
export const HOUSEHOLDS: ReadonlySet<string> = wordSet("families households family household");

/** Words between a number and "population" in a population's size: "a 17,000 person population". */
export const PERSON_WORDS: ReadonlySet<string> = wordSet("person people strong");

/** Verbs before "for" whose object is missing: "searching for 21 people". */
export const SEARCH_VERBS: ReadonlySet<string> = wordSet("search searching searched searches looking hunting");

/** Verbs whose object is the subject's own injury: "sustained head injuries", "suffered burns". */
export const SUFFER_VERBS: ReadonlySet<string> = wordSet("sustained suffered sustaining suffering");

/** Quantifiers of a subset after a comma: "most of them", "some of whom". */
export const PARTITIVE_QUANTIFIERS: ReadonlySet<string> = wordSet("most many some all half several few none each");

/** Verbs of losing people: "Kenya loses 4,000 people to road crashes" counts the dead. */
export const LOSE_VERBS: ReadonlySet<string> = wordSet("lose loses lost losing");

/** Verbs and prepositions before "their homes" that make people displaced: "left their homes", "driven from their homes". */
export const LEFT_HOMES: ReadonlySet<string> = wordSet("left leave leaving abandoned abandon from");

/** What people are "left without" when displaced: "left without homes", "left without shelter". */
export const HOME_WORDS: ReadonlySet<string> = wordSet("homes home shelter housing");

/** What people vote in, which "took part in" does not make a crowd: "took part in a referendum". */
export const VOTES: ReadonlySet<string> = wordSet("referendum vote voting poll polls election elections ballot survey census primary primaries");

/** Verbs of passing a mark, which make the number a lower bound: "surpassing 600", "topped 300". */
export const PASSING_VERBS: ReadonlySet<string> = wordSet(`
  surpassing surpassed surpasses exceeding exceeded exceeds topping topped tops passing passed passes
`);

/** Base forms of verbs of reaching or passing a mark, which after a modal make the number a ceiling of what may
 * come: "could pass 5,000", "is expected to top 200", "may rise to 300". */
export const PROJECTED_MARK_VERBS: ReadonlySet<string> = wordSet("pass exceed top surpass reach hit rise climb");

/** Verbs of nearing a mark, which make the number an approximation: "neared 1,900", "approaches 500" ("nearing"
 * and "approaching" are qualifier phrases of their own). */
export const NEARING_VERBS: ReadonlySet<string> = wordSet("neared approached nears approaches");

/** Qualifier phrases before a number, with the qualifier each gives. */
export const QUALIFIER_PHRASES: ReadonlyArray<readonly [string, Qualifier]> = [
  ["at least", "at-least"], ["a minimum of", "at-least"], ["no fewer than", "at-least"], ["no less than", "at-least"],
  ["not less than", "at-least"], ["not fewer than", "at-least"],
  ["more than", "more-than"], ["upwards of", "more-than"], ["in excess of", "more-than"], ["greater than", "more-than"],
  ["over", "more-than"], ["above", "more-than"],
  ["as many as", "up-to"], ["as high as", "up-to"], ["as much as", "up-to"], ["up to", "up-to"],
  ["an estimated", "about"], ["close to", "about"], ["nearly", "about"],
  // "the death toll is now nearing 1,900", "approaching 500".
  ["nearing", "about"], ["approaching", "about"], ["almost", "about"], ["about", "about"], ["around", "about"],
  ["approximately", "about"], ["approx", "about"], ["roughly", "about"], ["some", "about"], ["circa", "about"],
  ["at most", "at-most"], ["a maximum of", "at-most"], ["no more than", "at-most"], ["not more than", "at-most"],
  ["fewer than", "at-most"], ["less than", "at-most"], ["under", "at-most"], ["below", "at-most"],
  ["only", "exact"], ["just", "exact"], ["exactly", "exact"], ["precisely", "exact"],
];

/** Qualifiers written after a number: "150 or more", "50 or so", "20 or fewer". */
export const QUALIFIER_SUFFIXES: ReadonlyMap<string, Qualifier> = wordMap<Qualifier>({
  more: "at-least", so: "about", fewer: "at-most", less: "at-most",
});

/** Adverbs that may sharpen a qualifier ("just over", "well above"); they join the span, not the meaning. */
export const QUALIFIER_ADVERBS: ReadonlySet<string> = wordSet("just well only slightly far");

/** Verbs of carrying someone to hospital, whose passive states an injury: "were taken to hospital", "was airlifted
 * to a hospital". */
export const TO_HOSPITAL_VERBS: ReadonlySet<string> = wordSet("taken rushed admitted brought airlifted flown transferred sent");

/** Nouns for a hospital after "to": "taken to hospital", "rushed to a nearby clinic". */
export const HOSPITAL_NOUNS: ReadonlySet<string> = wordSet("hospital hospitals clinic clinics");
/** Particles after a verb of getting people out: "pulled out six", "dug free two". */
export const RESCUE_PARTICLES = wordSet("out free alive");
