import { describe, expect, it } from "vitest";
import { findAttributions, quoteMarks } from "../src/nlp/attribution.ts";
import { tokenize } from "../src/nlp/tokens.ts";

const sources = (sentence: string) => findAttributions(sentence).map((a) => a.sourceText);
const first = (sentence: string) => findAttributions(sentence)[0];

describe("findAttributions", () => {
  it("should find a speaker before a reporting verb", () => {
    expect(sources("The health ministry said 40 people were killed in the attack.")).toEqual(["The health ministry"]);
    expect(sources("Local officials have warned that the dam could fail.")).toEqual(["Local officials"]);
  });

  it("should find a speaker after the statement", () => {
    expect(sources("At least 12 people were killed, police said.")).toEqual(["police"]);
    expect(sources("The bridge will reopen next week, said a spokesman for the city council.")).toEqual(["a spokesman for the city council"]);
    expect(sources("Two reporters were detained, reports the International Federation of Journalists.")).toEqual([
      "the International Federation of Journalists",
    ]);
  });

  it("should read two apostrophes as a double quotation mark, as plain-text copy writes it", () => {
    expect(first("''The levee held through the night,'' said Maria Lopez, a county engineer.")).toMatchObject({
      sourceText: "Maria Lopez",
      kind: "direct-quote",
    });
    expect(first("The mayor told residents: ''Stay off the roads until noon.''")).toMatchObject({ sourceText: "The mayor", kind: "direct-quote" });
    expect(quoteMarks("''Go home,'' he said.").map((m) => [m.at, m.type])).toEqual([[0, "open"], [10, "close"]]);
    expect(tokenize("''Go").map((t) => [t.text, t.start, t.end])).toEqual([['"', 0, 2], ["Go", 2, 4]]);
    // A single apostrophe stays what it was: a possessive or a closing single quote.
    expect(quoteMarks("The farmers' union said prices fell.")).toEqual([]);
  });

  it("should read 'According to X' with and without a comma", () => {
    expect(first("According to the Red Cross, 300 families were displaced.")).toMatchObject({ sourceText: "the Red Cross", kind: "according-to" });
    expect(first("According to witnesses soldiers fired into the air.")).toMatchObject({ sourceText: "witnesses", kind: "according-to" });
  });

  it("should keep titles and appositions with the speaker", () => {
    expect(sources("Interior Minister Jane Okafor told reporters the curfew would be lifted.")).toEqual(["Interior Minister Jane Okafor"]);
    expect(sources("The mayor's chief of staff, Tom Reyes, said the figures were preliminary.")).toEqual([
      "The mayor's chief of staff, Tom Reyes",
    ]);
  });

  it("should skip a relative clause or an age between speaker and verb", () => {
    expect(sources("The Syrian Observatory, which monitors the war through a network of sources, said 20 people died.")).toEqual([
      "The Syrian Observatory",
    ]);
    expect(sources("Smith, 45, said he had lost his home.")).toEqual(["Smith"]);
  });

  it("should credit the body behind a statement named after 'According to'", () => {
    expect(sources("According to a statement from the interior ministry, 14 people were arrested.")).toEqual(["the interior ministry"]);
    expect(sources("According to figures released by the railway ministry, 1,200 passengers were on board.")).toEqual(["the railway ministry"]);
  });

  it("should read announcements as speech only when they report a clause", () => {
    expect(sources("The government officially announced on Saturday that its search had ended.")).toEqual(["The government"]);
    expect(sources("The ministry announced a curfew.")).toEqual([]);
  });

  it("should give the quoted speaker, not the conduit, for 'X quoted Y as saying'", () => {
    const a = first("State television quoted a police commander as saying the crowd had dispersed.");
    expect(a).toMatchObject({ sourceText: "a police commander", via: "State television" });
  });

  it("should record a conduit named with 'citing'", () => {
    const a = first("The agency reported, citing a hospital source, that nine people had died.");
    expect(a).toMatchObject({ sourceText: "The agency", via: "a hospital source" });
  });

  it("should read 'put the death toll at' as a cue", () => {
    expect(first("The Red Crescent put the death toll at 57.")).toMatchObject({ sourceText: "The Red Crescent", cue: "put the death toll at" });
  });

  it("should credit a figure given by a passive agent", () => {
    const found = findAttributions("The toll rose to 90, up from a count of 70 released on Sunday by the army.");
    expect(found.map((f) => f.sourceText)).toContain("the army");
  });

  it("should find two speakers in one sentence and split the statement between them", () => {
    const found = findAttributions("Organisers said 20,000 people took part, but police put the number at 8,000.");
    expect(found.map((f) => f.sourceText)).toEqual(["Organisers", "police"]);
    expect(found[0]!.span[1]).toBeLessThanOrEqual(found[1]!.span[0]);
  });

  it("should keep a nested report as one statement by the outer speaker", () => {
    expect(sources("The newspaper reports that a senior official told its reporter that talks had failed.")).toEqual(["The newspaper"]);
  });

  it("should report pronouns for the caller to resolve", () => {
    expect(first("He added that the investigation was continuing.")).toMatchObject({ sourceText: "He", pronoun: true });
  });

  it("should mark statements with quotation marks as direct quotes", () => {
    expect(first("The minister said the attack was “an act of cowardice”.")?.kind).toBe("direct-quote");
    expect(first("The minister said the attack was cowardly.")?.kind).toBe("indirect");
  });

  it("should leave narration untagged", () => {
    for (const sentence of [
      "The strikes, attributed to the army, destroyed three bridges.",
      "The army, which rarely comments on operations, moved troops north.",
      "The ceasefire, said to hold since Monday, collapsed overnight.",
      "The protests were called by the students' union.",
      "Eight people were reported killed in the flooding.",
      "The report was published on Tuesday.",
      "There have been no confirmed cases of cholera in the camp.",
    ]) {
      expect(findAttributions(sentence), sentence).toEqual([]);
    }
  });
  it("should give a coordinated reporting verb the main clause's speaker", () => {
    expect(sources("The governor visited the shelters on Friday and said more tents were on the way.")).toEqual(["The governor"]);
    expect(sources("The coach thanked the fans but said the team needed a new stadium.")).toEqual(["The coach"]);
    expect(sources("She thanked the rescuers and said the town would rebuild.")).toEqual(["She"]);
  });

  it("should read a weak cue with a counted outcome as a report", () => {
    expect(sources("Hospital officials confirmed nine deaths.")).toEqual(["Hospital officials"]);
    expect(sources("The agency reported 1,200 arrests in the first week.")).toEqual(["The agency"]);
    expect(findAttributions("The company confirmed its plans for a new factory.")).toEqual([]);
  });
  it("should skip an age and a home town between speaker and verb", () => {
    expect(sources("Resident Carla Mendes, 38, of Porto Alegre, said the water rose within minutes.")).toEqual(["Resident Carla Mendes"]);
  });

  it("should skip an apposition that has a clause of its own", () => {
    expect(sources("The Norwegian Refugee Council, a charity that runs schools in the camps, said 30 classrooms were damaged.")).toEqual(["The Norwegian Refugee Council"]);
    expect(sources("The Observatory, the group that monitors the war from Britain, said the strike hit a market.")).toEqual(["The Observatory"]);
  });

  it("should read 'warning' as a noun unless a comma or an auxiliary makes it a verb", () => {
    expect(sources("The agency issued a flood warning for the valley on Monday, the mayor said.")).toEqual(["the mayor"]);
    expect(sources("The union called a strike, warning that hospitals would close.")).toEqual(["The union"]);
  });

  it("should read a weak cue at the end of the sentence, after its speaker", () => {
    expect(sources("The bridge will stay closed until Friday, a city spokeswoman confirmed.")).toEqual(["a city spokeswoman"]);
    expect(findAttributions("The results were confirmed.")).toEqual([]);
  });
  it("should keep a dotted title inside a speaker's name", () => {
    expect(sources('"We will hold the line," said the brigade commander, Lt. Col. Anna Berg.')).toEqual(["the brigade commander, Lt. Col. Anna Berg"]);
    expect(sources("The road was cut off, said Dr. Amal Nour.")).toEqual(["Dr. Amal Nour"]);
  });

  it("should read 'claimed the lives of' as an idiom, not a claim", () => {
    expect(findAttributions("The epidemic has claimed the lives of 900 people since March.")).toEqual([]);
    expect(sources("The virus has claimed 300 lives, the ministry said.")).toEqual(["the ministry"]);
  });

  it("should read the passive 'was quoted (by Y) as saying'", () => {
    expect(first("The mayor was quoted by local radio as saying the dam would hold.")).toMatchObject({ sourceText: "The mayor", via: "local radio" });
    expect(first("A senior officer was quoted as saying the curfew would stay.")).toMatchObject({ sourceText: "A senior officer", via: null });
  });

  it("should allow an apposition inside 'X quoted Y as saying'", () => {
    expect(first("The agency quoted the head of the port authority, Sami Adel, as saying ships were diverted.")).toMatchObject({
      sourceText: "the head of the port authority, Sami Adel",
      via: "The agency",
    });
  });

  it("should read denials of responsibility or allegations as statements", () => {
    expect(sources("The militia denied involvement in the ambush.")).toEqual(["The militia"]);
    expect(findAttributions("The guards denied entry to reporters.")).toEqual([]);
  });

  it("should read crowd estimates and 'put it at' as figure reports", () => {
    expect(first("The organisers estimated the turnout at 20,000.")).toMatchObject({ sourceText: "The organisers", cue: "estimated the turnout at" });
    expect(first("Police put it at 3,500.")).toMatchObject({ sourceText: "Police", cue: "put it at" });
    expect(findAttributions("They put it on the table.")).toEqual([]);
  });
  it("should coordinate lowercase groups of sources, but not after a preposition", () => {
    expect(sources("Two bridges collapsed, doctors and local officials said.")).toEqual(["doctors and local officials"]);
    expect(sources("The town was flooded, witnesses and a police officer said.")).toEqual(["witnesses and a police officer"]);
    expect(sources("The men were beaten by police and a lawyer for the family said they needed surgery.")).toEqual(["a lawyer for the family"]);
  });

  it("should keep the name and role of 'Name, role, description of the place, said'", () => {
    expect(sources("Ana Lima, the head of Vila Nova, a fishing village of 900 people, said the school was lost.")).toEqual(["Ana Lima, the head of Vila Nova"]);
  });

  it("should leave an indefinite apposition out of a named speaker", () => {
    expect(sources("The Sawa Foundation, a Beirut-based charity, said 40 families needed shelter.")).toEqual(["The Sawa Foundation"]);
  });

  it("should read 'had long warned', promises and vows with a clause", () => {
    expect(sources("Engineers had long warned that the levee would fail.")).toEqual(["Engineers"]);
    expect(sources("The governor promised that the road would reopen by May.")).toEqual(["The governor"]);
    expect(findAttributions("The governor promised a new road.")).toEqual([]);
  });

  it("should read 'declared' as speech only with a clause", () => {
    expect(findAttributions("The president declared a state of emergency in three provinces.")).toEqual([]);
    expect(sources("The judge declared that the vote was void.")).toEqual(["The judge"]);
  });

  it("should credit the author of a count, tally or data after 'according to'", () => {
    expect(sources("At least 90 journalists were killed last year, according to a tally by the Committee to Protect Journalists.")).toEqual([
      "the Committee to Protect Journalists",
    ]);
    expect(sources("The river rose by two metres, according to data from the Commission on Water Resources.")).toEqual([
      "the Commission on Water Resources",
    ]);
    expect(sources("According to reports carried by the regional broadcaster, 14 climbers were rescued.")).toEqual([
      "the regional broadcaster",
    ]);
  });

  it("should read a weak cue whose clause follows a setting: 'confirmed in a report that'", () => {
    expect(first("The broadcaster confirmed in a report that two of its crew had been detained.")).toMatchObject({ sourceText: "The broadcaster", cue: "confirmed" });
    expect(first("The coast guard acknowledged in a news release that the search had been called off.")).toMatchObject({ sourceText: "The coast guard" });
  });

  it("should read a verb that characterises its object in quoted words as a direct quotation", () => {
    expect(first("The governor called the shooting “a senseless tragedy”.")).toMatchObject({ sourceText: "The governor", cue: "called", kind: "direct-quote" });
    expect(first("Union leader Rosa Kim described the offer as “an insult to nurses”.")).toMatchObject({ sourceText: "Union leader Rosa Kim", cue: "described" });
    const both = findAttributions("In what a coastguard officer described as “a miracle”, rescuers pulled four men from the water, the agency reported.");
    expect(both.map((f) => f.sourceText)).toEqual(["a coastguard officer", "the agency"]);
    // No object, a passive, or no quotation: no statement.
    expect(findAttributions("A group called “Mothers for Peace” marched on Sunday.")).toEqual([]);
    expect(findAttributions("The blast was described as “huge” on social media.")).toEqual([]);
    expect(findAttributions("The mayor called the fire brigade at noon.")).toEqual([]);
    expect(findAttributions("The council called for a “pause” in the works.")).toEqual([]);
  });

  it("should take the speaker before a relative clause with no commas: 'A nurse who treated the wounded said'", () => {
    expect(first("A nurse who treated many of the wounded said the ward was full.")).toMatchObject({ sourceText: "A nurse", cue: "said" });
    expect(first("One driver who asked not to be named said the road was closed.")).toMatchObject({ sourceText: "One driver who asked not to be named" });
  });

  it("should read 'confirmed the deaths of N people' as a statement of the count", () => {
    expect(first("The local hospital has confirmed the deaths of at least nine patients.")).toMatchObject({ sourceText: "The local hospital", cue: "confirmed" });
    expect(findAttributions("The council confirmed the deaths of the old policy.")).toEqual([]);
  });

  it("should credit the issuer of a statement 'saying' something, not the statement", () => {
    expect(first("The railway company issued a statement saying the line would reopen on Friday.")).toMatchObject({ sourceText: "The railway company", cue: "saying" });
  });

  it("should read no speaker in a negated cue or a negative subject", () => {
    expect(findAttributions("The ministry has not commented on the report.")).toEqual([]);
    expect(findAttributions("Police would not say how many people were hurt.")).toEqual([]);
    expect(findAttributions("No one has claimed the attack.")).toEqual([]);
    expect(sources("The army denied the reports.")).toEqual(["The army"]);
  });

  it("should keep an acronym in apposition after 'according to'", () => {
    expect(sources("Some 5,000 people fled, according to the UN children's agency, UNICEF.")).toEqual(["the UN children's agency, UNICEF"]);
  });

  it("should read a weak cue after its speaker mid-sentence or in a relative clause", () => {
    expect(sources("The toll rose to 12, local media reported, as the search went on.")).toEqual(["local media"]);
    expect(sources("Activists said 30 people were arrested, which the police denied.")).toEqual(["Activists", "the police"]);
  });

  it("should keep 'surnamed' and 'named' inside a speaker's description", () => {
    expect(sources("A shopkeeper surnamed Li told reporters the street was empty.")).toEqual(["A shopkeeper surnamed Li"]);
  });

  it("should leave a time or setting after an inverted speaker out of the name", () => {
    expect(sources("The talks will resume, said Foreign Minister Rui Costa on Friday.")).toEqual(["Foreign Minister Rui Costa"]);
    expect(sources("The talks will resume, said a ministry spokeswoman in a statement.")).toEqual(["a ministry spokeswoman"]);
  });
  it("should coordinate groups of sources and keep a name going after a source head in 'according to'", () => {
    expect(sources("Nine people died, according to rescuers and witnesses.")).toEqual(["rescuers and witnesses"]);
    expect(sources("Rents rose 9 percent, according to the Housing Data Institute.")).toEqual(["the Housing Data Institute"]);
  });

  it("should skip an age and a relative clause between speaker and verb", () => {
    expect(sources("Lena Ortiz, 52, who runs a bakery on the square, said the windows shattered.")).toEqual(["Lena Ortiz"]);
  });

  it("should read 'gave a toll of N' as a figure report", () => {
    expect(first("The regional health office gave a toll of 17 dead.")).toMatchObject({ sourceText: "The regional health office" });
  });

  it("should read 'recorded' or 'documented' with a counted outcome as a report", () => {
    expect(sources("The monitoring group documented 48 killings in May.")).toEqual(["The monitoring group"]);
    expect(findAttributions("The station recorded 40 millimetres of rain.")).toEqual([]);
  });
  it("should give a coordinated verb the speaker of a main clause with a relative clause", () => {
    expect(sources("The mayor, who toured the shelters, promised new tents and said schools would reopen.")).toEqual(["The mayor"]);
  });

  it("should read 'denied this' and 'denied it' as statements", () => {
    expect(sources("The company's chief executive, Lina Park, denied it.")).toEqual(["The company's chief executive, Lina Park"]);
  });

  it("should keep a plural possessive inside a speaker's name", () => {
    expect(sources("Teachers' union Unidos said the schools would stay shut.")).toEqual(["Teachers' union Unidos"]);
  });

  it("should read 'reports' and 'report' as nouns before a reporting verb and inside a source", () => {
    expect(sources("The storm flattened 300 homes, news reports said on Monday.")).toEqual(["news reports"]);
    expect(sources("Local reports said 14 miners were trapped.")).toEqual(["Local reports"]);
    expect(sources("The dam burst after days of rain, said the report.")).toEqual(["the report"]);
    expect(first("Nine died, according to a WHO report published on Friday.")).toMatchObject({ sourceText: "a WHO report" });
    expect(first("According to hospital reports, 20 were hurt.")).toMatchObject({ sourceText: "hospital reports" });
    // Still a verb with a clause after it.
    expect(first("The agency reports that 12 people drowned.")).toMatchObject({ sourceText: "The agency", cue: "reports" });
  });

  it("should read a weak cue as speech when a quotation comes just before its speaker", () => {
    expect(first("“We will not leave,” the families announced at a rally.")).toMatchObject({ sourceText: "the families", kind: "direct-quote" });
    expect(sources("The families announced a march on the capital.")).toEqual([]);
  });

  it("should read 'X was reported as saying' like 'quoted as saying'", () => {
    expect(first("Rescue officials were reported as saying that 40 people were missing.")).toMatchObject({ sourceText: "Rescue officials" });
  });

  it("should let 'according to X' that closes the sentence speak for the whole of it", () => {
    const sentence = "Nine people died in the north, with some 40 hurt according to hospital staff.";
    expect(first(sentence)).toMatchObject({ sourceText: "hospital staff", span: [0, sentence.length] });
    // Mid-sentence, it speaks for what follows.
    const middle = "The storm hit at dawn and according to the coast guard 12 boats sank.";
    expect(first(middle)!.span[0]).toBe(middle.indexOf("according"));
    // What a source issued goes on its name: "a police briefing" still closes the sentence.
    const briefing = "Six miners died in the flooded shaft according to a police briefing.";
    expect(first(briefing)).toMatchObject({ sourceText: "a police briefing", span: [0, briefing.length] });
  });

  it("should read a clause without 'that' after a weak cue, and a pronoun quoted by a conduit", () => {
    expect(first("The rebels denied there had been any fighting in the town.")).toMatchObject({ sourceText: "The rebels", cue: "denied" });
    expect(first("“We are ready,” Reuters quoted her as saying.")).toMatchObject({ sourceText: "her", via: "Reuters", pronoun: true });
  });

  it("should report a pronoun after 'according to'", () => {
    expect(first("According to him, the talks had failed.")).toMatchObject({ sourceText: "him", pronoun: true, kind: "according-to" });
  });

  it("should read 'states' after an adjective as a noun, not a cue", () => {
    expect(sources('The envoy urged neighbouring states "to open their borders to the refugees".')).toEqual([]);
    expect(sources("The agency appealed to member states for more funding.")).toEqual([]);
    expect(sources("The official states that the road is closed.")).toEqual(["The official"]);
  });

  it("should read 'claimed ... lives' as deaths even with a qualified number between", () => {
    expect(sources("The storm has claimed at least 45 lives across the region, the weather service said.")).toEqual(["the weather service"]);
  });

  it("should credit figures, data and records that show or indicate", () => {
    expect(sources("Road deaths rose by a fifth last year, ministry figures show.")).toEqual(["ministry figures"]);
    expect(sources("Hospital records indicate that 60 patients were admitted.")).toEqual(["Hospital records"]);
    expect(sources("Satellite pictures show flooded fields.")).toEqual([]);
  });

  it("should give a second speaker coordinated after ', and' a statement of its own", () => {
    expect(sources("The airline said 40 flights were cancelled, and the airport authority said queues had eased.")).toEqual([
      "The airline",
      "the airport authority",
    ]);
  });

  it("should skip a manner adverb in -ly between speaker and verb", () => {
    expect(sources("The agency wrongly reported that the pass was open.")).toEqual(["The agency"]);
    expect(sources("The family said the boy was safe.")).toEqual(["The family"]);
  });

  it("should read 'raised the toll from N' as a figure report", () => {
    expect(sources("The governor raised the death toll from 9 after divers found more bodies.")).toEqual(["The governor"]);
  });

  it("should keep a person named before 'with' and their body together", () => {
    expect(sources("Maria Lopez with the county fire service said the blaze was contained.")).toEqual(["Maria Lopez with the county fire service"]);
  });

  it("should end a document's agent before a time phrase and give it the relative clause", () => {
    const a = first("The rise follows a report released by the health bureau last week that put the toll at 80.");
    expect(a).toMatchObject({ sourceText: "the health bureau" });
    expect(a!.span[1]).toBe("The rise follows a report released by the health bureau last week that put the toll at 80.".length);
  });

  it("should find an inverted speaker described by a relative clause or a participle phrase", () => {
    expect(sources("The bridge gave way at dawn, said a fire officer who asked not to be named.")).toEqual(["a fire officer"]);
    expect(sources("Nine workers were trapped, said a mine official contacted by phone in the capital.")).toEqual(["a mine official"]);
  });

  it("should read 'say' after a quantifier as a noun, not a cue", () => {
    expect(sources("Farmers want more say over how the river is shared.")).toEqual([]);
    expect(sources("Voters should have the final say on the treaty.")).toEqual([]);
    expect(sources("Farmers say the river is drying up.")).toEqual(["Farmers"]);
  });

  it("should keep a role noun and the body it serves with as one person", () => {
    expect(sources("“We ran out of stretchers,” a volunteer with the Green Cross said.")).toEqual(["a volunteer with the Green Cross"]);
    expect(sources("An aid worker with the charity said the road was cut.")).toEqual(["An aid worker with the charity"]);
  });

  it("should keep a middle initial inside a speaker's name", () => {
    expect(sources("Major Lena T. Okafor said the search would resume at dawn.")).toEqual(["Major Lena T. Okafor"]);
  });

  it("should read 'emphasized' and 'reiterated' as cues", () => {
    expect(sources("She emphasized: “The inquiry is still open.”")).toEqual(["She"]);
    expect(sources("The ministry reiterated that the border would stay shut.")).toEqual(["The ministry"]);
  });

  it("should never take the hearer of 'told' for an inverted speaker, and allow a stray comma after a quoted speaker", () => {
    expect(sources("Prices kept rising, told reporters.")).toEqual([]);
    expect(sources("“It could take weeks,” Tom Reyes of the county water board, told reporters.")).toEqual(["Tom Reyes of the county water board"]);
  });

  it("should credit a sentence-closing speaker with an earlier nested speaker as the conduit", () => {
    const found = findAttributions("The driver told police he had swerved to avoid a dog, the sheriff said.");
    expect(found.map((a) => [a.sourceText, a.via])).toEqual([["the sheriff", "The driver"]]);
  });

  it("should extend 'according to' over a name in apposition that closes the sentence", () => {
    expect(sources("The pump failed overnight, according to the mayor's spokesman, Ivo Petrak.")).toEqual(["the mayor's spokesman, Ivo Petrak"]);
  });

  it("should keep two coordinated speakers together before a determiner", () => {
    expect(sources("Two guards were hurt in the brawl, a nurse and a prison official said.")).toEqual(["a nurse and a prison official"]);
    expect(sources("Radio Sol and the state news agency, quoting the governor, said nine people drowned.")).toEqual(["Radio Sol and the state news agency"]);
    expect(sources("The storm flooded a school and the ministry said classes would move online.")).toEqual(["the ministry"]);
  });

  it("should start a new statement after a clause opened by 'while' ends at its comma", () => {
    expect(sources("While some residents said the dam had burst, the engineer said it held.")).toEqual(["some residents", "the engineer"]);
  });

  it("should read 'reports had said' with 'reports' as the subject's head noun", () => {
    expect(sources("Early reports had said that a gas leak caused the fire.")).toEqual(["Early reports"]);
  });

  it("should find an inverted speaker with an adjective in -ed", () => {
    expect(sources("“The water came so fast,” said a frightened resident who lost her car.")).toEqual(["a frightened resident"]);
  });

  it("should keep an anonymity clause with the speaker it describes", () => {
    expect(sources("A guard who asked not to be named told reporters that the gate was open.")).toEqual(["A guard who asked not to be named"]);
  });

  it("should prefer a sentence-closing inverted speaker to a subject across a participle clause", () => {
    expect(sources("Crews have not reached the lower floors, meaning the toll may rise, say local reporters.")).toEqual(["local reporters"]);
    expect(sources("Passenger Ana Ruiz, 40, of Leon, said the bus tipped over.")).toEqual(["Passenger Ana Ruiz"]);
  });

  it("should keep a name whose apposition lacks its closing comma", () => {
    expect(sources("Crews are “working around the clock,” Tunde Bello, a spokesman for the agency said.")).toEqual(["Tunde Bello, a spokesman for the agency"]);
  });

  it("should read a clause without 'that' after a weak cue, and keep 'reiterated' weak", () => {
    expect(sources("Witnesses suggest the bridge was already cracked.")).toEqual(["Witnesses"]);
    expect(sources("The council reiterated its support for the mayor.")).toEqual([]);
    // The clause may follow a time phrase: "announced Sunday she will ...".
    expect(sources("The coach announced on Monday he would retire in June.")).toEqual(["The coach"]);
    // "nothing" is what was said, never an inverted speaker; the speaker stands before the aside.
    expect(sources("Police, however, said nothing.")).toEqual(["Police"]);
  });

  it("should credit a sentence to an agent in a closing 'as reported by'", () => {
    expect(sources("Eleven people drowned in the flash flood, as reported by local officials and rescuers.")).toEqual(["local officials and rescuers"]);
  });

  it("should keep sources quoted by an agency as the speaker, the agency as the conduit", () => {
    const found = findAttributions("The cause is unknown, but sources quoted by the Tanjug agency said a valve failed.");
    expect(found.map((a) => [a.sourceText, a.via])).toEqual([["sources", "the Tanjug agency"]]);
  });

  it("should keep the earlier speaker when the sentence closes with an agency's report", () => {
    expect(sources("The bomber injured 23 people, the governor's spokesman Ali Noor said, Reuters reports.")[0]).toBe("the governor's spokesman Ali Noor");
  });

  it("should find a speaker in an absolute clause opened by 'with'", () => {
    expect(sources("Shops stayed shut, with local radio reporting that three people had been shot.")).toEqual(["local radio"]);
    expect(sources("She left with her brothers reporting for work.")).toEqual([]);
  });

  it("should read a noun in '-ly' as a speaker's head, one list for every rule that asks", () => {
    expect(sources("The weekly reported that two reporters had been detained.")).toEqual(["The weekly"]);
    expect(sources("The family said the boy had been missing since Monday.")).toEqual(["The family"]);
  });
});

