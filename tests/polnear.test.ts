/**
 * The PolNeAR converter and matcher, on small brat snippets written for these tests (no PolNeAR text).
 */
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";
import { BratError, codePointOffsets, parseBrat, type BratSpan } from "../src/polnear/brat.ts";
import { convertArticle, escapeMarkdown, locateSentence } from "../src/polnear/convert.ts";
import {
  annotationKind,
  isSpeechCue,
  predictionHeads,
  relativeAntecedent,
  sentenceOnAnnotation,
  sourceAgrees,
  sourceHeads,
} from "../src/polnear/match.ts";
import { scoreArticle } from "../src/polnear/score.ts";

/** Write a brat span line for `phrase` (its first occurrence at or after `from`) in `text`. */
function span(text: string, id: string, type: string, phrase: string, from = 0): string {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`no ${phrase}`);
  return `${id}\t${type} ${start} ${start + phrase.length}\t${phrase}`;
}

const spanOf = (text: string): BratSpan => ({ id: "T", type: "Source", ranges: [{ start: 0, end: text.length }], text });

describe("parseBrat", () => {
  const text = "Mayor Ana Ruiz said the bridge would reopen. “It is safe,” she added, “and tested.”";

  it("should tie source, cue and contents into attributions, discontinuous contents included", () => {
    const ann = [
      span(text, "T1", "Source", "Mayor Ana Ruiz"),
      span(text, "T2", "Cue", "said"),
      span(text, "T3", "Content", "the bridge would reopen"),
      "T4\tAttribution 15 19\tsaid",
      "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
      `T5\tContent ${text.indexOf("“It")} ${text.indexOf(",” she")};${text.indexOf("“and")} ${text.length}\t“It is safe “and tested.”`,
      span(text, "T6", "Cue", "added"),
      span(text, "T7", "Source", "she"),
      "E2\tAttribution:T4 Content:T5 Cue:T6 Source:T7",
      "#1\tAnnotatorNotes T5\tsplit around the tag",
    ].join("\n");
    const doc = parseBrat(ann, text);
    expect(doc.attributions.map((a) => [a.id, a.source?.text, a.cue?.text, a.content.length])).toEqual([
      ["E1", "Mayor Ana Ruiz", "said", 1],
      ["E2", "she", "added", 1],
    ]);
    expect(doc.attributions[1]!.content[0]!.ranges).toHaveLength(2);
  });

  it("should read sourceless attributions, second contents, discarded text and multi-line span texts", () => {
    const ann = [
      "T1\tCue 0 5\tMayor",
      "T2\tContent 6 9\tAna",
      "T3\tContent2 10 14\tRuiz",
      "E1\tAttribution-no-source:T1 Cue:T1 Content:T2 Content2:T3",
      "T4\tDiscard 20 30\tbridge",
      "second line of a span text with a tab\tin it",
    ].join("\n");
    const doc = parseBrat(ann, text);
    expect(doc.attributions[0]!.source).toBeNull();
    expect(doc.attributions[0]!.content.map((c) => c.text)).toEqual(["Ana", "Ruiz"]);
    expect(doc.discarded).toEqual([{ start: 20, end: 30 }]);
  });

  it("should name the file and line of an event that points at no span", () => {
    expect(() => parseBrat("T1\tCue 0 4\tsaid\nE1\tAttribution:T1 Source:T9", "said so", "x.ann")).toThrow(BratError);
    expect(() => parseBrat("T1\tCue 0 4\tsaid\nE1\tAttribution:T1 Source:T9", "said so", "x.ann")).toThrow(/^x\.ann:2:1: .*`T9`/);
  });

  it("should refuse a span past the end of the text", () => {
    expect(() => parseBrat("T1\tCue 0 40\tsaid", "said so", "x.ann")).toThrow(/x\.ann:1:1: .*past the end/);
  });

  it("should turn code point offsets into string offsets after an astral character", () => {
    const emoji = "🙂 Lee said so.";
    const toUnits = codePointOffsets(emoji);
    expect(emoji.slice(toUnits(2), toUnits(5))).toBe("Lee");
    expect(parseBrat("T1\tSource 2 5\tLee", emoji).attributions).toEqual([]);
  });
});

