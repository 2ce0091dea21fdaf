import { describe, expect, it } from "vitest";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { remarkAutolinkLiteralsWhereUsed } from "../src/remark-autolink-literals.ts";
import { processArticle, render } from "../src/index.ts";

const article = (body: string, front = "title: Test") => `---\n${front}\n---\n\n${body}\n`;

describe("the tagging pipeline", () => {
  it("should wrap an attributed sentence in a statement element with its source and a footnote", async () => {
    const html = await render(article("Police said 12 people were killed. The road was closed."));
    expect(html).toMatch(/<span id="a1" class="statement" data-source="police">Police said .*?<\/span><sup><a href="#fn-police"/);
    expect(html).toContain("The road was closed.");
    expect(html).not.toMatch(/<span>The road/);
  });

  it("should tag numbers as data elements and dates as time elements", async () => {
    const html = await render(article("Officials said at least 40 people were killed on March 3.", "title: T\ndate: 2020-03-04"));
    const figure = /<data ([^>]*)>at least 40<\/data>/.exec(html)?.[1] ?? "";
    for (const attribute of ['value="40"', 'data-kind="figure"', 'data-metric="killed"', 'data-qualifier="at-least"', 'data-source="officials"']) {
      expect(figure).toContain(attribute);
    }
    expect(html).toMatch(/<time [^>]*datetime="2020-03-03"[^>]*>March 3<\/time>/);
  });

  it("should tag nothing inside headings, code, inline code or link URLs", async () => {
    const html = await render(
      article("## Police said 40 died\n\nThe file `police said 40` was [read by 3 people](https://example.com/40).\n\n```\nPolice said 40 died.\n```"),
    );
    expect(html).toContain("<h2>Police said 40 died</h2>");
    expect(html).toContain("<code>police said 40</code>");
    expect(html).toContain('href="https://example.com/40"');
    expect(html).toContain("<pre><code>Police said 40 died.\n</code></pre>");
    expect(html).not.toContain('data-source');
  });

  it("should keep clock times and ratios in the sentence (not read as directives)", async () => {
    const { data } = await processArticle(article("The train left at 10:40 a.m. on a 3:1 vote, the operator said."));
    expect(data.attributions.map((a) => a.sentence)).toEqual(["The train left at 10:40 a.m. on a 3:1 vote, the operator said."]);
    const html = await render(article("The shelter opened at 6:30 p.m."));
    expect(html).toContain("6:30 p.m.");
  });

  it("should credit a multi-sentence quotation that follows a quoted statement to the same speaker", async () => {
    const { data } = await processArticle(
      article('“The bridge is gone,” said Omar Haddad, a farmer. “We crossed it every day. Now the children cannot reach school.”\n\nThe river fell overnight.'),
    );
    expect(data.attributions.map((a) => [a.sentence, a.source])).toEqual([
      ["“The bridge is gone,” said Omar Haddad, a farmer.", "omar-haddad"],
      ["“We crossed it every day.", "omar-haddad"],
      ["Now the children cannot reach school.”", "omar-haddad"],
    ]);
  });

  it("should resolve 'she said' to a person the narration just named", async () => {
    const { data } = await processArticle(
      article("Chief Inspector Paul Grey said the road was closed.\n\nLucy Hart, 81, waited at the bus stop for three hours.\n\n“Nobody told us anything,” she said."),
    );
    expect(data.attributions.map((a) => [a.sentence, a.source])).toEqual([
      ["Chief Inspector Paul Grey said the road was closed.", "paul-grey"],
      ["“Nobody told us anything,” she said.", "lucy-hart"],
    ]);
  });

  it("should credit every paragraph of a long quotation to its speaker", async () => {
    const { data } = await processArticle(
      article('The mayor said: “We will rebuild.\n\n“Every family will be housed. Nobody will be left behind.”\n\nThe rain continued.'),
    );
    expect(data.attributions.map((a) => [a.sentence, a.source])).toEqual([
      ["The mayor said: “We will rebuild.", "mayor"],
      ["“Every family will be housed.", "mayor"],
      ["Nobody will be left behind.”", "mayor"],
    ]);
  });

  it("should credit a quotation to a speaker named after it", async () => {
    const { data } = await processArticle(article('"The water came fast. We lost everything," a resident, Maria Lopez, told reporters.'));
    expect(data.attributions.map((a) => a.sentence)).toHaveLength(2);
    expect(new Set(data.attributions.map((a) => a.source))).toEqual(new Set(["maria-lopez"]));
  });

  it("should drop raw HTML from the article", async () => {
    const html = await render(article('Police said <script>alert(1)</script> it was calm. <img src=x onerror="alert(1)">'));
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
  });
});

