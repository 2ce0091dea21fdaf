import { describe, expect, it } from "vitest";
import {
  buildComparison,
  compareFigures,
  figuresConflict,
  formatFigure,
  formatNumber,
  isRevision,
  notComparedText,
  summaryText,
  UNATTRIBUTED_NAME,
  type Comparison,
} from "../src/comparison.ts";
import { figureScope, INCREMENT_SCOPE, PART_OF_COUNT_SCOPE, wholeScope } from "../src/nlp/scope.ts";
import type { ArticleData, Figure, FigureScope, Source } from "../src/types.ts";
import { createProcessor } from "../src/processor.ts";

function source(id: string, name: string): Source {
  return { id, name, mentions: [name], description: null, url: null };
}

function figure(fields: Omit<Partial<Figure>, "scope"> & Pick<Figure, "id" | "value" | "metric" | "source"> & { scope?: Partial<FigureScope> }): Figure {
  const { scope, ...rest } = fields;
  return {
    text: String(fields.value),
    valueMax: null,
    qualifier: "exact",
    attribution: null,
    sentenceId: `s-${fields.id}`,
    line: 1,
    excluded: false,
    ...rest,
    scope: { ...wholeScope(), ...scope },
  };
}

/** The seed article's toll: the coalition, Russia's military and the observatory. */
function seed(extra: Figure[] = []): ArticleData {
  return {
    article: { title: "Syria War", slug: "syria-war", date: "2016-09-18" },
    sources: [
      source("coalition", "US-led coalition"),
      source("russia", "Russian military"),
      source("sohr", "Syrian Observatory for Human Rights"),
    ],
    attributions: [],
    figures: [
      figure({ id: "f1", value: 62, qualifier: "at-least", metric: "killed", source: "coalition", sentenceId: "s1-1", line: 2 }),
      figure({ id: "f2", value: 62, metric: "killed", source: "russia", sentenceId: "s3-1", line: 4 }),
      figure({ id: "f3", value: 83, metric: "killed", source: "sohr", sentenceId: "s3-2", line: 4 }),
      figure({ id: "f4", value: 120, qualifier: "at-least", metric: "wounded", source: "sohr", sentenceId: "s3-2", line: 4 }),
      ...extra,
    ],
    numbers: [],
    comparison: [],
  };
}

function build(data: ArticleData): Comparison {
  const comparison = buildComparison(data);
  if (!comparison) throw new Error("expected a comparison");
  return comparison;
}

const summaryOf = (comparison: Comparison, metric: string) => comparison.summaries.find((s) => s.metric === metric)!;

