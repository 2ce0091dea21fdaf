/**
 * The page plugins that sit on top of the notes: one reference per statement run, a source card and a
 * sidenote after each reference, and the per-source colours of the "who said what" switch.
 */
import { fromHtml } from "hast-util-from-html";
import { describe, expect, it } from "vitest";
import { processArticle } from "../src/index.ts";
import { all, text } from "./helpers/hast.ts";
import { shortQuote, unnestParentheses } from "../src/hast-references.ts";
import { sourceHueCss } from "../src/source-hues.ts";
import { isName } from "../src/rehype-note-statements.ts";

const article = (body: string, front = "title: Test") => `---\n${front}\n---\n\n${body}\n`;

describe("one reference per statement run", () => {
  it("should give consecutive statements of one source in a paragraph one reference, after the last", async () => {
    const { html } = await processArticle(article("The mayor said the bridge was closed. The mayor added that it would reopen in May. Police said two people were hurt."));
    const tree = fromHtml(html, { fragment: true });
    const references = all(tree, (element) => element.tagName === "a" && element.properties.dataFootnoteRef !== undefined);
    expect(references.map((reference) => reference.properties.href)).toEqual(["#fn-mayor", "#fn-police"]);
    expect(html).toMatch(/would reopen in May\.<\/span><sup><a href="#fn-mayor"/);
    // The note links back to each statement: the one that lost its reference by its own id.
    const backlinks = all(tree, (element) => element.properties.dataFootnoteBackref !== undefined).map((link) => link.properties.href);
    expect(backlinks).toEqual(["#a1", "#fnref-a2", "#fnref-a3"]);
  });

  it("should keep a reference per paragraph when a source speaks in two paragraphs", async () => {
    const { html } = await processArticle(article("The mayor said the bridge was closed.\n\nThe mayor said it would reopen in May."));
    expect(html.match(/data-footnote-ref/g)?.length).toBe(2);
  });
});

describe("source cards", () => {
  it("should put a card after each reference: the name, description, link, the cue and the statement", async () => {
    const front = "title: Test\nsources:\n  - id: police\n    name: City police\n    aliases: [police]\n    description: The city's police force.\n    url: https://www.example.org/police";
    const { html } = await processArticle(article("Police said 12 people were killed. Police added that the road was closed.", front));
    const tree = fromHtml(html, { fragment: true });
    const [reference] = all(tree, (element) => element.properties.dataFootnoteRef !== undefined);
    expect(reference!.properties.ariaLabel).toBe("Source 1: City police");
    const card = all(tree, (element) => element.properties.id === reference!.properties.interestfor)[0]!;
    // Described by the card's description and statements, not by its name or links.
    const described = (reference!.properties.ariaDescribedBy as string[]).map((id) => text(all(card, (element) => element.properties.id === id)[0]!));
    expect(described).toEqual(["The city's police force.", "Cue: said Police said 12 people were killed.", "Cue: added Police added that the road was closed."]);
    expect(card.properties.popover).toBe("hint");
    expect(text(card)).toBe("1 City policeThe city's police force.Cue: said Police said 12 people were killed.Cue: added Police added that the road was closed.example.org · Note 1: all it said");
    expect(all(card, (element) => element.tagName === "a").map((link) => link.properties.href)).toEqual(["https://www.example.org/police", "#fn-police"]);
  });

  it("should list at most four statements on a card, the rest counted and left to the note", async () => {
    const body = Array.from({ length: 6 }, (_, i) => `Police said road ${i + 1} was closed.`).join(" ");
    const { html } = await processArticle(article(body));
    const tree = fromHtml(html, { fragment: true });
    const references = all(tree, (element) => element.properties.dataFootnoteRef !== undefined);
    expect(references).toHaveLength(1);
    const card = all(tree, (element) => element.properties.id === references[0]!.properties.interestfor)[0]!;
    const said = all(card, (element) => String(element.properties.className).includes("card-said")).map(text);
    expect(said).toEqual([
      "Cue: said Police said road 1 was closed.",
      "Cue: said Police said road 2 was closed.",
      "Cue: said Police said road 3 was closed.",
      "and 3 more statements here: see the note",
    ]);
    // The note lists all six.
    expect(all(all(tree, (element) => element.properties.id === "fn-police")[0]!, (element) => element.tagName === "li")).toHaveLength(6);
  });

  it("should put a sidenote, hidden from assistive technology and without links, after each card", async () => {
    const { html } = await processArticle(article("Police said 12 people were killed."));
    expect(html).toMatch(/<\/span><span class="sidenote" aria-hidden="true" data-source="police"><span class="sidenote-number">1<\/span> <strong>Police<\/strong><\/span>/);
  });

  it("should quote a long statement short, at a word boundary", () => {
    expect(shortQuote("one two three four", 3)).toBe("one two three…");
    expect(shortQuote("one two, three four", 2)).toBe("one two…");
    expect(shortQuote("one two", 3)).toBe("one two");
  });
});

