/**
 * The nouns that name what a figure counts ("62 Syrian troops", "30 taxi drivers"), as data: each head noun
 * with the class it belongs to, so that "troops" and "soldiers" count the same people. The comparison sets
 * two figures against each other only when their classes agree, or when one names no group of its own.
 */

/** Heads that name everyone an outcome touched, not a group within it: "46 people", "the 11 dead", "83 deaths". */
export const GENERIC_HEADS: ReadonlySet<string> = new Set([
  "people", "person", "persons", "individuals", "dead", "deaths", "death", "lives", "victims", "fatalities",
  "casualties", "others", "injured", "wounded", "injuries", "bodies", "body", "corpses", "corpse", "remains", "toll", "total",
]);

/** Words between a number and its group that say the count adds to another: "six more soldiers", "12 other people". */
export const ADDED_MODIFIERS: ReadonlySet<string> = new Set(["more", "other", "additional", "further"]);

/** Heads counted as found so far ("48 bodies"): a floor on the toll, never the whole of it. */
export const FOUND_HEADS: ReadonlySet<string> = new Set(["bodies", "body", "corpses", "corpse", "remains"]);

/** Head nouns that name one group, by class: synonyms share a class. */
export const GROUP_CLASSES: Readonly<Record<string, string>> = {
  soldiers: "soldiers", soldier: "soldiers", troops: "soldiers", servicemen: "soldiers", fighters: "fighters", militants: "fighters",
  police: "police", policemen: "police", officers: "police", officer: "police", policewomen: "police",
  children: "children", child: "children", kids: "children", minors: "children", infants: "children", babies: "children",
  women: "women", woman: "women", men: "men", man: "men",
  civilians: "civilians", civilian: "civilians", villagers: "civilians", residents: "civilians",
  workers: "workers", labourers: "workers", laborers: "workers", miners: "workers",
  drivers: "drivers", officials: "officials", journalists: "journalists", reporters: "journalists", editors: "journalists",
  students: "students", pupils: "students", protesters: "protesters", demonstrators: "protesters",
  inmates: "inmates", prisoners: "inmates", passengers: "passengers", pilgrims: "pilgrims", refugees: "refugees",
  migrants: "migrants", patients: "patients", doctors: "medics", nurses: "medics", medics: "medics",
  firefighters: "firefighters", rescuers: "rescuers", tourists: "tourists", families: "families", households: "families",
  villages: "villages", homes: "homes", houses: "homes", buildings: "buildings",
};
