import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findNumbers, parseNumberWords, sentenceMetric, type NumberContext, type NumberMatch } from "../src/nlp/numbers.ts";
import { splitSentences } from "../src/nlp/sentences.ts";
import type { Metric, NumberKind, Qualifier } from "../src/types.ts";

/** The matches that overlap `phrase` in `sentence`. */
function at(sentence: string, phrase: string, context?: NumberContext): NumberMatch[] {
  const from = sentence.indexOf(phrase);
  if (from < 0) throw new Error(`"${phrase}" is not in "${sentence}"`);
  return findNumbers(sentence, context).filter((m) => m.start < from + phrase.length && m.end > from);
}

/** The single match that overlaps `phrase`. */
function one(sentence: string, phrase: string, context?: NumberContext): NumberMatch {
  const matches = at(sentence, phrase, context);
  expect(matches, `one match for "${phrase}" in "${sentence}"`).toHaveLength(1);
  return matches[0]!;
}

const figures = (sentence: string, context?: NumberContext): NumberMatch[] =>
  findNumbers(sentence, context).filter((m) => m.kind === "figure");

// ---------------------------------------------------------------------------------------------------------
// The labelled corpus, sentence by sentence

interface FigureLabel {
  text: string;
  metric: Metric;
  value: number;
  qualifier: Qualifier;
  value_max: number | null;
}
interface NonFigureLabel {
  text: string;
  type: string;
}
interface VagueLabel {
  text: string;
}
interface Labels {
  figures?: FigureLabel[];
  non_figures?: NonFigureLabel[];
  vague_quantities?: VagueLabel[] | null;
}
interface Sentence {
  text: string;
  context: NumberContext;
}

const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));

/** Split an article into sentences, carrying the year and the previous sentences' outcome metric as the tagger would. */
function sentencesOf(body: string, year: number | null, paragraphSeparator: RegExp): Sentence[] {
  const out: Sentence[] = [];
  let previousMetric: Metric | null = null;
  for (const paragraph of body.split(paragraphSeparator)) {
    const text = paragraph.replace(/\s*\n\s*/g, " ").trim();
    for (const span of splitSentences(text)) {
      const sentence = text.slice(span.start, span.end);
      out.push({ text: sentence, context: { year, previousMetric } });
      previousMetric = sentenceMetric(sentence) ?? previousMetric;
    }
  }
  return out;
}

function loadArticles(): Array<{ name: string; sentences: Sentence[]; labels: Labels }> {
  const articles = readdirSync(`${fixtures}corpus`)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .sort()
    .map((f) => {
      const raw = readFileSync(`${fixtures}corpus/${f}`, "utf8");
      const end = raw.indexOf("\n---", 3);
      const date = /\ndate:\s*(\d{4})-/.exec(raw.slice(0, end));
      const labels = JSON.parse(readFileSync(`${fixtures}corpus/${f.replace(/\.md$/, ".labels.json")}`, "utf8")) as Labels;
      return { name: f, sentences: sentencesOf(raw.slice(end + 4), date ? Number(date[1]) : null, /\n\s*\n/), labels };
    });
  const seed = readFileSync(`${fixtures}seed/article.txt`, "utf8");
  const seedLabels = JSON.parse(readFileSync(`${fixtures}seed/labels.json`, "utf8")) as Labels;
  articles.push({ name: "seed/article.txt", sentences: sentencesOf(seed, null, /\n/), labels: seedLabels });
  return articles;
}

/** The kinds that satisfy a non-figure label's type. */
const KINDS_FOR_TYPE: Record<string, NumberKind[]> = {
  date: ["date", "year"],
  duration: ["duration"],
  age: ["age"],
  count: ["count"],
  measurement: ["measurement"],
  money: ["money"],
  other: ["other", "ordinal"],
};

