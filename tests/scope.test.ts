import { describe, expect, it } from "vitest";
import { figureScope, linkParts, readScopes, wholeScope } from "../src/nlp/scope.ts";
import type { Figure, FigureScope } from "../src/types.ts";

const scopeOf = (sentence: string, figure: string) => {
  const start = sentence.indexOf(figure);
  return figureScope(sentence, start, start + figure.length).text;
};

describe("figureScope", () => {
  it("should mark a breakdown of a count as part of it", () => {
    expect(scopeOf("The government says only 11 people have been killed, including at least one police officer.", "at least one")).toBe(
      "part of the count before it",
    );
    expect(scopeOf("Hospital officials said 58 of the injured were in critical condition.", "58")).toBe("part of the count before it");
  });

  it("should name another day or event in the text's own words", () => {
    expect(scopeOf("When the results were declared in June riots erupted in which 36 people died.", "36")).toBe("in June");
    expect(scopeOf("Eight people died in Tuesday's violence.", "Eight")).toBe("in Tuesday's violence");
    expect(scopeOf("It was the deadliest crash since 1995, when about 300 people died.", "about 300")).toBe("since 1995");
  });

  it("should give no scope to a figure the text does not qualify", () => {
    expect(scopeOf("According to the Russian military, 62 Syrian soldiers were killed near Deir Ezzor Airport.", "62")).toBeNull();
    expect(scopeOf("At least 27 people have been killed in a second straight day of clashes.", "At least 27")).toBeNull();
  });

  it("should mark the second part of a list after 'including' as part of the count", () => {
    expect(scopeOf("Over 90 villagers were killed, including 12 women and three infants.", "three")).toBe("part of the count before it");
  });

  it("should name another incident mentioned in the sentence", () => {
    expect(scopeOf("Officials recalled that 210 people died in last month's earthquake in the same valley.", "210")).toBe("last month");
    expect(scopeOf("A similar attack on the market killed 17 people in 2015.", "17")).toBe("A similar attack");
    expect(scopeOf("The 2005 quake left more than 80,000 dead across the region.", "more than 80,000")).toBe("The 2005 quake");
    expect(scopeOf("The previous bombing at the checkpoint wounded 42 soldiers.", "42")).toBe("The previous bombing");
    expect(scopeOf("Another bombing near the port killed nine.", "nine")).toBe("Another bombing");
    expect(scopeOf("In a 2021 report, the group said troops had killed at least 140 villagers.", "at least 140")).toBe("a 2021 report");
    expect(scopeOf("The storm hit two years after floods in the north killed more than 900 people.", "more than 900")).toBe("two years after");
    expect(scopeOf("In 2009, more than 120 people were killed when a dam burst upstream.", "more than 120")).toBe("In 2009");
    expect(scopeOf("In the summer of 2018, heat killed more than 700 people in the region.", "more than 700")).toBe("In the summer of 2018");
  });

  it("should not scope the toll of the event the article reports", () => {
    expect(scopeOf("The quake that struck on Tuesday killed 40 people in the hill towns.", "40")).toBeNull();
    expect(scopeOf("The government raised the death toll from last month's cyclone to 1,204.", "1,204")).toBeNull();
    expect(scopeOf("The blast killed 12 people and wounded 40 in Kabul.", "40")).toBeNull();
  });

  it("should mark an increment, not a toll", () => {
    expect(scopeOf("Rescuers pulled seven more bodies from the river, officials said.", "seven")).toBe("an increment");
    expect(scopeOf("Police said nine more people had died in hospital, raising the toll to 61.", "nine")).toBe("an increment");
    // Without a new total, "N more ... in a second day" is that day's toll, which another source may contradict.
    expect(scopeOf("At least 20 more people died in a second day of fighting in the city.", "At least 20")).toBeNull();
    expect(scopeOf("Another 12 people were found dead in the village on Friday.", "12")).toBe("an increment");
    expect(scopeOf("Health officials reported an additional 30 deaths overnight.", "30")).toBe("an increment");
    expect(scopeOf("The province recorded 45 deaths in the past 24 hours, the ministry said.", "45")).toBe("in the past 24 hours");
  });

  it("should not take 'another' that only moves on to a second count for an increment", () => {
    expect(scopeOf("The gunmen killed 10 people and injured another 20 in the raid.", "20")).toBeNull();
    expect(scopeOf("At least 40 people were killed, more than in any attack this decade.", "At least 40")).toBeNull();
  });

  it("should mark a place's share of a larger total in the same sentence", () => {
    expect(scopeOf("The floods have killed 53 people, 15 in Dhanpur district.", "15")).toBe("in Dhanpur district");
    expect(scopeOf("Monitors counted nine deaths -- seven in Tamale and two in the port city of Takoradi.", "two")).toBe(
      "in the port city of Takoradi",
    );
    expect(scopeOf("Unions put national turnout at 2.1 million, with 300,000 in the capital.", "300,000")).toBe("in the capital");
    // The larger total in words past twenty, or in billions: the lexicon's cardinals and scale words.
    expect(scopeOf("Officials counted forty deaths across the region, twelve in Kisumu.", "twelve")).toBe("in Kisumu");
    expect(scopeOf("Donors pledged 1.2 billion, with 900 million in Nairobi.", "900 million")).toBe("in Nairobi");
    // No larger total before it: the place is where the event happened.
    expect(scopeOf("Police said 15 people were killed in Dhanpur.", "15")).toBeNull();
  });

  it("should mark cumulative and yearly counts", () => {
    expect(scopeOf("Attacks on the road have killed more than 600 people since 2019.", "more than 600")).toBe("since 2019");
    expect(scopeOf("The agency has recorded 1,300 drownings so far this year.", "1,300")).toBe("so far this year");
    expect(scopeOf("The monitor recorded 412 civilian deaths in the first nine months of this year.", "412")).toBe(
      "in the first nine months of this year",
    );
    expect(scopeOf("The country loses about 9,000 people to road crashes every year.", "about 9,000")).toBe("every year");
    expect(scopeOf("The pass has claimed more than 80 lives in the past ten years.", "more than 80")).toBe("in the past ten years");
    expect(scopeOf("The conflict has killed thousands and displaced more than 3 million, aid groups say.", "more than 3 million")).toBe(
      "The conflict has killed",
    );
    expect(scopeOf("Nearly 900,000 people have been displaced inside Mozambique, the agency said.", "Nearly 900,000")).toBe(
      "displaced inside Mozambique",
    );
    expect(scopeOf("The agency said 4,000 people had died since the epidemic began.", "4,000")).toBe("since the epidemic began");
  });

  it("should mark a part of the dead or injured named after the figure", () => {
    expect(scopeOf("The hospital said four children were among the dead.", "four")).toBe("part of the count before it");
    expect(scopeOf("Officials said 31 of the deaths occurred at home.", "31")).toBe("part of the count before it");
    const split = "The driver said 12 people died on the spot and three others in hospital.";
    expect(scopeOf(split, "12")).toBe("part of the count before it");
    expect(scopeOf(split, "three")).toBe("part of the count before it");
    // Without the other part, "on the spot" is the whole toll.
    expect(scopeOf("All 12 passengers died on the spot, police said.", "12")).toBeNull();
  });

  it("should mark a population already in a place, not the event's displaced", () => {
    expect(scopeOf("They fled to Kaya, a town already hosting more than 200,000 displaced people.", "more than 200,000")).toBe(
      "a population already there",
    );
  });

  it("should not scope a count by a period up to now or by the day the count was given", () => {
    const scoped = (sentence: string, figure: string) => figureScope(sentence, sentence.indexOf(figure), sentence.indexOf(figure) + figure.length).text;
    expect(scoped("At least 30 people were hurt in the storms in the last week, officials said.", "30")).toBeNull();
    expect(scoped("Tuesday's toll of 41 dead was the highest yet.", "41")).toBeNull();
    expect(scoped("Eight people died in Tuesday's violence, police said.", "Eight")).not.toBeNull();
  });
});

