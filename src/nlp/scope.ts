/**
 * Tell when a figure counts something narrower than, or other than, the article's main toll: a part of
 * another count ("including at least one police officer", "two of the dead"), another day or event
 * ("in June", "the previous day", "in Tuesday's violence", "On Tuesday, officials had put ...",
 * "in last month's earthquake", "a similar attack in 2015"), an increment ("seven more", "another 12",
 * "in the past 24 hours"), a cumulative or yearly count ("since 2015", "so far this year", "every year"),
 * or a place's share of a larger total given in the sentence ("six deaths -- five in Nairobi"). Such
 * figures are shown in the comparison table with their scope, and left out of its ranges, so that a
 * breakdown or an earlier count is not read as a disagreement.
 *
 * Only what the text says: no scope is guessed for a figure the text does not qualify. A wrong scope hides
 * a real disagreement, so the rules prefer to miss.
 */

/** The scope of a part of a count just given ("including at least one police officer", "18 of the dead"). */
export const PART_OF_COUNT_SCOPE = "part of the count before it";
/** The scope of an increment ("seven more bodies", "another 12 people"). */
export const INCREMENT_SCOPE = "an increment";

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const YEAR = "(?:19|20)\\d\\d";
/** Nouns naming an incident, for "a similar attack", "the 2005 quake", "another bombing". */
const EVENTS =
  "attacks?|bombings?|blasts?|explosions?|strikes?|airstrikes?|raids?|ambush(?:es)?|massacres?|shootings?|" +
  "earthquakes?|quakes?|floods?|flooding|storms?|cyclones?|typhoons?|hurricanes?|fires?|blazes?|wildfires?|" +
  "landslides?|mudslides?|crash(?:es)?|collisions?|derailments?|disasters?|collapses?|stampedes?|crush(?:es)?|" +
  "riots?|clashes|protests?|outbreaks?|epidemics?|heatwaves?|sinkings?|capsizings?|accidents?|incidents?";

// Bounded, anchored alternatives: no nested quantifiers, so each test is linear in the sentence.
const TIME_SCOPES: RegExp[] = [
  new RegExp(`\\b(?:in|during|since) (?:${MONTHS})\\b(?: ${YEAR})?`),
  new RegExp(`\\b(?:in|since) ${YEAR}\\b`),
  /\b(?:the previous day|the day before|the previous week|last (?:week|month|year)|earlier this (?:week|month|year))\b/i,
  new RegExp(`\\b(?:in|during) (?:${WEEKDAYS})['’]s [a-z]+\\b`),
  new RegExp(`\\b(?:${WEEKDAYS})['’]s [a-z]+\\b`),
  new RegExp(`^(?:On|By) (?:${WEEKDAYS})\\b`),
  // A sentence opening on another time: "In 2012, ...", "In March, four people died ...", "In April 2022, ...".
  new RegExp(`^In (?:(?:${MONTHS})(?: ${YEAR})?|${YEAR})\\b`),
];

/**
 * Another incident named in the sentence: "a similar attack in 2015", "the 2005 quake", "the previous
 * attack", "another bombing", "in a 2024 report", "three years after earthquakes ...", "In the summer of 2022".
 */
const OTHER_EVENTS: RegExp[] = [
  new RegExp(`\\b(?:a|an) (?:similar|earlier|previous|separate) (?:[a-z]+ )?(?:${EVENTS})\\b`, "i"),
  new RegExp(`\\b(?:the|that) (?:previous|earlier|last) (?:${EVENTS})\\b`, "i"),
  new RegExp(`\\banother (?:${EVENTS})\\b`, "i"),
  new RegExp(`\\b(?:the|a|an|its|in) ${YEAR} (?:[a-z]+ )?(?:${EVENTS}|report|study|survey)\\b`, "i"),
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) (?:years?|decades?) (?:after|since|ago)\b/i,
  new RegExp(`\\bin the (?:summer|winter|spring|autumn|fall) of ${YEAR}\\b`, "i"),
];