describe("convertArticle", () => {
  it("should escape Markdown so that each line reads back as the same text", () => {
    for (const line of ["# 1 thing", "1. First", "- dash", "*not* _em_", "a [link](x) <b>&amp;", ":::note", "x | y ~z~", "---", "+ plus"]) {
      const escaped = escapeMarkdown(line);
      expect(escaped).not.toBe(line);
    }
    expect(escapeMarkdown("Plain words, said Lee.")).toBe("Plain words, said Lee.");
  });

  it("should put the headline in the front matter and map every paragraph to its line", () => {
    const text = "Town Hall Reopens\n\n  Mayor Ana Ruiz said the hall was safe.  \n\n\nShe added it cost $5 *million*.\n";
    const converted = convertArticle(text, { date: "2016-05-04" });
    expect(converted.markdown.split("\n").slice(0, 4)).toEqual(["---", 'title: "Town Hall Reopens"', "date: 2016-05-04", "---"]);
    expect(text.slice(converted.headline.start, converted.headline.end)).toBe("Town Hall Reopens");
    expect(converted.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      "Mayor Ana Ruiz said the hall was safe.",
      "She added it cost $5 *million*.",
    ]);
    const lines = converted.markdown.split("\n");
    expect(lines[converted.paragraphs[1]!.line - 1]).toBe("She added it cost $5 \\*million\\*.");
  });

  it("should find the tagger's sentences back in the original text through the real pipeline", async () => {
    const text = "Storm Hits Coast\n\n# 1. Mayor Ana Ruiz said the *levee* [north] held. Police said 3 <people> were hurt.\n\nOfficials said the road is closed: officials said the road is closed.\n";
    const converted = convertArticle(text, { date: "2016-05-04" });
    const data = await extract(converted.markdown, "storm.md");
    expect(data.attributions.length).toBeGreaterThanOrEqual(3);
    let from = 0;
    for (const a of data.attributions) {
      const range = locateSentence(converted, text, a.line, a.sentence, from);
      expect(range, a.sentence).not.toBeNull();
      expect(text.slice(range!.start, range!.end).replace(/\s+/g, " ")).toBe(a.sentence.replace(/\s+/g, " "));
      from = range!.start;
    }
  });

  it("should find a repeated sentence at or after the previous find", () => {
    const text = "T\n\nHe said no. He said no.";
    const converted = convertArticle(text);
    const first = locateSentence(converted, text, converted.paragraphs[0]!.line, "He said no.");
    const second = locateSentence(converted, text, converted.paragraphs[0]!.line, "He said no.", first!.start + 1);
    expect([first!.start, second!.start]).toEqual([3, 15]);
    expect(locateSentence(converted, text, converted.paragraphs[0]!.line, "She said yes.")).toBeNull();
  });
});

describe("the PolNeAR matcher", () => {
  it("should take the last word of each part and the word before a preposition as heads", () => {
    expect([...sourceHeads("longtime Democratic pollster Pat Caddell")]).toEqual(["caddell"]);
    expect([...sourceHeads("Lina Park, the council's spokeswoman")].sort()).toEqual(["park", "spokeswoman"]);
    expect([...sourceHeads("the head of the port authority")].sort()).toEqual(["authority", "head"]);
    expect([...sourceHeads("a survey released Monday")]).toEqual(["survey"]);
    expect([...sourceHeads("Sen. Jo Vance (D-Ore.)")].sort()).toEqual(["ore", "vance"]);
    expect([...sourceHeads("the Greens and the Liberals")].sort()).toEqual(["greens", "liberals"]);
    expect([...sourceHeads("the mayor herself")]).toEqual(["mayor"]);
    expect([...sourceHeads("she")]).toEqual([]);
  });

  it("should count reporting cues as speech and beliefs or intentions as not", () => {
    for (const cue of ["said", "has repeatedly told", "according to", "wrote in a memo", "Asked"]) expect(isSpeechCue(cue), cue).toBe(true);
    for (const cue of ["believes", "wants", "plans to", "knows", "supports", "hopes"]) expect(isSpeechCue(cue), cue).toBe(false);
  });

  it("should agree on a shared head and disagree on a possessor", () => {
    const heads = predictionHeads({ sourceText: "Ruiz" }, { name: "Mayor Ana Ruiz", mentions: ["Mayor Ana Ruiz", "Ruiz", "she"] });
    expect(sourceAgrees(spanOf("the mayor, Ana Ruiz,"), { sourceText: "Ruiz" }, heads)).toBe(true);
    expect(sourceAgrees(spanOf("Ruiz's chief of staff"), { sourceText: "Ruiz" }, heads)).toBe(false);
  });

  it("should accept a pronoun source when the pronoun or its antecedent matches", () => {
    const heads = predictionHeads({ sourceText: "she" }, { name: "Mayor Ana Ruiz", mentions: ["Ruiz", "she"] });
    expect(sourceAgrees(spanOf("She"), { sourceText: "she" }, heads)).toBe(true);
    expect(sourceAgrees(spanOf("her"), { sourceText: "she" }, heads)).toBe(true);
    expect(sourceAgrees(spanOf("he"), { sourceText: "Ruiz" }, predictionHeads({ sourceText: "Ruiz" }, undefined), [spanOf("Mayor Ruiz")])).toBe(true);
    expect(sourceAgrees(spanOf("he"), { sourceText: "Ruiz" }, predictionHeads({ sourceText: "Ruiz" }, undefined), [spanOf("Chief Dole")])).toBe(false);
  });

  it("should resolve a relative pronoun source to the phrase before it", () => {
    const text = "The plan was backed by Chief Omar Dole, who said it was cheap.";
    const at = text.indexOf("who");
    expect(relativeAntecedent(text, at).text).toBe("Chief Omar Dole");
    const heads = predictionHeads({ sourceText: "Dole" }, undefined);
    expect(sourceAgrees(spanOf("who"), { sourceText: "Dole" }, heads, [relativeAntecedent(text, at)])).toBe(true);
  });

  it("should accept the artifact PolNeAR puts in the cue as the source", () => {
    const heads = predictionHeads({ sourceText: "a court filing" }, undefined);
    expect(sourceAgrees(spanOf("the county clerk"), { sourceText: "a court filing" }, heads, [], spanOf("according to a court filing by"))).toBe(true);
  });

  it("should put a sentence on an annotation by its cue or by most of its content", () => {
    const doc = parseBrat("T1\tCue 10 14\tsaid\nT2\tContent 20 60\tx\nT3\tSource 0 9\tx\nE1\tAttribution:T1 Cue:T1 Content:T2 Source:T3", "x".repeat(80));
    const a = doc.attributions[0]!;
    expect(sentenceOnAnnotation({ start: 0, end: 19 }, a)).toBe(true);
    expect(sentenceOnAnnotation({ start: 30, end: 50 }, a)).toBe(true);
    expect(sentenceOnAnnotation({ start: 55, end: 80 }, a)).toBe(false);
    expect(annotationKind(a)).toBe("named source");
  });
});