describe("buildComparison", () => {
  it("should give a row per source, in order of first appearance, and a column per metric present", () => {
    const comparison = build(seed());
    expect(comparison.rows.map((row) => row.name)).toEqual([
      "US-led coalition",
      "Russian military",
      "Syrian Observatory for Human Rights",
    ]);
    expect(comparison.columns).toEqual(["killed", "wounded"]);
  });

  it("should put each figure in its source's cell, with the sentence that gives it", () => {
    const comparison = build(seed());
    const [coalition, russia, sohr] = comparison.rows;
    expect(coalition!.cells).toEqual([["f1"], []]);
    expect(russia!.cells).toEqual([["f2"], []]);
    expect(sohr!.cells).toEqual([["f3"], ["f4"]]);
    const atLeast62 = comparison.figures["f1"]!;
    expect(formatFigure(atLeast62)).toBe("at least 62");
    expect(atLeast62.sentenceId).toBe("s1-1");
  });

  it("should give the range 62–83 and find that only Russia's military and the observatory disagree", () => {
    const comparison = build(seed());
    const killed = summaryOf(comparison, "killed");
    expect([killed.min, killed.max]).toEqual([62, 83]);
    expect(killed.disagreements).toEqual([["f2", "f3"]]);
    // "at least 62" is compatible with 83, and with 62.
    expect(killed.disagreements.flat()).not.toContain("f1");
    expect(summaryText(comparison, killed)).toBe(
      "Killed: 62–83; cannot both be right: Russian military (62) and Syrian Observatory for Human Rights (83)",
    );
  });

  it("should say when a metric has a single source", () => {
    const comparison = build(seed());
    expect(summaryText(comparison, summaryOf(comparison, "wounded"))).toBe("Wounded: at least 120; one source only");
  });

  it("should say so when all sources agree", () => {
    const data = seed();
    data.figures = data.figures.filter((f) => f.id !== "f2");
    const comparison = build(data);
    const killed = summaryOf(comparison, "killed");
    expect(killed.disagreements).toEqual([]);
    expect(summaryText(comparison, killed)).toBe("Killed: 62–83; consistent: all of them allow 83");
  });

  it("should add a row when a figure from another source is added", () => {
    const comparison = build(seed([figure({ id: "f5", value: 90, metric: "killed", source: "syrian-army", line: 9 })]));
    expect(comparison.rows).toHaveLength(4);
    // A source missing from the registry is named by its id rather than dropped.
    expect(comparison.rows[3]).toEqual({ source: "syrian-army", name: "syrian-army", cells: [["f5"], []], compared: ["f5", null] });
    expect(summaryOf(comparison, "killed").max).toBe(90);
  });

  it("should give the article's own figures a row of their own", () => {
    const comparison = build(seed([figure({ id: "f5", value: 80, qualifier: "about", metric: "killed", source: null, line: 1 })]));
    expect(comparison.rows[0]!.name).toBe(UNATTRIBUTED_NAME);
    expect(comparison.rows[0]!.source).toBeNull();
  });

  it("should order rows by line, not by the tagger's array order", () => {
    const data = seed();
    // The coalition's figure is on line 2, before the others on line 4.
    data.figures.push(data.figures.shift()!);
    expect(build(data).rows.map((row) => row.source)).toEqual(["coalition", "russia", "sohr"]);
  });

  it("should order columns as OUTCOME_METRICS does, whatever order the text gives them", () => {
    const comparison = build({
      ...seed(),
      figures: [
        figure({ id: "a", value: 5000, metric: "crowd", source: "sohr", line: 1 }),
        figure({ id: "b", value: 3, metric: "missing", source: "sohr", line: 2 }),
        figure({ id: "c", value: 1, metric: "killed", source: "sohr", line: 3 }),
      ],
    });
    expect(comparison.columns).toEqual(["killed", "missing", "crowd"]);
  });

  it("should put several figures from one source for one metric in the same cell", () => {
    const comparison = build(seed([figure({ id: "f5", value: 85, metric: "killed", source: "sohr", line: 6 })]));
    expect(comparison.rows[2]!.cells[0]).toEqual(["f3", "f5"]);
    // The observatory updating its own toll is not a disagreement with itself: its highest stands for it.
    expect(summaryOf(comparison, "killed").disagreements).toEqual([["f2", "f5"]]);
  });

  it("should return null when there are no figures, or only excluded or `other` ones", () => {
    expect(buildComparison({ ...seed(), figures: [] })).toBeNull();
    expect(
      buildComparison({
        ...seed(),
        figures: [
          figure({ id: "x", value: 4, metric: "other", source: "sohr" }),
          figure({ id: "y", value: 62, metric: "killed", source: "sohr", excluded: true }),
        ],
      }),
    ).toBeNull();
  });

  it("should leave excluded figures out of the table and the range", () => {
    const comparison = build(seed([figure({ id: "f5", value: 400, metric: "killed", source: "coalition", excluded: true })]));
    expect(comparison.figures["f5"]).toBeUndefined();
    expect(comparison.rows[0]!.cells[0]).toEqual(["f1"]);
    expect(summaryOf(comparison, "killed").max).toBe(83);
  });

  it("should list scoped figures under the table, not in a cell, and leave them out of the range and disagreements", () => {
    const comparison = build(
      seed([
        figure({ id: "f5", value: 36, metric: "killed", source: "coalition", scope: { relation: "other-event", text: "June riots" }, line: 7 }),
        figure({ id: "f6", value: 7, metric: "missing", source: "sohr", scope: { relation: "other-event", text: "the previous day" }, line: 8 }),
      ]),
    );
    expect(comparison.rows[0]!.cells[0]).toEqual(["f1"]);
    expect(comparison.notCompared.map((item) => [item.id, item.name])).toEqual([
      ["f5", "US-led coalition"],
      ["f6", "Syrian Observatory for Human Rights"],
    ]);
    expect(notComparedText(comparison, comparison.notCompared[0]!)).toBe("another event or time: June riots");
    const killed = summaryOf(comparison, "killed");
    expect(killed.figures).not.toContain("f5");
    expect([killed.min, killed.max]).toEqual([62, 83]);
    // 36 would rule out "at least 62" if it counted the same thing.
    expect(killed.disagreements).toEqual([["f2", "f3"]]);
    // A metric with only scoped figures gets no (empty) column.
    expect(comparison.columns).toEqual(["killed", "wounded"]);
  });

  it("should give a source whose only figures are scoped no row (another event is not a rival toll)", () => {
    const comparison = build(seed([figure({ id: "f5", value: 240, qualifier: "at-least", metric: "killed", source: "un", scope: { relation: "other-event", text: "Last year" }, line: 9 })]));
    expect(comparison.rows.map((row) => row.source)).toEqual(["coalition", "russia", "sohr"]);
    expect(comparison.notCompared.map((item) => [item.id, item.name])).toEqual([["f5", "un"]]);
    expect(summaryOf(comparison, "killed").max).toBe(83);
  });

  it("should name the count a part belongs to: the nearest earlier compared figure of the same metric", () => {
    const comparison = build(
      seed([
        figure({ id: "f5", value: 18, metric: "killed", source: "coalition", scope: { relation: "part-of", text: PART_OF_COUNT_SCOPE }, line: 5 }),
        figure({ id: "f6", value: 30, metric: "wounded", source: "sohr", scope: { relation: "part-of", text: PART_OF_COUNT_SCOPE }, line: 6 }),
        figure({ id: "f7", value: 36, metric: "killed", source: "sohr", scope: { relation: "other-event", text: "June riots" }, line: 7 }),
        figure({ id: "f8", value: 2, metric: "killed", source: "sohr", scope: { relation: "part-of", text: PART_OF_COUNT_SCOPE }, line: 8 }),
      ]),
    );
    const [killed, wounded, june, two] = comparison.notCompared;
    // Another event's figure (36 in June) is never taken for the count a later part belongs to.
    expect([killed!.partOf, wounded!.partOf, june!.partOf, two!.partOf]).toEqual(["f3", "f4", null, "f3"]);
    expect(notComparedText(comparison, killed!)).toBe("part of 83 (Syrian Observatory for Human Rights)");
    expect(notComparedText(comparison, wounded!)).toBe("part of at least 120 (same source)");
    expect(notComparedText(comparison, june!)).toBe("another event or time: June riots");
    expect(summaryOf(comparison, "killed").min).toBe(62);
  });

  it("should list increments under the table, never in a cell or a range", () => {
    // "Police said divers found 14 more bodies, bringing the toll to 45." / "The UN said 9 more bodies were found."
    const comparison = build(
      seed([
        figure({ id: "f5", value: 14, metric: "killed", source: "sohr", scope: { relation: "increment", text: INCREMENT_SCOPE }, line: 5 }),
        figure({ id: "f6", value: 9, metric: "killed", source: "un", scope: { relation: "increment", text: INCREMENT_SCOPE }, line: 6 }),
      ]),
    );
    expect(comparison.rows.find((row) => row.source === "sohr")!.cells[0]).toEqual(["f3"]);
    expect(comparison.notCompared.map((item) => [item.id, notComparedText(comparison, item)])).toEqual([
      ["f5", "an increment"],
      ["f6", "an increment"],
    ]);
    expect(comparison.rows.some((row) => row.source === "un")).toBe(false);
    expect(summaryOf(comparison, "killed").min).toBe(62);
  });

  it("should keep figureScope's increment scope in step with the comparison's", () => {
    expect(figureScope("Divers found 14 more bodies, bringing the toll to 45.", 13, 15)).toMatchObject({ relation: "increment", text: INCREMENT_SCOPE });
  });

  it("should compare a part when no outcome figure of its metric comes before it (the whole is not an outcome)", () => {
    // "35 people had been rescued, including 11 who were injured. Four of them were in serious condition."
    const comparison = build({
      ...seed(),
      figures: [
        figure({ id: "a", value: 2, metric: "killed", source: "coalition", line: 1 }),
        figure({ id: "b", value: 11, metric: "wounded", source: "russia", scope: { relation: "part-of", text: PART_OF_COUNT_SCOPE }, line: 2 }),
        figure({ id: "c", value: 4, metric: "wounded", source: "sohr", scope: { relation: "part-of", text: PART_OF_COUNT_SCOPE }, line: 2 }),
      ],
    });
    expect(comparison.columns).toEqual(["killed", "wounded"]);
    expect(comparison.rows.map((row) => [row.source, row.cells])).toEqual([
      ["coalition", [["a"], []]],
      ["russia", [[], ["b"]]],
    ]);
    expect(comparison.notCompared).toEqual([{ id: "c", source: "sohr", name: "Syrian Observatory for Human Rights", partOf: "b", reason: "part-of" }]);
  });

  it("should say which number every consistent figure allows", () => {
    const data = seed();
    data.figures = [
      figure({ id: "a", value: 46, qualifier: "at-least", metric: "killed", source: "coalition", line: 1 }),
      figure({ id: "b", value: 58, qualifier: "up-to", metric: "killed", source: "russia", line: 2 }),
      figure({ id: "c", value: 300000, qualifier: "more-than", metric: "displaced", source: "coalition", line: 3 }),
      figure({ id: "d", value: 2000000, qualifier: "more-than", metric: "displaced", source: "russia", line: 4 }),
      figure({ id: "e", value: 120, qualifier: "at-least", metric: "wounded", source: "coalition", line: 5 }),
      figure({ id: "f", value: 100, qualifier: "at-least", metric: "wounded", source: "russia", line: 6 }),
    ];
    const comparison = build(data);
    expect(comparison.summaries.map((summary) => summaryText(comparison, summary))).toEqual([
      "Killed: 46–58; consistent: all of them allow 46–58",
      "Wounded: 100–120; consistent: all of them allow 120 or more",
      "Displaced: 300,000–2 million; consistent: all of them allow more than 2 million",
    ]);
  });

  it("should match the tagger's wording for a part of a count", () => {
    const sentence = "Police said 23 people died, and 18 of the dead were children.";
    const start = sentence.indexOf("18");
    expect(figureScope(sentence, start, start + 2)).toMatchObject({ relation: "part-of", text: PART_OF_COUNT_SCOPE });
  });

  it("should compare a source by its highest figure, so its increments and parts are no disagreement", () => {
    // "Police found seven more bodies, raising the toll to 53": 7 is not a rival of "at least 46".
    const data = seed();
    data.figures = [
      figure({ id: "a", value: 46, qualifier: "at-least", metric: "killed", source: "officials", line: 1 }),
      figure({ id: "b", value: 7, metric: "killed", source: "police", line: 2 }),
      figure({ id: "c", value: 53, metric: "killed", source: "police", line: 2 }),
    ];
    const comparison = build(data);
    expect(comparison.rows[1]!.cells[0]).toEqual(["b", "c"]);
    expect(comparison.rows[1]!.compared[0]).toBe("c");
    const killed = summaryOf(comparison, "killed");
    expect(killed.figures).toEqual(["a", "c"]);
    expect([killed.min, killed.max]).toEqual([46, 53]);
    expect(killed.disagreements).toEqual([]);
    expect(summaryText(comparison, killed)).toBe("Killed: 46–53; consistent: all of them allow 53");
  });

  it("should call the article itself 'this article' in a disagreement", () => {
    const comparison = build(seed([figure({ id: "f5", value: 90, metric: "killed", source: null, line: 9 })]));
    expect(summaryText(comparison, summaryOf(comparison, "killed"))).toContain("Syrian Observatory for Human Rights (83) and this article (90)");
  });
});

