import { describe, expect, it } from "vitest";
import { displayName, SourceResolver } from "../src/nlp/resolve.ts";
import { coordinatesTwoHeads, isPlural, isVagueSource, normaliseName, personalName } from "../src/nlp/sources.ts";

describe("normaliseName", () => {
  it("should give one key to the ways prose names one body", () => {
    expect(normaliseName("Russia’s defense ministry")).toBe(normaliseName("The Russian defence ministry"));
    expect(normaliseName("the U.S. military")).toBe(normaliseName("The US military"));
    expect(normaliseName("The UK-based Syrian Observatory for Human Rights")).toBe(normaliseName("Syrian Observatory for Human Rights"));
  });

  it("should name a body by its own name, not the description in apposition before it", () => {
    expect(displayName("The march organisers, Stop the War Coalition")).toBe("Stop the War Coalition");
    expect(displayName("the official Xinhua News Agency")).toBe("Xinhua News Agency");
  });

  it("should read 'the official X' as X", () => {
    expect(normaliseName("the official Xinhua News Agency")).toBe(normaliseName("Xinhua News Agency"));
    expect(normaliseName("an official")).not.toBe(normaliseName("the ministry"));
  });

  it("should keep different bodies apart", () => {
    expect(normaliseName("The Russian foreign ministry")).not.toBe(normaliseName("The Russian defense ministry"));
  });
});

describe("personalName", () => {
  it("should find the name after titles and roles", () => {
    expect(personalName("US envoy Samantha Power")).toBe("Samantha Power");
    expect(personalName("Chairman Douglas Gwatidzo of the Zimbabwe Association of Doctors")).toBe("Douglas Gwatidzo");
    expect(personalName("A party official (Berhane Mewa)")).toBe("Berhane Mewa");
    expect(personalName("General Khan")).toBe("Khan");
  });

  it("should take a full name after a possessive for a person when it closes the mention", () => {
    expect(personalName("The Guardian's Lena Hoffmann")).toBe("Lena Hoffmann");
    expect(personalName("Reuters' East Asia correspondent Tom Ng")).toBe("Tom Ng");
  });

  it("should keep lowercase particles inside a name and skip a unit before a title", () => {
    expect(personalName("Dr. Samir al-Khouri, a surgeon")).toBe("Samir al-Khouri");
    expect(personalName("Mayor Karl van der Berg")).toBe("Karl van der Berg");
    expect(personalName("Metro Police Deputy Chief Lisa Grant")).toBe("Lisa Grant");
    expect(personalName("Sheriff Dana Cole")).toBe("Dana Cole");
  });

  it("should not take organisations or places for people", () => {
    expect(personalName("The World Health Organization")).toBeNull();
    expect(personalName("The UK-based Syrian Observatory for Human Rights")).toBeNull();
    expect(personalName("Russia and Syria")).toBeNull();
    expect(personalName("Reuters")).toBeNull();
  });
});