describe("author overrides", () => {
  const front = "title: T\nsources:\n  - id: ngo\n    name: Aid Group";

  it("should credit a sentence marked with :source to that source", async () => {
    const { data, html } = await processArticle(article(":source[The camp held 4,000 people.]{#ngo}", front));
    expect(data.attributions).toMatchObject([{ source: "ngo", origin: "override" }]);
    expect(html).not.toContain(":source");
    expect(html.replace(/<[^>]+>/g, "")).toContain("The camp held 4,000 people.");
  });

  it("should leave a sentence marked :unattributed untagged", async () => {
    const { data } = await processArticle(article(":unattributed[Officials said the road was closed.]", front));
    expect(data.attributions).toEqual([]);
  });

  it("should keep a figure marked :figure{exclude} out of the table, and note a scope", async () => {
    const { data, html } = await processArticle(
      article("Police said :figure[12 people were killed]{exclude} in the blast. In June, :figure[36 people died]{scope=\"June riots\"}.", front),
    );
    expect(data.figures.map((f) => [f.value, f.excluded, f.scope.relation, f.scope.text])).toEqual([
      [12, true, "whole", null],
      [36, false, "other-event", "June riots"],
    ]);
    expect(html).toContain("June riots");
  });

  it("should fail on an override naming an unknown source, listing the known ones", async () => {
    const result = await processArticle(article("Intro.\n\n:source[The camp held 4,000 people.]{#nope}", front), "a.md");
    expect(result.failed).toBe(true);
    expect(result.file.messages.map(String)).toContain("a.md:10:1: Unknown source `nope` in `:source` override: expected one of `ngo`");
  });

  it("should warn about an override that changes nothing", async () => {
    const result = await processArticle(article(":unattributed[The road was closed.]", front), "a.md");
    expect(result.file.messages.map((m) => m.ruleId)).toContain("useless-override");
  });
});

describe("places in the Markdown", () => {
  it("should place an attribution at its source's first word and a figure at its own, markup counted", async () => {
    // Line 5 of the file is the body's first line; the sentence wraps onto line 6.
    const { data } = await processArticle(article("**Update:** Rescuers reached *twelve* villages and found at least 9 dead,\nthe Red Cross said. \u201cWe are still searching,\u201d it added."));
    expect(data.attributions.map((a) => [a.sourceText, a.line, a.column])).toEqual([
      ["the Red Cross", 6, 1],
      ["it", 6, 47],
    ]);
    expect(data.figures.map((f) => [f.text, f.line, f.column])).toEqual([["at least 9", 5, 58]]);
  });

  it("should point a message about a source at the source as written", async () => {
    const result = await processArticle(article("The road was closed. Later, she said 4 people were hurt."), "a.md");
    expect(result.file.messages.filter((m) => m.ruleId === "unresolved-pronoun").map(String)).toEqual([
      "a.md:5:29: Cannot resolve `she` to a source: no earlier source fits",
    ]);
  });
});

describe("check warnings", () => {
  it("should warn about figures with no source and registry sources never cited", async () => {
    const result = await processArticle(
      article("At least 9 people were killed in the fire.", "title: T\nsources:\n  - id: ngo\n    name: Aid Group"),
      "a.md",
    );
    expect(result.file.messages.map((m) => `${m.line}:${m.ruleId}`)).toEqual(["8:unsourced-figure", "4:uncited-source"]);
  });
});