describe("formatFigure", () => {
  it("should word each qualifier the same way, with thousands separators", () => {
    expect(formatFigure({ value: 62, valueMax: null, qualifier: "exact" })).toBe("62");
    expect(formatFigure({ value: 62, valueMax: null, qualifier: "at-least" })).toBe("at least 62");
    expect(formatFigure({ value: 150000, valueMax: null, qualifier: "more-than" })).toBe("more than 150,000");
    expect(formatFigure({ value: 100, valueMax: null, qualifier: "about" })).toBe("about 100");
    expect(formatFigure({ value: 300, valueMax: null, qualifier: "up-to" })).toBe("up to 300");
    expect(formatFigure({ value: 5, valueMax: null, qualifier: "at-most" })).toBe("at most 5");
    expect(formatFigure({ value: 200000, valueMax: 300000, qualifier: "range" })).toBe("200,000–300,000");
  });

  it("should write whole and short millions in words, as news text does", () => {
    expect(formatFigure({ value: 1080000, valueMax: null, qualifier: "exact" })).toBe("1.08 million");
    expect(formatFigure({ value: 12000000, valueMax: null, qualifier: "more-than" })).toBe("more than 12 million");
    expect(formatFigure({ value: 1234567, valueMax: null, qualifier: "exact" })).toBe("1,234,567");
    expect(formatFigure({ value: 999999, valueMax: null, qualifier: "exact" })).toBe("999,999");
  });

  it("should put a reversed range the right way round", () => {
    expect(formatFigure({ value: 300, valueMax: 200, qualifier: "range" })).toBe("200–300");
  });
});