describe("questions as statements", () => {
  it("should credit a quoted question to its asker", () => {
    expect(sources("“Who will pay for the new bridge?” the mayor asked.")).toEqual(["the mayor"]);
    expect(sources("Councillor Ada Brenner asked, “Where did the money go?”")).toEqual(["Councillor Ada Brenner"]);
    expect(sources("“Is the school safe?” a parent asked the board.")).toEqual(["a parent"]);
  });

  it("should not read a request or a topic as words said", () => {
    expect(sources("The family asked for privacy.")).toEqual([]);
    expect(sources("The minister asked about the delays at the port.")).toEqual([]);
  });
});

describe("the main clause's speaker of a participle", () => {
  it("should credit “, telling …” to the main clause's subject", () => {
    expect(sources("The governor toured the flooded town, telling residents that help was on the way.")).toEqual(["The governor"]);
  });

  it("should end the subject at an irregular past tense", () => {
    expect(sources("The fire chief began by thanking the crews, saying the blaze was under control.")).toEqual(["The fire chief"]);
    expect(sources("The senator sought to calm the crowd, saying the vote would go ahead.")).toEqual(["The senator"]);
  });
});

describe("names and appositions", () => {
  it("should keep a name suffix with the name", () => {
    expect(sources("Mayor Lionel Hart Jr. said the curfew would end on Sunday.")).toEqual(["Mayor Lionel Hart Jr."]);
    expect(sources("The crowd cheered for Lionel Hart Jr. He said he was grateful.")).toEqual(["He"]);
  });

  it("should read an adjective in -ed inside an apposition", () => {
    expect(sources("Dana Price, another unaffiliated Ohio Democratic organiser, said the rally was cancelled.")).toEqual([
      "Dana Price, another unaffiliated Ohio Democratic organiser",
    ]);
  });
});