describe("scoreArticle", () => {
  const text = [
    "Bridge Reopens",
    "",
    "Mayor Ana Ruiz said the bridge was safe.",
    "",
    "“We tested every cable,” she said. “It took a month.”",
    "",
    "The engineers believe the repairs will last.",
    "",
    "Traffic resumed at noon, police said.",
  ].join("\n");
  const ann = [
    span(text, "T1", "Source", "Mayor Ana Ruiz"),
    span(text, "T2", "Cue", "said"),
    span(text, "T3", "Content", "the bridge was safe"),
    "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
    `T4\tContent ${text.indexOf("“We")} ${text.indexOf(",” she") + 2};${text.indexOf("“It")} ${text.indexOf("month.”") + 7}\tquote`,
    span(text, "T5", "Source", "she", text.indexOf("“We")),
    span(text, "T6", "Cue", "said", text.indexOf("“We")),
    "E2\tAttribution:T6 Source:T5 Cue:T6 Content:T4",
    span(text, "T7", "Source", "The engineers"),
    span(text, "T8", "Cue", "believe"),
    span(text, "T9", "Content", "the repairs will last"),
    "E3\tAttribution:T8 Source:T7 Cue:T8 Content:T9",
    span(text, "T10", "Source", "police"),
    span(text, "T11", "Cue", "said", text.indexOf("police")),
    span(text, "T12", "Content", "Traffic resumed at noon"),
    "E4\tAttribution:T11 Source:T10 Cue:T11 Content:T12",
  ].join("\n");

  it("should judge each prediction and leave beliefs out of recall", async () => {
    const converted = convertArticle(text);
    const data = await extract(converted.markdown, "bridge.md");
    const score = scoreArticle(text, converted, parseBrat(ann, text), data);
    expect(score.annotations.map((a) => [a.id, a.scored, a.outOfScope])).toEqual([
      ["E1", true, null],
      ["E2", true, null],
      ["E3", false, "not speech"],
      ["E4", true, null],
    ]);
    // Every tagged sentence here is on an annotation with a matching source.
    expect(score.predictions.length).toBeGreaterThanOrEqual(3);
    expect(score.predictions.filter((p) => !p.correct)).toEqual([]);
    expect(score.annotations.filter((a) => a.scored && !a.found).map((a) => a.id)).toEqual([]);
    expect(score.predictions.map((p) => p.rule)).toContain("(none)");
  });

  it("should call a prediction on the wrong source false", async () => {
    const converted = convertArticle(text);
    const data = await extract(converted.markdown, "bridge.md");
    const wrong = { ...data, attributions: data.attributions.map((a) => ({ ...a, source: "x", sourceText: "the governor" })), sources: [] };
    const score = scoreArticle(text, converted, parseBrat(ann, text), wrong);
    expect(score.predictions.every((p) => !p.correct && p.reason === "wrong source")).toBe(true);
    expect(score.annotations.filter((a) => a.found)).toEqual([]);
  });
});