describe("figuresConflict", () => {
  const f = (value: number, qualifier: Figure["qualifier"], valueMax: number | null = null) => ({ value, valueMax, qualifier });

  it("should find two different exact figures in conflict, and equal ones not", () => {
    expect(figuresConflict(f(62, "exact"), f(83, "exact"))).toBe(true);
    expect(figuresConflict(f(62, "exact"), f(62, "exact"))).toBe(false);
  });

  it("should treat open-ended figures as intervals", () => {
    expect(figuresConflict(f(62, "at-least"), f(83, "exact"))).toBe(false);
    expect(figuresConflict(f(62, "at-least"), f(61, "exact"))).toBe(true);
    // "More than 62" rules out exactly 62, "at least 62" does not.
    expect(figuresConflict(f(62, "more-than"), f(62, "exact"))).toBe(true);
    expect(figuresConflict(f(62, "more-than"), f(62, "at-least"))).toBe(false);
    expect(figuresConflict(f(300, "up-to"), f(250, "exact"))).toBe(false);
    expect(figuresConflict(f(300, "at-most"), f(301, "exact"))).toBe(true);
    expect(figuresConflict(f(300, "up-to"), f(400, "at-least"))).toBe(true);
  });

  it("should give about a margin of ten percent", () => {
    expect(figuresConflict(f(100, "about"), f(95, "exact"))).toBe(false);
    expect(figuresConflict(f(100, "about"), f(120, "exact"))).toBe(true);
  });

  it("should compare ranges by overlap", () => {
    expect(figuresConflict(f(200000, "range", 300000), f(250000, "exact"))).toBe(false);
    expect(figuresConflict(f(200000, "range", 300000), f(310000, "about"))).toBe(false);
    expect(figuresConflict(f(200000, "range", 300000), f(350000, "more-than"))).toBe(true);
  });
});