/** Counts over a period rather than of one incident: "so far this year", "every year", "in the past five years". */
const PERIODS: RegExp[] = [
  /\b(?:so far this year|so far in \d{4}|since the (?:start|beginning) of (?:the|this) year)\b/i,
  /\bin the first (?:[a-z]+ )?(?:months?|weeks?|half) of (?:this|last|the) year\b/i,
  /\b(?:every|each|per) year\b|\bannually\b/i,
  /\b(?:in|over|during) the (?:past|last) (?:[a-z0-9]+ )?(?:years|decades)\b/i,
  /\b(?:in|over|during) the (?:past|last) (?:24|48|72) hours\b/i,
  // A whole war's toll, not one incident's: "The war has killed tens of thousands and displaced more than 12 million".
  /^(?:The|This|That) (?:war|conflict|insurgency|civil war|fighting)(?: [a-z]+)? (?:has|have) (?:killed|left|displaced|uprooted|forced)\b/,
  /\bsince the (?:war|conflict|insurgency|fighting|crisis|violence|outbreak|epidemic) (?:began|started|erupted|broke out)\b/i,
  // A country's displaced population: "More than 2 million people have been displaced inside Burkina Faso".
  /\b(?:displaced|uprooted) inside (?:the country|[A-Z][a-z]+(?: [A-Z][a-z]+)?)/,
];

/** A toll split by where the victims died. */
const ON_THE_SPOT = /\b(?:died|were killed|was killed) on the spot\b/i;
const IN_HOSPITAL = /\b(?:on the way to|in|at|later in) (?:the |a )?hospitals?\b/i;

/** A new total given after an increment: "..., raising the toll to 53", "bringing the total to 45". */
const NEW_TOTAL = /\b(?:raising|bringing|taking|pushing|lifting|putting) (?:the|its) (?:[a-z]+ )?(?:toll|total|number|count) to\b/i;

/** "a town already hosting more than 300,000 displaced people": a host population, not this event's count. */
const HOSTING_BEFORE = /\balready (?:hosting|sheltering|home to)\s*$/i;

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};

/** The numbers written in a stretch of text (digits, "3.5 million", number words up to twenty). */
function numbersIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\b(\d[\d,]{0,15}(?:\.\d{1,3})?)(?: (million|thousand))?\b|\b([a-z]{3,9})\b/gi)) {
    if (m[1]) {
      let n = Number(m[1].replace(/,/g, ""));
      if (m[2]) n *= m[2].toLowerCase() === "million" ? 1_000_000 : 1000;
      if (Number.isFinite(n)) out.push(n);
    } else if (m[3]) {
      const n = NUMBER_WORDS[m[3].toLowerCase()];
      if (n !== undefined) out.push(n);
    }
  }
  return out;
}

/**
 * A place's share of a larger total given just before it: "six deaths -- five in Nairobi and one in the port
 * city of Mombasa", "national turnout at 3.5 million, with 500,000 in the capital". The figure must follow a
 * list mark and be followed by "in <Place>", and a larger number must come before it in the sentence.
 */