describe("readScopes", () => {
  const scopeOf = (sentence: string, figure: string) => {
    const start = sentence.indexOf(figure);
    return readScopes(sentence, [[start, start + figure.length]])[0]!;
  };

  it.each([
    ["Police said 30 taxi drivers were arrested.", "30", { group: "taxi drivers" }],
    ["The party said six of its top officials had been detained.", "six", { group: "top officials" }],
    ["The airstrikes killed at least 62 Syrian troops fighting ISIS.", "at least 62", { group: "Syrian troops" }],
    ["She put the number of wounded miners at 18.", "18", { group: "miners" }],
    ["The police confirmed two deaths but said officers acted with restraint.", "two", { group: "deaths", floor: true }],
    ["Divers recovered 31 bodies from the river.", "31", { group: "bodies", floor: true }],
    // The group is read from the sentence's tokens: a dash ends it, as a comma does.
    ["About 90,000 residents—a third of the town—took part.", "About 90,000", { group: "residents" }],
    ["The minister said 61 were being treated in hospital.", "61", { floor: true }],
    ["The UN said the toll has risen to 366.", "366", { update: true }],
    ["The interior ministry later put the number of arrests at more than 400.", "more than 400", { update: true }],
    ["The government issued a count of 281 on Monday.", "281", { time: "on Monday" }],
    ["Murat Kaya said nine people had died there.", "nine", { place: "there" }],
    ["A cholera outbreak in flood-hit areas has killed 87 people.", "87", { event: "outbreak" }],
    ["The flooding, caused by weeks of rain, killed 58 people.", "58", { event: "flood" }],
  ])("should read %j", (sentence, figure, expected) => {
    expect(scopeOf(sentence, figure)).toMatchObject(expected);
  });

  it.each([
    ["Nobody knows how many are buried in the rubble — 200,000, 300,000? Who knows?", "200,000"],
    ["Officials said the toll could rise to 100.", "100"],
    ["The agency says it fears that about 180 refugees have died.", "about 180"],
  ])("should mark %j as hypothetical", (sentence, figure) => {
    expect(scopeOf(sentence, figure).relation).toBe("hypothetical");
  });

  it("should mark those in a given condition as part of the injured", () => {
    expect(scopeOf("The injured were taken to hospitals, where four remained in critical condition.", "four")).toMatchObject({ relation: "part-of", rule: "in-condition" });
  });

  it("should mark a toll an earlier day had given as an earlier count", () => {
    expect(scopeOf("On Tuesday, government officials had put the death toll at 57,600.", "57,600").relation).toBe("earlier-count");
  });

  it("should read a sentence with many figures in one pass (each figure's rules look at a bounded window)", () => {
    const sentence = Array.from({ length: 2000 }, (_, i) => `${i + 1} people died in village ${i}`).join(", ") + ".";
    const spans: Array<[number, number]> = [];
    for (const m of sentence.matchAll(/\b\d+ people/g)) spans.push([m.index, m.index + m[0].length - 7]);
    const scopes = readScopes(sentence, spans);
    expect(scopes).toHaveLength(2000);
    expect(scopes.every((s) => s.group === "people")).toBe(true);
  });
});