describe("SourceResolver", () => {
  it("should resolve registry aliases to the registry's id", () => {
    const resolver = new SourceResolver([
      { id: "mod", name: "Ministry of Defence", aliases: ["the defence ministry", "MoD"], description: null, url: null },
    ]);
    expect(resolver.resolve("The Defence Ministry")).toBe("mod");
    expect(resolver.resolve("MoD")).toBe("mod");
  });

  it("should resolve a surname to the person named in full earlier", () => {
    const resolver = new SourceResolver();
    const id = resolver.resolve("Foreign Minister Ana Lucia Torres");
    expect(resolver.resolve("Torres")).toBe(id);
    expect(resolver.sources()[0]!.name).toBe("Ana Lucia Torres");
  });

  it("should resolve 'it' to the latest organisation and 'he' to the latest person", () => {
    const resolver = new SourceResolver();
    const ministry = resolver.resolve("The interior ministry");
    const person = resolver.resolve("spokesman Ali Hassan");
    expect(resolver.resolve("It", true)).toBe(ministry);
    expect(resolver.resolve("he", true)).toBe(person);
  });

  it("should let 'it' and 'they' both refer to a collective body like the military", () => {
    const resolver = new SourceResolver();
    resolver.resolve("Mayor Lin Qiao");
    const army = resolver.resolve("the Thai military");
    expect(resolver.resolve("it", true)).toBe(army);
    expect(resolver.resolve("they", true)).toBe(army);
  });

  it("should resolve 'the official' to the latest person named with a title or role", () => {
    const resolver = new SourceResolver();
    resolver.resolve("the regional health department");
    const mayor = resolver.resolve("Mayor Tomas Ferreira");
    expect(resolver.resolve("the official")).toBe(mayor);
    // Without a person in office before it, "the official" names a source of its own.
    const fresh = new SourceResolver();
    const agency = fresh.resolve("the weather agency");
    expect(fresh.resolve("the official")).not.toBe(agency);
  });

  it("should resolve 'the governor' and 'the Ohio governor' to a person titled in full or abbreviated", () => {
    const resolver = new SourceResolver();
    const tomblin = resolver.resolve("Governor Earl Tomblin");
    const beshear = resolver.resolve("Kentucky Gov. Andy Beshear");
    expect(resolver.resolve("the governor")).toBe(beshear);
    expect(resolver.resolve("The West Virginia governor")).toBe(beshear);
    resolver.resolve("Tomblin");
    expect(resolver.resolve("the governor")).toBe(tomblin);
    // A place before a word that is no title is a name of its own.
    expect(resolver.resolve("the Kentucky ministry")).not.toBe(beshear);
  });

  it("should resolve a capitalised head noun to the full name given earlier", () => {
    const resolver = new SourceResolver();
    const id = resolver.resolve("the Syrian Observatory for Human Rights");
    expect(resolver.resolve("the Observatory")).toBe(id);
  });

  it("should resolve a definite description to the latest source with that head noun or title", () => {
    const resolver = new SourceResolver();
    const ministry = resolver.resolve("the Iraqi interior ministry");
    const judge = resolver.resolve("Judge Maria Alves");
    resolver.resolve("Amnesty International");
    expect(resolver.resolve("The ministry")).toBe(ministry);
    expect(resolver.resolve("the judge")).toBe(judge);
    expect(resolver.resolve("the agency")).not.toBe(ministry);
  });

  it("should read a role before a place as a person and a name in apposition to a body as the body", () => {
    const resolver = new SourceResolver();
    const nurse = resolver.resolve("a nurse at the district hospital");
    resolver.resolve("the ministry");
    expect(resolver.resolve("she", true)).toBe(nurse);
    const firm = resolver.resolve("The building's owners, Harbour View Properties");
    expect(resolver.resolve("Harbour View Properties")).toBe(firm);
    expect(resolver.resolve("they", true)).toBe(firm);
  });

  it("should not take a capitalised common noun for the head of an earlier name", () => {
    const resolver = new SourceResolver();
    const fire = resolver.resolve("fire officials");
    expect(resolver.resolve("Officials")).not.toBe(fire);
  });

  it("should let a pronoun refer to a person the narration named", () => {
    const resolver = new SourceResolver();
    resolver.resolve("Fire Chief Ana Ruiz");
    resolver.noteSubject("Tom Hale, 70,");
    expect(resolver.sources().map((s) => s.name)).toEqual(["Ana Ruiz"]);
    const tom = resolver.resolve("he", true);
    expect(resolver.sources().find((s) => s.id === tom)?.name).toBe("Tom Hale");
  });

  it("should let 'they' refer to a group of officials the narration named, but not to any plural subject", () => {
    const resolver = new SourceResolver();
    resolver.resolve("local media");
    resolver.noteSubject("Rescue officials in the northern province");
    const they = resolver.resolve("they", true);
    expect(resolver.sources().find((s) => s.id === they)?.name).toBe("Rescue officials in the northern province");
    const other = new SourceResolver();
    const media = other.resolve("local media");
    other.noteSubject("Heavy rains in the north");
    expect(other.resolve("they", true)).toBe(media);
  });

  it("should resolve a document named by an adjective to the source it came from", () => {
    const resolver = new SourceResolver();
    const army = resolver.resolve("Syrian army general command");
    resolver.resolve("The Russian foreign ministry");
    expect(resolver.resolve("The Syrian statement")).toBe(army);
  });

  it("should list sources in order of first mention with every mention", () => {
    const resolver = new SourceResolver([{ id: "un", name: "United Nations", aliases: [], description: "d", url: null }]);
    resolver.resolve("Police");
    resolver.resolve("The United Nations");
    resolver.resolve("the U.N.");
    expect(resolver.sources().map((s) => [s.id, s.mentions])).toEqual([
      ["police", ["Police"]],
      ["un", ["The United Nations", "the U.N."]],
    ]);
  });

  it("should skip a place or unit qualifying a long title before the name", () => {
    expect(personalName("Coast Province deputy police commander Amina Hassan")).toBe("Amina Hassan");
    expect(personalName("Nairobi county health director Paul Otieno")).toBe("Paul Otieno");
  });

  it("should read a name after a common role noun as a person", () => {
    expect(personalName("Land rights activist Grace Achieng")).toBe("Grace Achieng");
    expect(personalName("veteran campaigner John Musa")).toBe("John Musa");
  });

  it("should read a name after an organisation and a lowercase role as a person", () => {
    expect(personalName("Harbour Workers Union vice convener Lena Marsh")).toBe("Lena Marsh");
  });

  it("should not take the person a spokesperson serves for the speaker", () => {
    expect(personalName("a spokeswoman for Mr Okonjo")).toBeNull();
    expect(personalName("an adviser to President Lima")).toBeNull();
  });

  it("should resolve 'the statement' to the body whose statement was cited before", () => {
    const resolver = new SourceResolver();
    const agency = resolver.resolve("the UN Refugee Agency");
    resolver.resolve("the statement");
    resolver.resolve("Aid chief Mara Holm");
    expect(resolver.resolve("the statement")).toBe(agency);
  });

  it("should not merge two people who share a surname but not a first name", () => {
    const resolver = new SourceResolver();
    const spokesman = resolver.resolve("railway spokesman Anil Sharma");
    expect(resolver.resolve("passenger Ravi Sharma")).not.toBe(spokesman);
    expect(resolver.resolve("Sharma")).toBe(spokesman);
  });

  it("should resolve 'the statement' to the source last noted as speaking through a statement", () => {
    const resolver = new SourceResolver();
    const police = resolver.resolve("the state police");
    resolver.noteDocument(police!);
    resolver.resolve("Human Rights Watch");
    expect(resolver.resolve("the statement")).toBe(police);
  });

  it("should resolve a definite description by the nouns and modifiers a body was named with", () => {
    const resolver = new SourceResolver();
    const agency = resolver.resolve("Chile's state Orbe news agency");
    const ministry = resolver.resolve("Peru's interior ministry");
    expect(resolver.resolve("the agency")).toBe(agency);
    expect(resolver.resolve("The interior ministry")).toBe(ministry);
    const paper = resolver.resolve("Bolivian daily newspaper El Alto");
    expect(resolver.resolve("the news outlet")).toBe(paper);
    const police = resolver.resolve("Lancashire Police");
    expect(resolver.resolve("the force")).toBe(police);
    const office = resolver.resolve("the press office of the Chilean Foreign Ministry");
    expect(resolver.resolve("the ministry")).toBe(office);
    // A modifier the body was not named with names another body.
    expect(resolver.resolve("The health ministry")).not.toBe(ministry);
  });

  it("should not take a word before a lowercase body noun for a person's name", () => {
    expect(personalName("Chile's state Orbe news agency")).toBeNull();
    expect(personalName("state Governor Ana Ruiz")).toBe("Ana Ruiz");
  });
});

