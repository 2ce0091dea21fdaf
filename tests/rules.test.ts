import { describe, expect, it } from "vitest";
import { findAttributions } from "../src/nlp/attribution.ts";

/** A sentence and what one rule should find in it: [sentence, source, via, pronoun]. */
type Row = [string, string, string | null, boolean?];

const RULES: Record<string, Row[]> = {
  "according-to": [
    ["According to the Russian military, 62 Syrian soldiers were killed.", "the Russian military", null],
    ["According to her, the road was closed.", "her", null, true],
    ["According to a statement from the ministry, 12 people died.", "the ministry", null],
    ["According to figures released by the railway ministry, 40 trains were cancelled.", "the railway ministry", null],
    ["The boat sank near the coast, with some 500 injured according to rescue officials.", "rescue officials", null],
  ],
  conduit: [
    ["Interfax quoted the governor as saying 12 people died.", "the governor", "Interfax"],
    ["AFP quoted him as saying the road was closed.", "him", "AFP", true],
    ["The news agency quoted a local official, Ali Hamid, as saying 30 houses burned.", "a local official, Ali Hamid", "The news agency"],
  ],
  "passive-conduit": [
    ["The mayor was quoted by local radio as saying 30 homes burned.", "The mayor", "local radio"],
    ["The governor was reported as saying the dam held.", "The governor", null],
  ],
  "absolute-clause": [["Shops stayed shut, with local radio reporting that three people had been shot.", "local radio", null]],
  participle: [
    ["The ministry raised its estimate on Monday, saying more bodies had been found.", "The ministry", null],
    ["Protesters marched on the capital, claiming 300 had been arrested.", "Protesters", null],
  ],
  "figure-verb": [
    ["Officials put the death toll at 83.", "Officials", null],
    ["Pakistan has raised the death toll from the quake to 73,276.", "Pakistan", null],
    ["Police put it at 8,000.", "Police", null],
  ],
  "as-reported-by": [["Twelve people died in the fire, as reported by officials and hospital sources.", "officials and hospital sources", null]],
  "passive-agent": [
    ["A fatalities count of 281 issued Monday by the government was disputed.", "the government", null],
    ["A report issued by the Observatory earlier this week put the toll at 45,000.", "the Observatory", null],
  ],
  "relative-speaker": [
    ["The mayor thanked Chief Ana Ruiz, who said the fire was out by noon.", "Chief Ana Ruiz", null],
    ["No one mentioned Karl Beck, who later announced that he would resign.", "Karl Beck", null],
  ],
  "closing-speaker": [["The survivor told rescuers he had been at sea for days, the captain said.", "the captain", "The survivor"]],
  "speaker-verb": [
    ["The health ministry said 40 people were killed in the attack.", "The health ministry", null],
    ["At least 12 people were killed, police said.", "police", null],
    ["It added that the toll could rise.", "It", null, true],
    ["The agency, citing hospital officials, said 30 people died.", "The agency", "hospital officials"],
    ["NTSA figures show 12 people died on the roads.", "NTSA figures", null],
    // An aside between commas before the verb belongs to no speaker.
    ["The coroner, however, said the cause was unclear.", "The coroner", null],
    ["The harbour authority, in a short statement on Friday, said two boats sank.", "The harbour authority", null],
    // A question or request after the hearer: "asked X whether / if / to".
    ["The senator asked the harbour master whether the pier was safe.", "The senator", null],
    ["A reporter asked Lopez if she would run again.", "A reporter", null],
    ["The coach asked parents to keep the children home.", "The coach", null],
    // An infinitive cue after "went on to" or "continued to": the subject of "went" speaks.
    ["The mayor went on to say that the budget was tight.", "The mayor", null],
    ["The spokeswoman continued to say the talks were going well.", "The spokeswoman", null],
  ],
  "second-verb": [
    ["The minister announced new aid and said 40 people had died.", "The minister", null],
    ["The governor toured the site and said 12 people had died.", "The governor", null],
    ["Garcia praised the crew but went on to say the boats were too old.", "Garcia", null],
    // A nearer clause with its own subject: that subject speaks, not the main clause's.
    ["The crowd cheered when the mayor cut the ribbon and said the bridge was open.", "the mayor", null],
    ["The hearing ended after the judge announced the verdict and said the case was closed.", "the judge", null],
    // A wire dateline is no subject.
    ["LIMA, Peru (AP) — The minister visited the port on Friday and said 3 ships had sunk.", "The minister", null],
    // A relative clause is its antecedent's: "who" opens no clause with a subject of its own.
    ["The judge, who heard the case in May and said little about it, retired.", "The judge", null],
  ],
  "verb-speaker": [
    ["The bridge will reopen next week, said a spokesman for the city council.", "a spokesman for the city council", null],
    ["Two reporters were detained, reports the International Federation of Journalists.", "the International Federation of Journalists", null],
    ["“We ran,” said Ali Hassan on Monday.", "Ali Hassan", null],
  ],
};

describe("attribution rules", () => {
  for (const [rule, rows] of Object.entries(RULES)) {
    it.each(rows)(`should find with '${rule}': %s`, (sentence, source, via, pronoun = false) => {
      const found = findAttributions(sentence).map((f) => ({ rule: f.rule, source: f.sourceText, via: f.via, pronoun: f.pronoun }));
      expect(found).toEqual([{ rule, source, via, pronoun }]);
    });
  }

  it.each([
    ["The floods claimed the lives of 40 people."],
    ["The army has not commented."],
    ["The UN confirmed his attendance."],
    ["She left with her brothers reporting for work."],
    ["He asked for a lawyer and left."],
    ["A nurse, who asked not to be named, waited outside."],
    ["The road went on to the coast."],
    ["Does the council meet and say the budget is fine?"],
  ])("should find no speech in %s", (sentence) => {
    expect(findAttributions(sentence)).toEqual([]);
  });
});