describe("source colours", () => {
  it("should colour sources in the order of their notes, sharing colours past eight", () => {
    const notes = Array.from({ length: 9 }, (_, i) => `<li id="fn-s${i}" tabindex="-1">`).join("");
    const css = sourceHueCss(notes).split("\n");
    expect(css[0]).toBe('[data-source="s0"],#fn-s0,tr:has(> th a[href="#fn-s0"]){--tint:var(--tint-1);--line:var(--line-1)}');
    expect(css[8]).toContain("--tint:var(--tint-1)");
  });

  it("should leave out an id that is not a plain slug, so nothing reaches the style sheet unescaped", () => {
    expect(sourceHueCss('<li id="fn-a&quot;]{}</style>"><li id="fn-ok">')).toBe('[data-source="ok"],#fn-ok,tr:has(> th a[href="#fn-ok"]){--tint:var(--tint-1);--line:var(--line-1)}');
  });
});

describe("notes that inform", () => {
  it("should list each statement of a source in its note: a backlink, the cue and a short quotation", async () => {
    const { html } = await processArticle(article("Police said 12 people were killed.\n\nThe mayor said the bridge was closed. Police added that the road was closed."));
    const tree = fromHtml(html, { fragment: true });
    const note = all(tree, (element) => element.properties.id === "fn-police")[0]!;
    const lines = all(note, (element) => element.tagName === "li").map(text);
    expect(lines).toEqual(["↩ said: Police said 12 people were killed.", "↩ added: Police added that the road was closed."]);
    expect(all(note, (element) => element.properties.dataFootnoteBackref !== undefined).map((link) => link.properties.href)).toEqual(["#fnref-a1", "#fnref-a3"]);
  });

  it("should never print parentheses inside parentheses in a note, a card or the comparison's lists", async () => {
    const front = [
      "title: Test",
      "sources:",
      "  - id: sohr",
      "    name: Syrian Observatory for Human Rights (SOHR)",
      "    aliases: [the Observatory (SOHR)]",
      "    description: A monitor (based in Britain (London)) that counts deaths.",
      "  - id: police",
      "    name: Police (Deir Ezzor)",
    ].join("\n");
    const body = [
      "The Observatory (SOHR) said (in its third statement (of the day)) that 90 people were killed.",
      "Police (Deir Ezzor) said 62 people were killed, 12 of them in the village of Thardah (near the airport of the city, which the army holds (since May)).",
      "The Syrian Observatory for Human Rights (SOHR) said 30 of the dead were soldiers, part of the 90 killed.",
    ].join("\n\n");
    const { html } = await processArticle(article(body, front));
    const tree = fromHtml(html, { fragment: true });
    const nested = (value: string) => {
      let depth = 0;
      for (const char of value) {
        if (char === "(" && ++depth > 1) return true;
        if (char === ")") depth = Math.max(0, depth - 1);
      }
      return false;
    };
    const notes = all(tree, (element) => typeof element.properties.id === "string" && element.properties.id.startsWith("fn-"));
    const cards = all(tree, (element) => element.properties.popover !== undefined);
    const lists = all(tree, (element) => element.tagName === "ul" && ["ranges", "not-compared-list"].some((name) => String(element.properties.className).includes(name)));
    expect(notes.length).toBe(2);
    expect(cards.length).toBeGreaterThan(1);
    const lines = [...notes, ...cards, ...lists].flatMap((element) => all(element, (inner) => ["p", "li", "span"].includes(inner.tagName)).map(text));
    expect(lines.filter(nested)).toEqual([]);
    // The inner pair is written as brackets, and a quotation cut inside a parenthesis closes it.
    const sohr = text(notes.find((note) => note.properties.id === "fn-sohr")!);
    expect(sohr).toContain("A monitor (based in Britain [London]) that counts deaths.");
    expect(sohr).toContain("said (in its third statement [of the day]) that 90 people were killed.");
    expect(text(notes.find((note) => note.properties.id === "fn-police")!)).toMatch(/\(near the[^()]*…\)/);
  });

  it("should write a parenthesis inside a parenthesis as a bracket, whatever text nodes it spans", () => {
    expect(unnestParentheses("part of 62 (Police (Deir Ezzor))")).toEqual({ text: "part of 62 (Police [Deir Ezzor])", depth: 0 });
    expect(unnestParentheses("Police (Deir Ezzor) (62) and SOHR (83)")).toEqual({ text: "Police (Deir Ezzor) (62) and SOHR (83)", depth: 0 });
    expect(unnestParentheses("(a (b")).toEqual({ text: "(a [b", depth: 2 });
    expect(unnestParentheses("c) d)", 2)).toEqual({ text: "c] d)", depth: 0 });
    expect(unnestParentheses("a stray ) stays")).toEqual({ text: "a stray ) stays", depth: 0 });
    expect(shortQuote("one (two three four", 2)).toBe("one (two…)");
  });

  it("should list names, never pronouns or descriptions, as what the text calls a source", () => {
    for (const name of ["Russia’s defense ministry", "The UK-based Syrian Observatory for Human Rights", "US envoy Samantha Power", "Reuters", "the Interior Ministry"]) {
      expect(isName(name), name).toBe(true);
    }
    for (const other of ["It", "he", "They", "a spokesman", "the ministry", "The Syrian statement", "The US Central Command statement", "officials"]) {
      expect(isName(other), other).toBe(false);
    }
  });
});