describe("compareFigures", () => {
  const killed = (id: string, value: number, source: string | null, scope: Partial<FigureScope> = {}, qualifier: Figure["qualifier"] = "exact") =>
    figure({ id, value, qualifier, metric: "killed", source, scope, line: Number(id.slice(1)) });
  const verdicts = (figures: Figure[]) => {
    const [entry] = compareFigures(figures);
    return { conflicts: entry!.conflicts.map((c) => [c.a, c.b]), differences: entry!.differences.map((d) => [d.a, d.b, d.unmatched]), setAside: entry!.setAside };
  };

  it.each([
    ["two rival tolls of the same event", [killed("f1", 62, "russia"), killed("f2", 83, "sohr")], [["f1", "f2"]], []],
    ["a later day's higher toll (a revision)", [killed("f1", 281, "gov", { time: "Monday" }), killed("f2", 366, "un", { time: "Tuesday" })], [], [["f1", "f2", ["time"]]]],
    ["an update ('has risen to 366')", [killed("f1", 281, "gov"), killed("f2", 366, "un", { update: true })], [], [["f1", "f2", ["revision"]]]],
    ["taxi drivers against party officials", [killed("f1", 30, null, { group: "taxi drivers" }), killed("f2", 6, "party", { group: "top officials" })], [], [["f1", "f2", ["group"]]]],
    ["a town's dead against the province's", [killed("f1", 112, "agency"), killed("f2", 9, "mayor", { place: "there" })], [], [["f1", "f2", ["place"]]]],
    ["the outbreak's toll against the flood's", [killed("f1", 87, "un", { event: "outbreak" }), killed("f2", 58, "ddma", { event: "flood" })], [], [["f1", "f2", ["event"]]]],
    ["bodies found so far (a floor) against a higher toll", [killed("f1", 19, "forensic", { group: "bodies", floor: true }), killed("f2", 25, "group", {}, "at-least")], [], []],
    ["bodies found against a lower toll", [killed("f1", 9, "police"), killed("f2", 11, "doctor", { group: "bodies", floor: true })], [["f1", "f2"]], []],
  ])("should judge %s", (_name, figures, conflicts, differences) => {
    const result = verdicts(figures);
    expect(result.conflicts).toEqual(conflicts);
    expect(result.differences).toEqual(differences);
  });

  it("should find no revision in a later toll that is lower than an earlier one (a toll only grows)", () => {
    const result = verdicts([killed("f1", 93, "ministry", { time: "on Sunday evening" }), killed("f2", 87, "un", { time: "on Monday" })]);
    expect(result.conflicts).toEqual([["f1", "f2"]]);
  });

  it("should set an update against a count the text calls a rival, not read it as a revision", () => {
    const figures = [killed("f1", 52, "coastguard", { update: true }), killed("f2", 30, "ministry")];
    expect(compareFigures(figures)[0]!.differences.map((d) => d.unmatched)).toEqual([["revision"]]);
    const [entry] = compareFigures(figures, { rivals: new Set(["f2"]) });
    expect(entry!.conflicts.map((c) => [c.a, c.b])).toEqual([["f1", "f2"]]);
    // A rival on another day is still a count of another time, and an update that calls itself the rival stays a revision.
    expect(compareFigures([killed("f1", 52, "coastguard", { update: true, time: "Tuesday" }), killed("f2", 30, "ministry", { time: "Monday" })], { rivals: new Set(["f2"]) })[0]!.conflicts).toEqual([]);
    expect(compareFigures(figures, { rivals: new Set(["f1"]) })[0]!.conflicts).toEqual([]);
  });

  it("should compare a group against a toll of everyone only when the lead or two sources count that group", () => {
    const soldiers = [killed("f1", 62, "coalition", { group: "Syrian troops" }, "at-least"), killed("f2", 62, "russia", { group: "Syrian soldiers" }), killed("f3", 83, "sohr")];
    expect(verdicts(soldiers).conflicts).toEqual([["f2", "f3"]]);
    const officers = [figure({ id: "f1", value: 27, metric: "wounded", source: "police", scope: { group: "officers" }, line: 4 }), figure({ id: "f2", value: 40, metric: "wounded", source: "red-cross", line: 6 })];
    expect(compareFigures(officers, { leadLine: 1 })[0]!.differences.map((d) => d.unmatched)).toEqual([["group"]]);
  });

  it("should set aside hypotheticals, parts (with the figure they belong to), increments and earlier counts", () => {
    const result = verdicts([
      killed("f1", 150000, "minister", {}, "more-than"),
      killed("f2", 200000, "minister", { relation: "hypothetical" }),
      killed("f3", 75000, null, { relation: "part-of" }),
      killed("f4", 7, "police", { relation: "increment" }),
      killed("f5", 57600, "officials", { relation: "earlier-count" }),
    ]);
    expect(result.setAside).toEqual([
      { figure: "f2", reason: "hypothetical" },
      { figure: "f3", reason: "part-of", partOf: "f1" },
      { figure: "f4", reason: "increment" },
      { figure: "f5", reason: "earlier-count" },
    ]);
    expect(result.conflicts).toEqual([]);
  });

  it("should show a revision as one, earlier day first, in the table's summary", () => {
    const comparison = build({
      ...seed(),
      sources: [source("gov", "the government"), source("un", "United Nations")],
      figures: [killed("f1", 366, "un", { time: "Tuesday", update: true }), killed("f2", 281, "gov", { time: "Monday" })],
    });
    expect(summaryText(comparison, comparison.summaries[0]!)).toBe("Killed: 281–366; revised: the government (281, Monday) → United Nations (366, Tuesday)");
  });

  it("should say figures differ, and what it could not match, instead of a conflict", () => {
    const comparison = build({ ...seed(), figures: [killed("f1", 112, "coalition"), killed("f2", 9, "russia", { place: "there" })] });
    expect(summaryText(comparison, comparison.summaries[0]!)).toBe("Killed: 9–112; differ: US-led coalition (112) and Russian military (9) (could not match place)");
  });
});