describe("linkParts", () => {
  it("should link a part to the nearest earlier whole of its metric, and a later part to an unlinked part", () => {
    const f = (id: string, metric: Figure["metric"], relation: FigureScope["relation"]): Figure => ({
      id, text: id, value: 1, valueMax: null, qualifier: "exact", metric, source: null, attribution: null, sentenceId: id, line: 1, excluded: false,
      scope: { ...wholeScope(), relation },
    });
    const links = linkParts([f("a", "killed", "whole"), f("b", "wounded", "part-of"), f("c", "killed", "part-of"), f("d", "wounded", "part-of")]);
    expect([...links]).toEqual([["c", "a"], ["d", "b"]]);
  });
});

describe("scope phrases as rules over the tokens", () => {
  const scope = (sentence: string, figure: string) => {
    const start = sentence.indexOf(figure);
    return figureScope(sentence, start, start + figure.length);
  };

  it.each([
    // [sentence, figure, relation, text] — each a phrase rule of scope-phrases.ts
    ["Nine people drowned in a similar flood in the valley.", "Nine", "other-event", "a similar flood"],
    ["The 1998 cyclone killed 40 fishermen.", "40", "other-event", "The 1998 cyclone"],
    ["Twelve people died in the past 24 hours, the ministry said.", "Twelve", "cumulative", "in the past 24 hours"],
    ["About 300 miners die every year in the region's pits.", "About 300", "cumulative", "every year"],
    ["Six people were hurt in March 2021 in the same town.", "Six", "other-event", "in March 2021"],
    ["Four boats sank during last month's storm season.", "Four", "other-event", "last month"],
    ["Police arrested 30 people after Friday's march.", "30", "other-event", "Friday's march"],
  ])("should read %j", (sentence, figure, relation, text) => {
    const found = scope(sentence, figure);
    expect([found.relation, found.text]).toEqual([relation, text]);
  });

  it("should end a phrase before a possessive and keep a count's own date", () => {
    // "Sunday night's" is the day "Sunday night"; "Monday's toll" dates the count, it names no other event.
    expect(scope("The river rose after Sunday night's rain and 15 homes flooded.", "15").time).toBe("Sunday night");
    expect(scope("Monday's toll of 48 was revised.", "48").relation).toBe("whole");
    // "May" is a month only when capitalised.
    expect(scope("Officials fear 20 more may die in hospital.", "20").text).not.toBe("in may");
  });

  it("should read a hospital's count as a floor, before or after the figure", () => {
    expect(scope("Doctors treated 38 people overnight.", "38").floor).toBe(true);
    expect(scope("Officials said 61 injured miners were still being treated.", "61").floor).toBe(true);
    expect(scope("Officials said 61 people fled.", "61").floor).toBe(false);
  });
});