function placeSubtotal(sentence: string, start: number, end: number): string | null {
  const after = sentence.slice(end, end + 60);
  const place =
    /^(?: (?:people|dead|deaths|others|killed|injured|wounded|arrested))? in (?:the (?:[a-z]+ ){0,2}(?:city|town|district|province|region|state|county|village) of |(?:[A-Z][\p{L}-]+ )?(?:district|province|region|state|county) of )?(?:the capital|[A-Z][\p{L}-]+(?: (?:district|province|region|state|county))?)/u.exec(
      after,
    );
  if (!place) return null;
  const before = sentence.slice(Math.max(0, start - 200), start);
  if (!/(?:--|[—–,:(;]|\bwith|\band)\s*$/.test(before)) return null;
  const value = numbersIn(sentence.slice(start, end))[0];
  if (value === undefined) return null;
  if (!numbersIn(before).some((n) => n > value)) return null;
  return place[0].replace(/^ (?:people|dead|deaths|others|killed|injured|wounded|arrested)/, "").trim();
}

/** The scope of the figure at [start, end) of a sentence, in the text's own words, or null. */
export function figureScope(sentence: string, start: number, end: number): string | null {
  const before = sentence.slice(Math.max(0, start - 30), start);
  const after = sentence.slice(end, end + 30);
  // A part of a count just given: "only 11 people ..., including at least one police officer".
  if (/\bincluding\s*$/i.test(before) || /\bamong them\s*$/i.test(before)) return PART_OF_COUNT_SCOPE;
  // "..., including 15 women and two children": the second part of the list too.
  if (/\bincluding [\d,.]+(?: [\p{L}-]+){1,3} and\s*$/iu.test(before)) return PART_OF_COUNT_SCOPE;
  if (
    /^\s*of (?:the dead|them|those (?:killed|injured|wounded|arrested)|the (?:victims|injured|wounded|deaths|fatalities|casualties|passengers))\b/i.test(
      after,
    )
  ) {
    return PART_OF_COUNT_SCOPE;
  }
  // "at least 12 children were among the dead", "Three children aged four to nine are among the injured".
  if (/^(?: [\p{L}-]+){0,7},? (?:were|are|was|is) among the (?:dead|injured|wounded|victims|killed)\b/u.test(sentence.slice(end, end + 90))) {
    return PART_OF_COUNT_SCOPE;
  }
  // "19 passengers died on the spot and four others on the way to hospital": both parts of the toll.
  if (ON_THE_SPOT.test(sentence.slice(Math.max(0, start - 100), end + 100)) && IN_HOSPITAL.test(sentence.slice(Math.max(0, start - 100), end + 150))) {
    const near = sentence.slice(end, end + 60);
    if (/^(?: [\p{L}-]+){0,2} (?:died|were killed|was killed) on the spot\b/u.test(near) || /^ others?\b/.test(near)) {
      return PART_OF_COUNT_SCOPE;
    }
  }
  // An increment, not a toll: "seven more bodies", "another 12 people", "an additional 30", "a further 5".
  // Not "killing 10 and injuring another 20", where "another" only moves on to a second count.
  // "N more" only with bodies or a new total beside it: "thirty-three more people have died in a second day of
  // protests" is that day's toll, which another source's figure for the day may contradict.
  if (/^ more (?:bodies|corpses)\b/i.test(after) || (/^ more\b(?! than)/i.test(after) && NEW_TOTAL.test(sentence.slice(end, end + 200)))) {
    return INCREMENT_SCOPE;
  }
  if (/\b(?:another|an additional|a further)\s*$/i.test(before) && !/\b(?:and|injuring|wounding|killing|leaving|with)(?: [a-z]+)? another\s*$/i.test(before)) {
    return INCREMENT_SCOPE;
  }
  if (HOSTING_BEFORE.test(before)) return "a population already there";
  const subtotal = placeSubtotal(sentence, start, end);
  if (subtotal) return subtotal;

  // The rest look at the sentence around the figure (a bounded window, so a long sentence stays linear).
  const windowStart = Math.max(0, start - 200);
  const window = sentence.slice(windowStart, end + 120);
  for (const pattern of OTHER_EVENTS) {
    const match = pattern.exec(window);
    if (match) return match[0];
  }
  for (const pattern of PERIODS) {
    const match = pattern.exec(window);
    if (match) return match[0];
  }
  for (const pattern of TIME_SCOPES) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const lead = sentence.slice(Math.max(0, match.index - 24), match.index);
    // "raised the death toll from last month's earthquake to 73,276": the toll of the event itself.
    if (/\btolls? (?:from|of)(?: the)?\s*$/i.test(lead)) continue;
    // "in the last week": a period up to now, not another time.
    if (/^last /i.test(match[0]) && /\bthe\s*$/i.test(lead)) continue;
    // "Monday's toll", "Tuesday's count": the date of a count, not another event.
    if (/['’]s (?:toll|count|tally|figures?|report|statement|update|briefing|announcement)$/i.test(match[0])) continue;
    return match[0];
  }
  return null;
}