describe("findNumbers on the labelled corpus", () => {
  for (const article of loadArticles()) {
    const sentenceOf = (phrase: string): Sentence => {
      const found = article.sentences.find((s) => s.text.includes(phrase));
      if (found === undefined) throw new Error(`no sentence of ${article.name} contains "${phrase}"`);
      return found;
    };
    describe(article.name, () => {
      for (const label of article.labels.figures ?? []) {
        const hedge = label.value_max === null ? `${label.qualifier} ${label.value}` : `${label.value}-${label.value_max}`;
        it(`should read "${label.text}" as a ${label.metric} figure (${hedge})`, () => {
          const s = sentenceOf(label.text);
          const matches = at(s.text, label.text, s.context);
          expect(matches.filter((m) => m.kind === "figure").map((m) => [m.value, m.valueMax, m.qualifier, m.metric])).toContainEqual([
            label.value,
            label.value_max ?? null,
            label.qualifier,
            label.metric,
          ]);
        });
      }
      for (const label of article.labels.non_figures ?? []) {
        it(`should read "${label.text}" as a ${label.type}, not a figure`, () => {
          const s = sentenceOf(label.text);
          const matches = at(s.text, label.text, s.context);
          expect(matches.length).toBeGreaterThan(0);
          expect(matches.every((m) => m.kind !== "figure")).toBe(true);
          expect(matches.some((m) => KINDS_FOR_TYPE[label.type]!.includes(m.kind))).toBe(true);
        });
      }
      for (const label of article.labels.vague_quantities ?? []) {
        it(`should find no figure in the vague "${label.text}"`, () => {
          const s = sentenceOf(label.text);
          expect(at(s.text, label.text, s.context).filter((m) => m.kind === "figure")).toEqual([]);
        });
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------------------
// Outcome figures

describe("findNumbers: outcome figures", () => {
  const cases: Array<[string, string, Metric, number, Qualifier]> = [
    ["The coalition admitted its airstrikes killed at least 62 Syrian troops.", "at least 62", "killed", 62, "at-least"],
    ["The observatory put the death toll at 83 and said at least 120 soldiers were wounded.", "83", "killed", 83, "exact"],
    ["The observatory put the death toll at 83 and said at least 120 soldiers were wounded.", "at least 120", "wounded", 120, "at-least"],
    ["Pakistan has raised the death toll from last month's earthquake to 73,276.", "73,276", "killed", 73276, "exact"],
    ["The death toll from the epidemic sweeping the region has risen to 366.", "366", "killed", 366, "exact"],
    ["That compares with a fatalities count of 281 issued Monday by the government.", "281", "killed", 281, "exact"],
    ["The quake left more than 69,000 people injured.", "more than 69,000", "wounded", 69000, "more-than"],
    ["Rescuers said 111,481 bodies had been recovered.", "111,481", "killed", 111481, "exact"],
    ["At least 75,000 corpses have been buried in mass graves.", "75,000", "killed", 75000, "at-least"],
    ["Eight people died in Tuesday's violence.", "Eight", "killed", 8, "exact"],
    ["Riots erupted in which 36 people died.", "36", "killed", 36, "exact"],
    ["The previous day, two of the dead were police officers.", "two", "killed", 2, "exact"],
    ["The party said six of its top officials, including its chairman and his deputy, had been detained.", "six", "arrested", 6, "exact"],
    ["30 taxi drivers who took part in demonstrations against the elections were arrested.", "30", "arrested", 30, "exact"],
    ["Authorities have jailed at least two journalists.", "at least two", "arrested", 2, "at-least"],
    ["Police arrested two editors and a reporter from the weekly.", "two", "arrested", 2, "exact"],
    ["Organisers estimated the number of marchers at over 150,000.", "over 150,000", "crowd", 150000, "more-than"],
    ["At least thirty-three more people have died in a second day of protests.", "At least thirty-three", "killed", 33, "at-least"],
    ["Floods have displaced more than 200,000 people in the north.", "more than 200,000", "displaced", 200000, "more-than"],
    ["Some 3,000 villagers remain unaccounted for.", "Some 3,000", "missing", 3000, "about"],
    ["Nearly 5,000 residents fled the fighting.", "Nearly 5,000", "displaced", 5000, "about"],
    ["About 10,000 people were left homeless.", "About 10,000", "displaced", 10000, "about"],
    ["An estimated 20,000 people took part in the rally.", "An estimated 20,000", "crowd", 20000, "about"],
    ["The march drew 20,000 people, organisers said.", "20,000", "crowd", 20000, "exact"],
    ["Police estimated the crowd at 12,000.", "12,000", "crowd", 12000, "exact"],
    ["The bombing killed 15 and wounded 30.", "30", "wounded", 30, "exact"],
    ["The blast left 5 dead and as many as 17 wounded.", "as many as 17", "wounded", 17, "up-to"],
    ["Security forces detained no fewer than 40 students.", "no fewer than 40", "arrested", 40, "at-least"],
    ["Officials said upwards of 1,000 people were evacuated.", "upwards of 1,000", "displaced", 1000, "more-than"],
    ["Medics said almost 300 people were hurt.", "almost 300", "wounded", 300, "about"],
    ["The government said fewer than 50 people had been arrested.", "fewer than 50", "arrested", 50, "at-most"],
    ["Among the dead were 12 children.", "12", "killed", 12, "exact"],
    ["At least 70 people, including 20 children, were killed.", "20", "killed", 20, "exact"],
    ["Officials put the number of dead at 45.", "45", "killed", 45, "exact"],
    ["The toll stood at 1.1 million.", "1.1 million", "killed", 1100000, "exact"],
    ["The UN said 2.5 million people had fled.", "2.5 million", "displaced", 2500000, "exact"],
    ["Health officials said 8,887 cases have been documented.", "8,887", "other", 8887, "exact"],
  ];
  it.each(cases)('should read %j as a figure: "%s" is %s %d (%s)', (sentence, phrase, metric, value, qualifier) => {
    const m = one(sentence, phrase);
    expect([m.kind, m.metric, m.value, m.qualifier]).toEqual(["figure", metric, value, qualifier]);
  });

  it("should read 'at least 62' as an at-least figure whose span covers the qualifier", () => {
    const sentence = "The strikes killed at least 62 Syrian troops.";
    const m = one(sentence, "62");
    expect(m).toMatchObject({ text: "at least 62", kind: "figure", metric: "killed", value: 62, qualifier: "at-least", valueMax: null });
    expect(sentence.slice(m.start, m.end)).toBe("at least 62");
  });

  it("should read a bare number before an outcome in a coordinated clause as that outcome", () => {
    const s = "Hospital sources say at least 27 people have been killed and at least 150 wounded in the clashes.";
    expect(figures(s).map((m) => [m.text, m.metric])).toEqual([
      ["at least 27", "killed"],
      ["at least 150", "wounded"],
    ]);
  });

  it("should give a breakdown introduced by 'including' the metric of the figure it breaks down", () => {
    const s = "The government says only 11 people have been killed, including at least one police officer.";
    expect(figures(s).map((m) => [m.text, m.value, m.qualifier, m.metric])).toEqual([
      ["only 11", 11, "exact", "killed"],
      ["at least one", 1, "at-least", "killed"],
    ]);
  });

  it("should read two numbers listed as alternatives as one range", () => {
    const s = "Nobody knows how many bodies are buried in the rubble — 200,000, 300,000?";
    expect(figures(s)).toEqual([
      expect.objectContaining({ text: "200,000, 300,000", value: 200000, valueMax: 300000, qualifier: "range", metric: "killed" }),
    ]);
  });

  it("should read 'between 40 and 50', '40 to 50', '10-12' and '10–12' as ranges", () => {
    expect(one("Between 40 and 50 people were wounded.", "40")).toMatchObject({ text: "Between 40 and 50", value: 40, valueMax: 50, qualifier: "range", metric: "wounded" });
    expect(one("Officials said 40 to 50 people were missing.", "40")).toMatchObject({ value: 40, valueMax: 50, qualifier: "range", metric: "missing" });
    expect(one("The attack killed 10-12 people.", "10")).toMatchObject({ text: "10-12", valueMax: 12, metric: "killed" });
    expect(one("The attack killed 10–12 people.", "10")).toMatchObject({ text: "10–12", valueMax: 12, metric: "killed" });
    expect(one("Two or three soldiers were injured.", "Two")).toMatchObject({ value: 2, valueMax: 3, qualifier: "range", metric: "wounded" });
  });

  it("should read the crowd in 'put the number at 45,000' from 'the number of marchers' earlier in the sentence", () => {
    const s = "Organisers estimated the number of marchers at over 150,000, however the police put the number at 45,000.";
    expect(figures(s).map((m) => [m.text, m.metric, m.qualifier])).toEqual([
      ["over 150,000", "crowd", "more-than"],
      ["45,000", "crowd", "exact"],
    ]);
  });

  it("should resolve 'the figure' from the previous sentence's metric", () => {
    const previousMetric = sentenceMetric("At least thirty-three more people have died in a second day of protests.");
    expect(previousMetric).toBe("killed");
    expect(one("Reuters put the figure at twenty-three.", "twenty-three", { previousMetric })).toMatchObject({ kind: "figure", metric: "killed", value: 23 });
    expect(one("Reuters put the figure at twenty-three.", "twenty-three", { previousMetric: "arrested" }).metric).toBe("arrested");
  });

  it("should read 'the figure' as the outcome of the figure given before it in the sentence", () => {
    const s = "The protest drew an estimated 500,000 people, organisers said, while police put the figure at 80,000.";
    expect(figures(s).map((m) => [m.value, m.qualifier, m.metric])).toEqual([
      [500000, "about", "crowd"],
      [80000, "exact", "crowd"],
    ]);
  });

  it("should not make a figure of 'the figure at' when nothing says what it counts", () => {
    expect(one("Officials put the figure at 45,000.", "45,000").kind).not.toBe("figure");
  });

  it("should read both ends of a revised toll as figures, not a range", () => {
    const s = "Officials raised the death toll from 57,600 to 73,276 on Wednesday.";
    expect(figures(s).map((m) => [m.value, m.qualifier, m.metric])).toEqual([
      [57600, "exact", "killed"],
      [73276, "exact", "killed"],
    ]);
  });

  it("should not make the agents of an outcome verb a figure", () => {
    const s = "Four coalition air strikes killed 62 soldiers.";
    expect(one(s, "Four").kind).toBe("count");
    expect(one(s, "62")).toMatchObject({ kind: "figure", metric: "killed" });
    expect(one("Five gunmen who killed 12 people were arrested.", "Five").kind).toBe("count");
  });

  it("should read people to whom nothing happens as a count", () => {
    expect(one("The Russian defense ministry said the four coalition air strikes on Syrian troops had allowed ISIS to advance.", "four").kind).toBe("count");
    expect(one("Two editors were at the scene.", "Two").kind).toBe("count");
    expect(one("Rescuers pulled 12 survivors from the rubble.", "12").kind).toBe("count");
    expect(one("One eye-witness at the hospital claims that the police fired randomly into the crowd.", "One").kind).toBe("count");
    expect(one("A court sentenced 12 people to death.", "12").kind).toBe("count");
  });

  it("should read a number of things as a count even next to an outcome word", () => {
    expect(one("Rebels captured 3 towns in the north.", "3").kind).toBe("count");
    expect(one("Deaths were reported at 3 hospitals.", "3").kind).toBe("count");
    expect(one("Rescuers dug through the rubble of some 200 collapsed buildings as the death toll rose.", "200").kind).toBe("count");
    expect(one("The UN said 1.2 million Syrians had registered in Lebanon, a country of 4.5 million.", "4.5").kind).not.toBe("figure");
    expect(one("Police detained 12 suspects.", "12")).toMatchObject({ kind: "figure", metric: "arrested" });
    expect(one("The death toll rose to 50 miners.", "50")).toMatchObject({ kind: "figure", metric: "killed" });
  });

  it("should read patients being treated or in a serious condition as wounded", () => {
    expect(one("Doctors said 35 people were being treated at the clinic.", "35")).toMatchObject({ kind: "figure", metric: "wounded" });
    expect(one("Twelve of the passengers were in serious condition.", "Twelve")).toMatchObject({ kind: "figure", metric: "wounded" });
    expect(one("Nurses treated 40 people overnight.", "40").kind).not.toBe("figure");
  });

  it("should read the people searched for as missing", () => {
    expect(one("Divers were searching for 14 fishermen off the coast.", "14")).toMatchObject({ kind: "figure", metric: "missing" });
  });

  it("should read 'claimed the lives of' as killed", () => {
    expect(one("The fire claimed the lives of 19 workers.", "19")).toMatchObject({ kind: "figure", metric: "killed" });
  });

  it("should read 'put it at' as the previous sentence's outcome", () => {
    expect(one("Officials put it at 2,000.", "2,000", { previousMetric: "crowd" })).toMatchObject({ kind: "figure", metric: "crowd", value: 2000 });
    expect(one("Officials put it at 2,000.", "2,000").kind).not.toBe("figure");
  });

  it("should read a toll after a long subject before a change verb", () => {
    const s = "The death toll from Sunday's fire at a crowded wholesale market on the edge of the old city climbed to 64.";
    expect(one(s, "64")).toMatchObject({ kind: "figure", metric: "killed" });
  });

  it("should give 'N of them seriously' the outcome just given", () => {
    const s = "About 230 people were hurt, 41 of them critically.";
    expect(one(s, "41")).toMatchObject({ kind: "figure", metric: "wounded" });
  });

  it("should read 'listed as missing' as missing", () => {
    expect(one("Eleven crew members are still listed as missing.", "Eleven")).toMatchObject({ kind: "figure", metric: "missing" });
  });

  it("should read burns, bodies, sheltering, fleeing and 'not been heard from' as outcomes", () => {
    expect(one("Two nurses suffered burns.", "Two")).toMatchObject({ kind: "figure", metric: "wounded" });
    expect(one("Divers recovered one body on Monday.", "one")).toMatchObject({ kind: "figure", metric: "killed" });
    expect(one("The gym was sheltering 300 people.", "300")).toMatchObject({ kind: "figure", metric: "displaced" });
    expect(one("The floods forced 5,000 people to flee.", "5,000")).toMatchObject({ kind: "figure", metric: "displaced" });
    expect(one("Some 20 hikers have not been heard from since Friday.", "20")).toMatchObject({ kind: "figure", metric: "missing" });
  });

  it("should read hearsay passives: 'were reported to have been killed', 'were reported killed', 'feared dead'", () => {
    expect(one("In the north, 17 people were reported to have been killed.", "17")).toMatchObject({ kind: "figure", metric: "killed" });
    expect(one("Six miners were reported killed in the blast.", "Six")).toMatchObject({ kind: "figure", metric: "killed" });
    expect(one("Another 30 are believed missing.", "30")).toMatchObject({ kind: "figure", metric: "missing" });
  });

  it("should read 'an estimate of N' by the outcome the sentence named, and 'one of the organizers' as no figure", () => {
    const sentence = "Officials gave no crowd numbers, but the fire chief offered an estimate of 8,000 to 10,000.";
    expect(one(sentence, "8,000")).toMatchObject({ kind: "figure", metric: "crowd", value: 8000, valueMax: 10000 });
    expect(one("Crowd estimates ranged up to 90,000, said one of the march's organizers.", "one")).not.toMatchObject({ kind: "figure" });
  });

  it("should read a day after an outcome verb as its time and skip an apposition about the counted people", () => {
    expect(one("Three people were killed and 12 wounded Sunday when the roof fell.", "12")).toMatchObject({ kind: "figure", metric: "wounded" });
    expect(one("Five people, all members of one family, drowned in the flood.", "Five")).toMatchObject({ kind: "figure", metric: "killed" });
    expect(one("Five people, all members of one family, drowned in the flood.", "one").metric).not.toBe("killed");
  });

  it("should not credit one count over two outcomes ('dead or missing') to either", () => {
    expect(one("About 90 of the crew were reported dead or missing.", "90")).toMatchObject({ metric: "other" });
    expect(one("Forty people were killed or injured in the crush.", "Forty")).toMatchObject({ metric: "other" });
    expect(at("Forty people were killed and 60 injured.", "60")[0]).toMatchObject({ metric: "wounded" });
  });

  it("should read hearsay 'are said to be' and 'turned up' crowds", () => {
    expect(one("Four of them are said to be in a critical condition.", "Four")).toMatchObject({ kind: "figure", metric: "wounded" });
    expect(one("About 8,000 people turned up for the vigil.", "8,000")).toMatchObject({ kind: "figure", metric: "crowd" });
  });

  it("should not count households as displaced people", () => {
    expect(one("Some 800 families were displaced by the landslide.", "800")).toMatchObject({ kind: "figure", metric: "other" });
    expect(one("Some 800 households were displaced by the landslide.", "800").metric).not.toBe("displaced");
    expect(one("Some 800 people were displaced by the landslide.", "800")).toMatchObject({ kind: "figure", metric: "displaced" });
  });

  it("should read 'one of its aircraft' as another use of one, never a figure", () => {
    const m = one("The military resumed flights one day after one of its aircraft came under fire.", "one of");
    expect(m.kind).toBe("other");
    expect(findNumbers("No one was hurt.")).toEqual([]);
  });

  it("should find no figure in vague quantities", () => {
    for (const s of [
      "Dozens of others were injured.",
      "Thousands fled the city.",
      "Tens of thousands of anti-war protesters marched though London.",
      "Police arrested scores of protesters and several opposition leaders.",
      "The AP said most of the dead had been shot in the chest.",
      "The disease has spread to more than half the country.",
      "Hundreds of thousands were displaced and many were killed.",
      "A reporter and a photographer were detained.",
    ]) {
      expect(findNumbers(s), s).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// Qualifiers

describe("findNumbers: qualifiers", () => {
  const cases: Array<[string, Qualifier]> = [
    ["at least", "at-least"], ["a minimum of", "at-least"], ["no fewer than", "at-least"],
    ["more than", "more-than"], ["over", "more-than"], ["upwards of", "more-than"], ["in excess of", "more-than"],
    ["as many as", "up-to"], ["as high as", "up-to"], ["up to", "up-to"],
    ["nearly", "about"], ["almost", "about"], ["about", "about"], ["around", "about"], ["approximately", "about"],
    ["roughly", "about"], ["some", "about"], ["an estimated", "about"],
    ["at most", "at-most"], ["no more than", "at-most"], ["fewer than", "at-most"], ["less than", "at-most"], ["under", "at-most"],
    ["only", "exact"], ["just", "exact"],
  ];
  it.each(cases)('should read "%s 40" as %s and keep the qualifier in the span', (phrase, qualifier) => {
    const m = one(`Officials said ${phrase} 40 people were killed.`, "40");
    expect([m.text, m.qualifier, m.kind]).toEqual([`${phrase} 40`, qualifier, "figure"]);
  });

  it("should read '150 or more' as at-least and 'just over 100' as more-than", () => {
    expect(one("Police said 150 or more people were detained.", "150")).toMatchObject({ text: "150 or more", qualifier: "at-least" });
    expect(one("Just over 100 people were injured.", "100")).toMatchObject({ text: "Just over 100", qualifier: "more-than" });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Other kinds

describe("findNumbers: dates and years", () => {
  it("should read month-day dates with the article's year", () => {
    expect(one("The strike occurred September 17 in eastern Syria.", "September 17", { year: 2016 })).toMatchObject({
      text: "September 17", kind: "date", value: "2016-09-17", datetime: "2016-09-17",
    });
    expect(one("The attack on Sept. 17 killed 10.", "Sept", { year: 2016 })).toMatchObject({ text: "Sept. 17", value: "2016-09-17" });
    expect(one("Talks resume Oct. 7.", "Oct", { year: 2023 })).toMatchObject({ text: "Oct. 7", value: "2023-10-07" });
  });

  it("should read day-month dates and a year written in the date", () => {
    expect(one("On 2 November, police arrested two editors.", "2 November", { year: 2005 })).toMatchObject({ kind: "date", value: "2005-11-02" });
    expect(one("It happened on 17 September.", "17", { year: 2016 }).value).toBe("2016-09-17");
    expect(one("The ceasefire began on September 12, 2016 in Geneva.", "September", { year: 1999 })).toMatchObject({
      text: "September 12, 2016", value: "2016-09-12",
    });
  });

  it("should write a date with an unknown year as --MM-DD and a month with a year as YYYY-MM", () => {
    expect(one("The strike occurred September 17.", "September 17").value).toBe("--09-17");
    expect(one("The quake struck in January 2010.", "January 2010").value).toBe("2010-01");
  });

  it("should read 'January 26–31' as one date, not a range figure", () => {
    const m = one("The forum took place in Porto Alegre in January 26–31, and was supported by many.", "January", { year: 2005 });
    expect(m).toMatchObject({ text: "January 26–31", kind: "date", value: "2005-01-26", metric: null });
  });

  it("should read bare years, including a year inside a name", () => {
    expect(one("The riots of 2005 killed 36.", "2005")).toMatchObject({ kind: "year", value: 2005, datetime: "2005" });
    expect(one("It was called by the Anti-war Assembly of the 2005 World Social Forum.", "2005").kind).toBe("year");
    expect(one("In 2016, 36 people died.", "2016").kind).toBe("year");
    expect(one("In 2016, 36 people died.", "36").kind).toBe("figure");
  });

  it("should not match weekdays, which carry no number", () => {
    expect(findNumbers("On Tuesday, officials met.")).toEqual([]);
  });
});

describe("findNumbers: durations, ages, money, percentages, measurements, ordinals", () => {
  const cases: Array<[string, string, NumberKind, string]> = [
    ["The ceasefire must hold for seven days.", "seven", "duration", "seven days"],
    ["They marked the two year anniversary of the invasion.", "two", "duration", "two year"],
    ["It is a delicate and nearly week-old ceasefire.", "week-old", "duration", "nearly week-old"],
    ["Flights resumed one day after the attack.", "one", "duration", "one day"],
    ["The 48-hour truce expired.", "48", "duration", "48-hour"],
    ["A three-week lull followed.", "three", "duration", "three-week"],
    ["Rescuers worked for 48 hours.", "48", "duration", "48 hours"],
    ["A man aged 45 was arrested.", "45", "age", "aged 45"],
    ["A 12-year-old boy was among those hurt.", "12", "age", "12-year-old"],
    ["The victim, a 45-year-old teacher, was named.", "45", "age", "45-year-old"],
    ["John Smith, 45, was arrested on Monday.", "45", "age", "45"],
    ["Donors pledged $5 million.", "5", "money", "$5 million"],
    ["Fines of £300 were imposed.", "300", "money", "£300"],
    ["The fund holds 5 million dollars.", "5", "money", "5 million dollars"],
    ["The EU offered €2bn in aid.", "2", "money", "€2bn"],
    ["Turnout reached 40%.", "40", "percent", "40%"],
    ["Turnout reached 40 per cent.", "40", "percent", "40 per cent"],
    ["Turnout reached 40 percent.", "40", "percent", "40 percent"],
    ["The recent magnitude 7.0 earthquake struck at night.", "7.0", "measurement", "magnitude 7.0"],
    ["A 7.0-magnitude quake struck the capital.", "7.0", "measurement", "7.0-magnitude"],
    ["The epicentre was 10 km from the city.", "10", "measurement", "10 km"],
    ["The convoy was 5 miles away.", "5", "measurement", "5 miles"],
    ["Temperatures hit 30 degrees.", "30", "measurement", "30 degrees"],
    ["It was the 21st attack this year.", "21", "ordinal", "21st"],
    ["Fighting went on for the third day.", "third", "ordinal", "third"],
  ];
  it.each(cases)('should read %j as %s ("%s" -> %s)', (sentence, phrase, kind, text) => {
    const m = one(sentence, phrase);
    expect([m.kind, m.text, m.metric]).toEqual([kind, text, null]);
  });

  it("should read 'raising the age from 60 to 62' as two ages, not a range figure", () => {
    const found = findNumbers("Unions oppose raising the retirement age from 60 to 62.");
    expect(found.map((m) => [m.kind, m.value, m.qualifier])).toEqual([
      ["age", 60, "exact"],
      ["age", 62, "exact"],
    ]);
  });

  it("should read 'a second straight day' as an ordinal and skip an adverbial 'first'", () => {
    expect(one("Clashes went on for a second straight day.", "second").kind).toBe("ordinal");
    expect(findNumbers("When the results were first declared, riots erupted.")).toEqual([]);
  });

  it("should scale money and ranges ('$5-10 million')", () => {
    expect(one("Aid of $5-10 million was pledged.", "5")).toMatchObject({ kind: "money", value: 5e6, valueMax: 1e7, qualifier: "range" });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Number words and the module's contract

describe("parseNumberWords", () => {
  const cases: Array<[string, number | null]> = [
    ["seven", 7], ["eighty-three", 83], ["twenty-three", 23], ["thirty-three", 33], ["one hundred and five", 105],
    ["two thousand three hundred", 2300], ["a dozen", 12], ["half a million", 500000], ["1,100", 1100],
    ["35 000", 35000], ["35\u202f000", 35000], ["1.1 million", 1100000], ["2.5bn", 2.5e9], ["7.0", 7],
    ["dozens", null], ["hundreds", null], ["thousands", null], ["several", null], ["a", null], ["one two", null],
  ];
  it.each(cases)("should parse %j as %j", (text, value) => {
    expect(parseNumberWords(text)).toBe(value);
  });
});

describe("sentenceMetric", () => {
  it("should name the outcome a sentence talks about, or null", () => {
    expect(sentenceMetric("62 Syrian soldiers were killed near the airport.")).toBe("killed");
    expect(sentenceMetric("The party said six of its officials had been detained.")).toBe("arrested");
    expect(sentenceMetric("The death toll is expected to rise.")).toBe("killed");
    expect(sentenceMetric("The march started at Hyde park.")).toBeNull();
  });
});

describe("findNumbers: contract", () => {
  it("should return matches sorted by start, non-overlapping, with text equal to the slice", () => {
    const s = "On 2 November, police said at least 27 people (aged 18 to 25) were killed, 40% of them by 10:30 a.m., and $5m was lost.";
    const found = findNumbers(s, { year: 2005 });
    expect(found.length).toBeGreaterThan(4);
    for (let i = 0; i < found.length; i++) {
      const m = found[i]!;
      expect(m.text).toBe(s.slice(m.start, m.end));
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
      expect(m.metric === null).toBe(m.kind !== "figure");
    }
  });

  it("should finish on a megabyte of adversarial text", { timeout: 60_000 }, () => {
    const MB = 1 << 20;
    const inputs = [
      "1".repeat(MB),
      "1,000".repeat(MB / 5),
      "1 000 ".repeat(MB / 6),
      ", , ,".repeat(MB / 5),
      "\"'“”".repeat(MB / 4),
      "at least ".repeat(MB / 9),
      "at least at least 5 ".repeat(MB / 20),
      "one hundred and ".repeat(MB / 16),
      "the number at 5 the figure at 6 ".repeat(MB / 32),
      "between 1 and 2 and 3 and ".repeat(MB / 26),
      "5-5-5-5-".repeat(MB / 8),
      "( ".repeat(MB / 2),
      ", including ".repeat(MB / 12),
    ];
    for (const input of inputs) {
      const found = findNumbers(input, { year: 2016, previousMetric: "killed" });
      expect(Array.isArray(found)).toBe(true);
    }
    expect(findNumbers("at least ".repeat(MB / 9))).toEqual([]);
    expect(findNumbers("1".repeat(MB))).toEqual([]);
    expect(findNumbers("at least at least 5 ".repeat(4)).map((m) => m.text)).toEqual(Array(4).fill("at least 5"));
  });

  it("should read patients in intensive care and people among the injured as wounded", () => {
    expect(one("The doctor said nine of them were in intensive care.", "nine")).toMatchObject({ kind: "figure", metric: "wounded" });
    expect(one("Two women aged 30 and 45 were among the injured.", "Two")).toMatchObject({ kind: "figure", metric: "wounded" });
    expect(one("Four boys aged between 10 and 12 are among the dead.", "Four")).toMatchObject({ kind: "figure", metric: "killed" });
  });

  it("should let an outcome verb outrank a status noun", () => {
    expect(one("Some 60 refugees, most of them teenagers, drowned off the coast.", "60")).toMatchObject({ kind: "figure", metric: "killed" });
    expect(one("About 3,000 refugees crossed the border overnight.", "3,000")).toMatchObject({ kind: "figure", metric: "displaced" });
  });

  it("should not take an outcome from a subset clause after a comma", () => {
    expect(one("Some 200,000 migrants live in the city, most of them having fled the war.", "200,000").kind).not.toBe("figure");
  });

  it("should read 'loses N people to' as deaths and 'and N others' as the outcome just given", () => {
    expect(one("The country loses about 1,500 people to malaria each year.", "1,500")).toMatchObject({ kind: "figure", metric: "killed" });
    expect(one("Six miners died at the scene and two others in hospital.", "two")).toMatchObject({ kind: "figure", metric: "killed" });
  });

  it("should read the bodies of N and 'the deceased' as deaths", () => {
    expect(one("Divers pulled out the bodies of 14 fishermen on Friday.", "14")).toMatchObject({ kind: "figure", metric: "killed" });
    expect(one("The deceased included nine pupils.", "nine")).toMatchObject({ kind: "figure", metric: "killed" });
  });

  it("should share the verb with a number coordinated before it", () => {
    expect(one("Three guards and two inmates were wounded in the riot.", "Three")).toMatchObject({ kind: "figure", metric: "wounded" });
    expect(one("The two towns recorded 41 and 17 deaths respectively.", "41")).toMatchObject({ kind: "figure", metric: "killed" });
  });

  it("should read 'reported missing' as a state, not a new clause, and outcomes joined by 'or' as other", () => {
    expect(one("Two deaths were confirmed, with six others reported missing.", "six")).toMatchObject({ kind: "figure", metric: "missing" });
    expect(one("Some 40 villagers were killed or wounded.", "40")).toMatchObject({ kind: "figure", metric: "other" });
  });

  it("should read injuries sustained in a coordinated clause", () => {
    expect(one("Four officers were pelted with stones and suffered minor injuries.", "Four")).toMatchObject({ kind: "figure", metric: "wounded" });
  });

  it("should read a figure after a verb of passing a mark as a lower bound", () => {
    expect(one("The toll rose again on Monday, surpassing 300.", "300")).toMatchObject({ kind: "figure", metric: "killed", qualifier: "more-than" });
    expect(one("The death toll now exceeds 1,200.", "1,200")).toMatchObject({ kind: "figure", metric: "killed", qualifier: "more-than" });
  });

  it("should link a tally through present-tense passing verbs and 'past', but not 'the past N hours'", () => {
    expect(one("The toll from the week of storms now tops 140 people.", "140")).toMatchObject({ kind: "figure", metric: "killed", qualifier: "more-than" });
    expect(one("Fresh shelling pushed the death toll just past 500.", "500")).toMatchObject({ kind: "figure", metric: "killed", qualifier: "more-than" });
    expect(one("The death toll climbed to 31 in the past 48 hours.", "48").kind).not.toBe("figure");
  });

  it("should skip an aside between a pair of dashes and read 'turned out' as a crowd", () => {
    expect(one("Four guards—two men and two women—were detained overnight.", "Four")).toMatchObject({ kind: "figure", metric: "arrested" });
    expect(one("Organisers said 8,000 people turned out despite the rain.", "8,000")).toMatchObject({ kind: "figure", metric: "crowd" });
    expect(one("The 14 hikers turned out to be safe.", "14").kind).not.toBe("figure");
  });

  it("should not read taking part in a vote as a crowd", () => {
    expect(one("About 90,000 residents—a third of the town—took part in the referendum.", "90,000").kind).not.toBe("figure");
  });

  it("should read people who left or were driven from their homes as displaced", () => {
    expect(one("Some 40,000 people have left their homes since the shelling began.", "40,000")).toMatchObject({ kind: "figure", metric: "displaced" });
    expect(one("About 900 families were driven from their homes.", "900").metric).not.toBe("displaced");
    expect(one("Nearly 600 villagers returned to their homes.", "600").kind).not.toBe("figure");
    expect(one("Roughly 12,000 islanders were left without shelter after the cyclone.", "12,000")).toMatchObject({ kind: "figure", metric: "displaced" });
    expect(one("About 300 homes were left without power.", "300").kind).not.toBe("figure");
  });

  it("should read 'nearing' and 'approaching' before a toll as 'about'", () => {
    expect(one("The toll from the landslide was nearing 240 on Sunday.", "240")).toMatchObject({ kind: "figure", metric: "killed", qualifier: "about" });
    expect(one("Deaths from the fever are approaching 75.", "75")).toMatchObject({ metric: "killed", qualifier: "about" });
  });

  it("should read a number right after the name a speaker told as the told clause's figure", () => {
    expect(one("A surgeon told AFP 14 people were killed in the blast.", "14")).toMatchObject({ kind: "figure", metric: "killed" });
    expect(one("Survivors of Flight 17 were flown home.", "17").kind).not.toBe("figure");
  });

  it("should not read the size of a population as an outcome", () => {
    expect(one("A third of the village's 4,000 person population remains missing.", "4,000").kind).not.toBe("figure");
    expect(one("Half of the district's 9,500 population was evacuated.", "9,500").kind).not.toBe("figure");
  });

  it("should read 'killing all N', 'martyred', and a passive verb after an inclusion with no closing comma", () => {
    expect(one("The bus plunged into a gorge, killing all 14 passengers.", "14")).toMatchObject({ kind: "figure", metric: "killed" });
    expect(one("Three soldiers were martyred in the ambush.", "Three")).toMatchObject({ kind: "figure", metric: "killed" });
    expect(one("At least seven miners, including a foreman were killed.", "At least seven")).toMatchObject({ kind: "figure", metric: "killed" });
    expect(one("Forty people were rescued, including six who were injured.", "Forty").metric).not.toBe("wounded");
  });

  it("should give a number coordinated in a list after an inclusion word the list's outcome", () => {
    expect(one("The dead included three guards and five prisoners.", "five")).toMatchObject({ kind: "figure", metric: "killed" });
    expect(one("The committee included three guards and five prisoners.", "five").kind).not.toBe("figure");
  });
});