describe("one source, one name", () => {
  it("should resolve a short name given in brackets to the body it names", () => {
    const r = new SourceResolver([]);
    const id = r.resolve("the National Flood Authority (Nafa)");
    expect(r.resolve("Nafa")).toBe(id);
    expect(r.nameOf(id!)).toBe("National Flood Authority");
  });

  it.each([
    ["a description before the name", ["the country's flood agency", "the National Flood and Drought Authority"]],
    ["a description after the name", ["the National Flood and Drought Authority", "the country's flood agency"]],
  ])("should merge %s into one source", (_name, mentions) => {
    const r = new SourceResolver([]);
    const ids = mentions.map((m) => r.resolve(m));
    expect(new Set(ids).size).toBe(1);
    expect(r.sources().map((s) => s.name)).toEqual(["National Flood and Drought Authority"]);
  });

  it("should not merge a description with a body whose name lacks its words", () => {
    const r = new SourceResolver([]);
    r.resolve("the country's disaster agency");
    r.resolve("the National Meteorological Authority");
    expect(r.sources()).toHaveLength(2);
  });

  it.each([
    ["Pensioner Jacqueline Morel", "Jacqueline Morel"],
    ["Retiree Paul Okafor", "Paul Okafor"],
  ])("should take an occupation before a name for a title: %j", (mention, name) => {
    expect(personalName(mention)).toBe(name);
  });
});