describe("GitHub-flavoured Markdown", () => {
  it("should render tables, strikethrough, autolinks and autolink literals", async () => {
    const html = await render(
      article("See www.example.com, https://example.org/x and user@example.com; write to ali&#64;example.com.\n\n| a | b |\n| - | - |\n| 1 | ~~two~~ |\n\nPlain <https://x.org> and ~~gone~~ text."),
    );
    expect(html).toContain('<a href="http://www.example.com">www.example.com</a>');
    expect(html).toContain('<a href="https://example.org/x">https://example.org/x</a>');
    expect(html).toContain('<a href="mailto:user@example.com">user@example.com</a>');
    expect(html).toContain('<a href="mailto:ali@example.com">ali@example.com</a>');
    expect(html).toContain("<td><del>two</del></td>");
    expect(html).toContain('<a href="https://x.org">https://x.org</a>');
  });

  it("should parse documents without autolink literals exactly as full GFM does", async () => {
    const full = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
    const lean = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkAutolinkLiteralsWhereUsed);
    const documents = [
      "Police said 12 people were killed.\n\n| a | b |\n| - | - |\n| 1 | ~~two~~ |\n\n- [x] done\n\nA note[^1].\n\n[^1]: The note.",
      "Words and numbers: 1,100 and one hundred, *emphasis*, `code`, [a link](/x) and :source[text]{id=police}.",
      "> A quote with **strong** text and an <autolink-ish> thing, a_b_c and snake_case_words.",
    ];
    for (const document of documents) {
      expect(JSON.stringify(lean.parse(document))).toBe(JSON.stringify(full.parse(document)));
    }
    // A document that may hold one keeps the extension.
    expect(JSON.stringify(lean.parse("Mail user@example.com"))).toBe(JSON.stringify(full.parse("Mail user@example.com")));
  });

  it("should resolve 'he' to a person named after a role noun and a long title chain", async () => {
    const { extract } = await import("../src/index.ts");
    const data = await extract(
      article(
        'Agency spokeswoman Mary Wells said the camp was full. Youth activist Daniel Odhiambo, who lives nearby, said families were leaving. "Nobody is helping us," he said. Western region deputy police chief Tom Bett said 14 people were hurt. Mr Bett said the road was closed.',
      ),
    );
    const by = (text: string) => data.attributions.find((a) => a.sentence.startsWith(text))?.source;
    expect(by('"Nobody')).toBe(by("Youth activist"));
    expect(by("Mr Bett")).toBe(by("Western region"));
    expect(by("Mr Bett")).toBe("tom-bett");
  });

  it("should let 'she' and 'he' take up a surname named alone, and 'it' not", async () => {
    const { extract } = await import("../src/index.ts");
    const data = await extract(
      article(
        "Okonkwo said the bridge would reopen in May. She added that repairs had cost more than expected. Brandt said the council disagreed. He said the vote was close. The ministry said the figures were wrong. It added that a review was under way.",
      ),
    );
    const by = (text: string) => data.attributions.find((a) => a.sentence.startsWith(text))?.source;
    expect(by("She added")).toBe(by("Okonkwo said"));
    expect(by("He said")).toBe(by("Brandt said"));
    expect(by("It added")).toBe(by("The ministry said"));
  });

  it("should credit a paragraph that is all quotation to the speaker of the quoted statement before it", async () => {
    const { extract } = await import("../src/index.ts");
    const data = await extract(
      article(
        [
          "“The levee gave way before dawn,” the river authority said in a statement.",
          "“Crews are working to close the gap. We expect it to hold by Sunday.”",
          "“No homes were lost.”",
          "The town has flooded twice before.",
          "“We were not warned,” one farmer said. “Nobody came.”",
        ].join("\n\n"),
      ),
    );
    const by = (text: string) => data.attributions.find((a) => a.sentence.startsWith(text))?.source;
    const authority = by("“The levee");
    expect(authority).toBeDefined();
    expect(by("“Crews")).toBe(authority);
    expect(by("We expect")).toBe(authority);
    expect(by("“No homes")).toBe(authority);
    expect(by("The town")).toBeUndefined();
  });

  it("should not carry a quoted statement into a quote paragraph after narration", async () => {
    const { extract } = await import("../src/index.ts");
    const data = await extract(article(["“We will rebuild,” the mayor said.", "Schools stayed shut on Monday.", "“It is a disaster.”"].join("\n\n")));
    const by = (text: string) => data.attributions.find((a) => a.sentence.startsWith(text))?.source;
    expect(by("“It is")).toBeUndefined();
  });

  it("should resolve 'the official', 'the newspaper' and 'it' after a collective noun", async () => {
    const { extract } = await import("../src/index.ts");
    const data = await extract(
      article(
        "Floods killed nine people, Governor Ana Ruiz said. Earlier, the official said six had died. Police arrested 12 people, the Daily Herald reported. The roads were blocked, the newspaper said. The army said it had sent boats. Two soldiers were hurt, the military said. The boats reached the village on Friday, it said.",
      ),
    );
    const by = (text: string) => data.attributions.find((a) => a.sentence.startsWith(text))?.source;
    expect(by("Earlier, the official")).toBe("ana-ruiz");
    expect(by("The roads")).toBe(by("Police arrested"));
    expect(by("The boats")).toBe("military");
  });

  it("should resolve an acronym in parentheses, 'the group' and 'the official' after an unnamed official", async () => {
    const { extract } = await import("../src/index.ts");
    const data = await extract(
      article(
        "Troops killed six people, according to the Centre for Civic Rights (CCR). The group, which tracks arrests, said 40 people were held. Two of them were minors, according to CCR. The dam held, said a district official who asked not to be named. Later the official said the water was falling.",
      ),
    );
    const by = (text: string) => data.attributions.find((a) => a.sentence.startsWith(text))?.source;
    expect(by("The group")).toBe(by("Troops killed"));
    expect(by("Two of them")).toBe(by("Troops killed"));
    expect(by("Later the official")).toBe(by("The dam held"));
  });

  it("should resolve 'the statement' to the body that spoke in a statement, past a later source", async () => {
    const { extract } = await import("../src/index.ts");
    const data = await extract(
      article(
        "In a statement, the state police said rioters had burned two stations. A rights group said 13 people were killed. According to the statement, four officers were hurt.",
      ),
    );
    const by = (text: string) => data.attributions.find((a) => a.sentence.startsWith(text))?.source;
    expect(by("According to the statement")).toBe(by("In a statement"));
  });
});