describe("rival counts through the pipeline", () => {
  it("should find the conflict between an update and a count its source calls lower", async () => {
    const markdown = [
      "A flooded coal mine has killed at least 43 people, the coastguard said.",
      "Rescuers pulled nine more bodies from the mine on Thursday, bringing the toll to 52, the coastguard said.",
      "The mines ministry gave a lower figure, saying 30 people had died.",
    ].join("\n\n");
    const file = await createProcessor({ meta: { title: "t", slug: "t", date: "2026-03-05" } }).process(markdown);
    const killed = file.data.sourced!.comparison.find((c) => c.metric === "killed")!;
    const text = (id: string) => file.data.sourced!.figures.find((f) => f.id === id)!.text;
    expect(killed.conflicts.map((c) => [text(c.a), text(c.b)])).toEqual([["52", "30"]]);
  });

  it("should keep reading an update against a count given without a rival's words as a revision", async () => {
    const markdown = [
      "A flooded coal mine has killed at least 43 people, the coastguard said.",
      "Rescuers pulled nine more bodies from the mine on Thursday, bringing the toll to 52, the coastguard said.",
      "The mines ministry said 30 people had died.",
    ].join("\n\n");
    const file = await createProcessor({ meta: { title: "t", slug: "t", date: "2026-03-05" } }).process(markdown);
    const killed = file.data.sourced!.comparison.find((c) => c.metric === "killed")!;
    expect(killed.conflicts).toEqual([]);
    expect(killed.differences.map((d) => d.unmatched)).toEqual([["revision"]]);
  });
});