describe("an office then its holder", () => {
  it("should make one source of an office title and the person later named with it", () => {
    const r = new SourceResolver([]);
    const office = r.resolve("The Haitian government Communications Minister");
    expect(r.resolve("Minister Marie-Laurence Jocelyn Lassegue")).toBe(office);
    expect(r.resolve("Lassegue")).toBe(office);
    expect(r.nameOf(office!)).toBe("Marie-Laurence Jocelyn Lassegue");
  });

  it("should not take a generic role for an office, nor merge when two offices share the title", () => {
    const r = new SourceResolver([]);
    const spokesman = r.resolve("a government spokesman");
    expect(r.resolve("spokesman Ali Hassan")).not.toBe(spokesman);
    const s = new SourceResolver([]);
    s.resolve("the Health Minister");
    s.resolve("the Interior Minister");
    expect(s.resolve("Minister Ana Costa")).not.toBe(s.resolve("the Health Minister"));
  });
});

describe("vague sources", () => {
  const cases: Array<[string, boolean, string]> = [
    ["Officials", true, "officials"],
    ["The party", true, "the party"],
    ["incoming reports", true, "incoming reports"],
    ["Local residents", true, "local residents"],
    ["Some analysts", true, "some analysts"],
    ["Fire officials", false, "Fire officials"],
    ["Ethiopian hospital sources", false, "Ethiopian hospital sources"],
    ["the opposition party", false, "Opposition party"],
    ["The Labour Party", false, "Labour Party"],
  ];
  it.each(cases)("should tell whether %s names its speaker only by kind (%s), and show it as %s", (mention, vague, shown) => {
    expect(isVagueSource(mention)).toBe(vague);
    expect(displayName(mention)).toBe(shown);
  });

  it("should show a vague source as the text writes it, and still resolve its later mentions to it", () => {
    const resolver = new SourceResolver();
    const id = resolver.resolve("Officials");
    expect(resolver.resolve("officials")).toBe(id);
    expect(resolver.sources().map((s) => s.name)).toEqual(["officials"]);
  });
});

describe("isPlural and coordinated sources", () => {
  const cases: Array<[string, boolean, boolean]> = [
    // name, two heads joined by "and", plural
    ["police and rescue officials", true, true],
    ["Police and medics", true, true],
    ["a witness and a local politician", true, true],
    ["the navy and the coast guard", true, true],
    ["Amina Yusuf and Peter Odhiambo", true, true],
    ["the Disaster and Emergency Management Authority", false, false],
    ["United for Peace and Justice", false, false],
    ["Ministry of Agriculture and the Environment", false, false],
    ["the search and rescue team", false, false],
    ["Police and Fire Department", false, false],
    ["the coast guard", false, false],
    ["rescue workers", false, true],
  ];
  it.each(cases)("should read %s as two heads: %s, plural: %s", (name, two, plural) => {
    expect(coordinatesTwoHeads(name)).toBe(two);
    expect(isPlural(name)).toBe(plural);
  });

  it("should let “it” take up a body with “and” in its name", () => {
    const resolver = new SourceResolver();
    const body = resolver.resolve("the Disaster and Emergency Management Authority");
    expect(resolver.resolve("It", true)).toBe(body);
  });
});

describe("a role of a body before a name", () => {
  it.each([
    ["deputy head of mission Clara Weiss", "Clara Weiss"],
    ["the director of operations Tomas Berg", "Tomas Berg"],
    ["director of the Red Cross", null],
    ["officials of the ministry", null],
  ])("should find the person in %s: %s", (mention, name) => {
    expect(personalName(mention)).toBe(name);
  });

  it("should resolve the surname after a role of a body and a name to that person: one source, one row", () => {
    const resolver = new SourceResolver();
    const id = resolver.resolve("deputy head of mission Clara Weiss");
    expect(resolver.resolve("Weiss")).toBe(id);
    expect(resolver.sources().map((s) => s.name)).toEqual(["Clara Weiss"]);
  });
});

describe("a body introduced by an indefinite description", () => {
  it("should merge “an aid agency” into the body the next statement names", () => {
    const resolver = new SourceResolver();
    const described = resolver.resolve("an aid agency");
    expect(resolver.resolve("the Norwegian Aid Committee")).toBe(described);
    expect(resolver.sources().map((s) => s.name)).toEqual(["Norwegian Aid Committee"]);
  });

  it("should keep them apart when another source speaks in between", () => {
    const resolver = new SourceResolver();
    const described = resolver.resolve("an aid agency");
    resolver.resolve("the coast guard");
    expect(resolver.resolve("the Norwegian Aid Committee")).not.toBe(described);
  });

  it("should never rename a body already named", () => {
    const resolver = new SourceResolver();
    const first = resolver.resolve("the country's disaster agency")!;
    expect(resolver.resolve("the Disaster Relief Authority")).toBe(first);
    expect(resolver.resolve("the Disaster Response Authority")).not.toBe(first);
    expect(resolver.nameOf(first)).toBe("Disaster Relief Authority");
  });
});