describe("relative clauses", () => {
  it("should not credit a restrictive relative clause to anyone", () => {
    expect(sources("Residents who said they saw the blast were interviewed.")).toEqual([]);
    expect(sources("Officials, who said nothing, left.")).toEqual([]);
  });
});

describe("progressives and free relatives", () => {
  it("should read a cue in -ing after “be” as active", () => {
    expect(sources("The governor is telling residents that the levee will hold.")).toEqual(["The governor"]);
    expect(sources("Doctors are warning that the clinic may close.")).toEqual(["Doctors"]);
  });

  it("should not credit a cue inside a clause headed by “what”", () => {
    expect(sources("What the mayor said was misleading, the auditor said.")).toEqual(["the auditor"]);
  });
});

describe("anonymous speakers tied to what they know", () => {
  it.each([
    ["People familiar with the negotiations said a deal was close.", "People familiar with the negotiations"],
    ["A source close to the coach said he would stay.", "A source close to the coach"],
    ["Officials briefed on the inquiry say it will end in May.", "Officials briefed on the inquiry"],
    ["Two people with knowledge of the merger said it was off.", "Two people with knowledge of the merger"],
  ])("should credit %s to the whole phrase", (sentence, source) => {
    expect(sources(sentence)).toEqual([source]);
  });

  it("should leave “close to” in narration alone", () => {
    expect(sources("The flood came close to the school, the mayor said.")).toEqual(["the mayor"]);
  });
});