describe("the day of each count in a sentence of two statements", () => {
  it("should give a count the day of its own statement, not the day of a count quoted inside it", async () => {
    const markdown =
      "The health ministry said on Thursday that the death toll from the cholera outbreak in the northern provinces had risen to 140, compared with a count of 96 released Wednesday by the regional governor's office.";
    const file = await createProcessor({ meta: { title: "t", slug: "t", date: "2026-03-05" } }).process(markdown);
    expect(file.data.sourced!.figures.map((f) => [f.value, f.scope.time])).toEqual([
      [140, "on Thursday"],
      [96, "Wednesday"],
    ]);
    expect(String(file)).toContain("revised: Regional governor's office (96, Wednesday) → Health ministry (140, Thursday)");
  });
});

describe("revisions and what differs", () => {
  it.each([
    [["revision"], true],
    [["time"], true],
    [["time", "revision"], true],
    [["place", "revision"], false],
    [["group", "time"], false],
    [["event"], false],
  ] as const)("should call a difference in %j a revision: %s", (unmatched, expected) => {
    expect(isRevision({ a: "f1", b: "f2", unmatched: [...unmatched] })).toBe(expected);
  });

  it("should show a town's toll against a later toll of the province as differing in place, not as a revision", async () => {
    const markdown = ["The provincial disaster agency said the toll from the floods had risen to 80.", "The mayor of Kelso said on Tuesday that 11 people had died there."].join("\n\n");
    const file = await createProcessor({ meta: { title: "t", slug: "t", date: "2026-03-05" } }).process(markdown);
    const html = String(file);
    expect(html).toContain("differ: Provincial disaster agency (80) and Mayor of Kelso (11, Tuesday) (could not match place)");
    expect(html).not.toContain("revised:");
  });
});

describe("formatNumber", () => {
  it("should write numbers as Intl's en-US format does, millions in words", () => {
    const intl = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
    for (const value of [0, -0, 1, 999, 1000, 12345, 999999, 123456789, 9007199254740991, 9007199254740992, -1234, 0.5, 1.005, 1234.5678, Number.NaN]) {
      expect(formatNumber(value)).toBe(intl.format(value));
    }
    expect(formatNumber(1_080_000)).toBe("1.08 million");
    expect(formatNumber(2_000_000)).toBe("2 million");
    expect(formatNumber(1_234_567)).toBe("1,234,567");
  });
});