describe("report nouns at the head of a speaker", () => {
  it("should keep “a report in a paper” whole, and read “an earlier report” as a noun", () => {
    expect(sources("A report in a regional newspaper said the plant would close.")).toEqual(["A report in a regional newspaper"]);
    expect(sources("An earlier report said the plant would close.")).toEqual(["An earlier report"]);
    expect(sources("A few say the plant will close.")).toEqual(["A few"]);
  });
});

describe("a long opening phrase before the subject", () => {
  it("should skip a prepositional phrase up to its comma to find the speaker of a second verb", () => {
    expect(sources("In a long interview with the regional public broadcaster, the mayor praised the crews and said the river had crested.")).toEqual([
      "the mayor",
    ]);
  });
});

describe("a time phrase opening the sentence without a comma", () => {
  it("should not be the speaker of a second verb", () => {
    expect(sources("A few hours later they changed course and said the vote would go ahead.")).toEqual(["they"]);
  });
});

describe("opening participial phrases", () => {
  it("should skip a participle's phrase up to its comma to find the speaker", () => {
    expect(sources("Speaking to reporters outside the court on Friday, the lawyer thanked the jury and said the verdict was fair.")).toEqual([
      "the lawyer",
    ]);
    expect(sources("Asked whether she would resign, the minister smiled and said no.")).toEqual(["the minister"]);
  });

  it("should keep a name after “Even” with its apposition", () => {
    const [source] = sources("Even Norway, the fund's largest backer, said it was opposed to the plan.");
    expect(source).toMatch(/Norway, the fund's largest backer$/);
  });
});

describe("a phrase right after a preposition", () => {
  it("should not be the speaker: it is the tail of a longer subject", () => {
    expect(sources("Most of the families moving into the shelters on Sunday say they lost everything.")).toEqual([]);
  });

  it("should still credit “as X said” and a name after a preposition", () => {
    expect(sources("The bridge was unsafe, as the engineer said on Monday.")).toEqual(["the engineer"]);
  });
});
