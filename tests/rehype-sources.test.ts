import type { Element, ElementContent, Root, RootContent } from "hast";
import { h } from "hastscript";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { unified, type Plugin } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import "../src/mdast.ts";
import { rehypeSources } from "../src/rehype-sources.ts";
import { createProcessor } from "../src/processor.ts";
import { formatFigure } from "../src/comparison.ts";
import { wholeScope } from "../src/nlp/scope.ts";
import type { ArticleData, Attribution, Figure, FigureScope, Source } from "../src/types.ts";

function source(id: string, name: string, fields: Partial<Source> = {}): Source {
  return { id, name, mentions: [name], description: null, url: null, ...fields };
}

function attribution(id: string, sourceId: string, line: number, via: string | null = null): Attribution {
  return { id, sentence: "", clause: [0, 0], source: sourceId, sourceText: sourceId, cue: "said", kind: "indirect", via, line, origin: "rule" };
}

function figure(
  fields: Omit<Partial<Figure>, "scope"> & Pick<Figure, "id" | "value" | "metric" | "source" | "sentenceId"> & { scope?: Partial<FigureScope> },
): Figure {
  const { scope, ...rest } = fields;
  const base = { valueMax: null, qualifier: "exact" as const, ...rest };
  return { text: formatFigure(base), attribution: null, line: 1, excluded: false, ...base, scope: { ...wholeScope(), ...scope } };
}

const markdown = [
  "The US-led coalition has admitted its airstrikes in eastern Syria killed at least 62 Syrian troops fighting ISIS.",
  "According to the Russian military, 62 Syrian soldiers were killed near Deir Ezzor Airport.",
  "The UK-based Syrian Observatory for Human Rights put the death toll at 83 and said at least 120 soldiers were wounded.",
  "The observatory said the toll was rising.",
  "The Russian military quoted Syrian army general command as saying that the strikes had allowed ISIS to advance.",
].join("\n\n");

/** The seed article's toll, one statement per paragraph: `s<n>` is paragraph n's sentence, `a<n>` its statement. */
function seed(): ArticleData {
  return {
    article: { title: "Syria War", slug: "syria-war", date: "2016-09-18" },
    sources: [
      source("coalition", "US-led coalition", { description: "The US-led coalition against ISIS", url: "https://www.inherentresolve.mil/" }),
      source("russia", "Russian military", { mentions: ["Russian military", "Russia's defense ministry", "It"] }),
      source("sohr", "Syrian Observatory for Human Rights", { description: "A UK-based monitoring group.", url: "javascript:alert(1)" }),
      source("syrian-army", "Syrian army general command"),
      source("nobody", "A source nobody cites"),
    ],
    attributions: [
      attribution("a1", "coalition", 1),
      attribution("a2", "russia", 3),
      attribution("a3", "sohr", 5),
      attribution("a4", "sohr", 7),
      attribution("a5", "syrian-army", 9, "russia"),
    ],
    figures: [
      figure({ id: "f1", value: 62, qualifier: "at-least", metric: "killed", source: "coalition", sentenceId: "s1", line: 1 }),
      figure({ id: "f2", value: 62, metric: "killed", source: "russia", sentenceId: "s2", line: 3 }),
      figure({ id: "f3", value: 83, metric: "killed", source: "sohr", sentenceId: "s3", line: 5 }),
      figure({ id: "f4", value: 120, qualifier: "at-least", metric: "wounded", source: "sohr", sentenceId: "s3", line: 5 }),
    ],
    numbers: [],
    comparison: [],
  };
}

/** Stand in for the taggers: set the data, and wrap paragraph n in `span#s<n>` > `span#a<n>.statement`. */
const fakeTaggers: Plugin<[ArticleData], Root> = function (data) {
  return (tree, file) => {
    file.data.sourced = data;
    const statements = new Set(data.attributions.map((a) => a.id));
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== "element" || node.tagName !== "p") continue;
      n++;
      const id = `a${n}`;
      const inner = statements.has(id)
        ? [h("span", { id, className: ["statement"], dataSource: data.attributions.find((a) => a.id === id)!.source }, node.children)]
        : node.children;
      node.children = [h("span", { id: `s${n}` }, inner)];
    }
  };
};

async function render(data: ArticleData, text = markdown) {
  const processor = unified().use(remarkParse).use(remarkRehype).use(fakeTaggers, data).use(rehypeSources);
  const file = new VFile(text);
  const tree = await processor.run(processor.parse(file), file);
  const html = unified().use(rehypeStringify).stringify(tree);
  return { tree, html, file };
}

/** Every element in document order that passes `test`. */
function all(node: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (test(child)) found.push(child);
    found.push(...all(child, test));
  }
  return found;
}

function one(node: Root | Element, test: (element: Element) => boolean): Element {
  const found = all(node, test);
  expect(found).toHaveLength(1);
  return found[0]!;
}

const byId = (id: string) => (e: Element) => e.properties.id === id;
const tag = (name: string) => (e: Element) => e.tagName === name;
const hasClass = (name: string) => (e: Element) => Array.isArray(e.properties.className) && e.properties.className.includes(name);

function text(node: RootContent | ElementContent | Root): string {
  if (node.type === "text") return node.value;
  if ("children" in node) return node.children.map((child) => text(child)).join("");
  return "";
}

/**
 * The HTML with quoted attribute values blanked: a `<` inside quotes starts no tag, so names in
 * `aria-label` need no escaping beyond quotes and ampersands.
 */
const markup = (html: string) => html.replace(/="[^"]*"/g, '=""');

/** The element children of a node, without the white space between them. */
function elements(node: Element | Root): Element[] {
  const found: Element[] = [];
  for (const child of node.children) if (child.type === "element") found.push(child);
  return found;
}

describe("rehypeSources: footnote references", () => {
  it("should put a GFM footnote reference right after each statement", async () => {
    const { tree, html } = await render(seed());
    const sentence = one(tree, byId("s1"));
    const [statement, sup] = sentence.children;
    expect((statement as Element).properties.id).toBe("a1");
    expect(toHtml(sup!)).toBe(
      '<sup><a href="#fn-coalition" id="fnref-a1" data-footnote-ref aria-describedby="sources-label">1</a></sup>',
    );
    expect(html).toContain('<span id="s1"><span id="a1" class="statement" data-source="coalition">');
  });

  it("should number notes per source, in order of first citation", async () => {
    const { tree } = await render(seed());
    const refs = all(tree, (e) => e.properties.dataFootnoteRef === true);
    expect(refs.map((a) => [a.properties.href, text(a)])).toEqual([
      ["#fn-coalition", "1"],
      ["#fn-russia", "2"],
      ["#fn-sohr", "3"],
      ["#fn-sohr", "3"],
      ["#fn-syrian-army", "4"],
    ]);
  });

  it("should put the reference after a link that contains the statement, never inside it", async () => {
    const data = seed();
    data.attributions = [attribution("a1", "coalition", 1)];
    const tree: Root = { type: "root", children: [h("p", h("a", { href: "https://example.org/" }, h("span", { id: "a1" }, "It said so.")))] };
    const file = new VFile();
    file.data.sourced = data;
    await unified().use(rehypeSources).run(tree, file);
    const paragraph = elements(tree)[0]!;
    expect(paragraph.children.map((c) => (c as Element).tagName)).toEqual(["a", "sup"]);
    expect(all(paragraph, tag("a")).filter((a) => all(a, tag("a")).length > 0)).toEqual([]);
  });
});

describe("rehypeSources: sources section", () => {
  it("should append a footnotes section with a heading and one note per cited source", async () => {
    const { tree } = await render(seed());
    const section = elements(tree).at(-1)!;
    expect(section.tagName).toBe("section");
    expect(section.properties).toMatchObject({ className: ["footnotes", "sources"], dataFootnotes: true, ariaLabelledBy: ["sources-label"] });
    const [heading, list] = elements(section);
    expect(toHtml(heading!)).toBe('<h2 id="sources-label">Sources</h2>');
    expect(list!.tagName).toBe("ol");
    // "A source nobody cites" gets no note.
    expect(elements(list!).map((li) => li.properties.id)).toEqual(["fn-coalition", "fn-russia", "fn-sohr", "fn-syrian-army"]);
  });

  it("should name the source, describe it and write out a web URL, but drop other URL schemes", async () => {
    const { tree, html } = await render(seed());
    const coalition = one(tree, byId("fn-coalition"));
    expect(toHtml(elements(coalition)[0]!)).toMatch(
      /^<p><strong class="source-name">US-led coalition<\/strong> — The US-led coalition against ISIS\. <a href="https:\/\/www\.inherentresolve\.mil\/" class="source-url">https:\/\/www\.inherentresolve\.mil\/<\/a> <a href="#fnref-a1"/,
    );
    expect(text(one(tree, byId("fn-sohr")))).toContain("— A UK-based monitoring group. ↩");
    expect(html).not.toContain("javascript:");
  });

  it("should give one backlink per statement, each with a unique label", async () => {
    const { tree } = await render(seed());
    const sohr = one(tree, byId("fn-sohr"));
    const backlinks = all(sohr, (e) => e.properties.dataFootnoteBackref === true);
    expect(backlinks.map((a) => toHtml(a))).toEqual([
      '<a href="#fnref-a3" data-footnote-backref class="data-footnote-backref" aria-label="Back to statement 1 of Syrian Observatory for Human Rights">↩</a>',
      '<a href="#fnref-a4" data-footnote-backref class="data-footnote-backref" aria-label="Back to statement 2 of Syrian Observatory for Human Rights">↩<sup>2</sup></a>',
    ]);
    const labels = all(tree, (e) => e.properties.dataFootnoteBackref === true).map((a) => a.properties.ariaLabel);
    expect(labels).toHaveLength(5);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("should mention a conduit in the note, linking to its own note when it has one", async () => {
    const { tree } = await render(seed());
    const note = one(tree, byId("fn-syrian-army"));
    const via = one(note, hasClass("source-via"));
    expect(toHtml(via)).toBe('<span class="source-via">Reported via <a href="#fn-russia">Russian military</a>.</span>');
  });

  it("should not give a conduit a note of its own when it made no statement", async () => {
    const data = seed();
    data.sources.push(source("ap", "The Associated Press"));
    data.attributions[4] = attribution("a5", "syrian-army", 9, "ap");
    const { tree } = await render(data);
    expect(all(tree, byId("fn-ap"))).toEqual([]);
    expect(text(one(tree, hasClass("source-via")))).toBe("Reported via The Associated Press.");
  });

  it("should list how the text names a source", async () => {
    const { tree } = await render(seed());
    const mentions = one(one(tree, byId("fn-russia")), hasClass("source-mentions"));
    expect(toHtml(mentions)).toBe('<p class="source-mentions">Named in the text as <q>Russia\'s defense ministry</q> and <q>It</q>.</p>');
  });

  it("should not list a mention that only repeats the name with an article or another case", async () => {
    const data = seed();
    data.sources[0] = source("coalition", "US-led coalition", { mentions: ["The US-led coalition", "the US-led Coalition", "a US-led coalition"] });
    data.sources[1] = source("russia", "Russian military", { mentions: ["the Russian military", "Moscow"] });
    const { tree } = await render(data);
    expect(all(one(tree, byId("fn-coalition")), hasClass("source-mentions"))).toHaveLength(0);
    expect(text(one(one(tree, byId("fn-russia")), hasClass("source-mentions")))).toBe("Named in the text as Moscow.");
  });

  it("should add no section and no references when nothing is attributed", async () => {
    const data = seed();
    data.attributions = [];
    data.figures = [];
    const { html } = await render(data);
    expect(html).not.toContain("<section");
    expect(html).not.toContain("<sup>");
  });

  it("should warn about a statement missing from the HTML and link to no missing element", async () => {
    const data = seed();
    data.attributions.push(attribution("a9", "russia", 11));
    const { tree, file } = await render(data);
    expect(file.messages.map(String)).toEqual([
      "11:1: Cannot find the statement element `#a9` attributed to `russia`; expected a `<span id>` from the attribution tagger",
    ]);
    expect(all(tree, (e) => e.properties.href === "#fnref-a9")).toEqual([]);
  });

  it("should escape markup in source names and descriptions", async () => {
    const data = seed();
    data.sources[0] = source("coalition", "<script>alert(1)</script>", { description: '<img src=x onerror="alert(2)">' });
    const { html } = await render(data);
    expect(markup(html)).not.toContain("<script");
    expect(markup(html)).not.toContain("<img");
    expect(html).toContain("<strong class=\"source-name\">&#x3C;script>alert(1)&#x3C;/script></strong>");
    expect(html).toContain(" — &#x3C;img src=x onerror=\"alert(2)\">.");
  });
});

describe("rehypeSources: comparison table", () => {
  it("should put the comparison before the sources section, at the end of the body", async () => {
    const { tree } = await render(seed());
    const sections = elements(tree).filter(tag("section"));
    expect(sections.map((s) => s.properties.className)).toEqual([["comparison"], ["footnotes", "sources"]]);
    expect(sections[0]!.properties.ariaLabelledBy).toEqual(["comparison-label"]);
    expect(toHtml(elements(sections[0]!)[0]!)).toBe('<h2 id="comparison-label">Figures compared</h2>');
  });

  it("should give the table a caption, column headers and a row per source linking to its note", async () => {
    const { tree } = await render(seed());
    const table = one(tree, tag("table"));
    expect(text(one(tree, hasClass("table-caption")))).toBe("Outcome figures by source");
    expect(table.properties.ariaLabelledBy).toEqual(["comparison-caption"]);
    const columns = all(one(table, tag("thead")), tag("th"));
    expect(columns.map((th) => [th.properties.scope, text(th)])).toEqual([
      ["col", "Source"],
      ["col", "Killed"],
      ["col", "Wounded"],
    ]);
    const rows = all(one(table, tag("tbody")), tag("tr"));
    expect(rows.map((tr) => toHtml(elements(tr)[0]!))).toEqual([
      '<th scope="row"><a href="#fn-coalition">US-led coalition</a></th>',
      '<th scope="row"><a href="#fn-russia">Russian military</a></th>',
      '<th scope="row"><a href="#fn-sohr">Syrian Observatory for Human Rights</a></th>',
    ]);
  });

  it("should link each figure to the sentence that gives it, with a label naming the source", async () => {
    const { tree } = await render(seed());
    const coalitionRow = all(one(tree, tag("tbody")), tag("tr"))[0]!;
    const [killed, wounded] = elements(coalitionRow).filter(tag("td"));
    expect(toHtml(killed!)).toBe('<td><a href="#s1" aria-label="at least 62 killed, according to US-led coalition"><data value="62">at least 62</data></a></td>');
    expect(toHtml(wounded!)).toBe("<td></td>");
  });

  it("should state each metric's range and who disagrees under the table", async () => {
    const { tree } = await render(seed());
    const ranges = one(tree, hasClass("ranges"));
    expect(elements(ranges).map((li) => [li.properties.dataMetric, li.properties.className, text(li)])).toEqual([
      ["killed", ["disagree"], "Killed: 62–83; cannot both be right: Russian military (62) and Syrian Observatory for Human Rights (83)"],
      ["wounded", ["agree"], "Wounded: at least 120; one source only"],
    ]);
  });

  it("should list a scoped figure under the table with its scope, not in its source's cell", async () => {
    const data = seed();
    data.figures.push(figure({ id: "f5", value: 36, metric: "killed", source: "sohr", sentenceId: "s4", line: 7, scope: { relation: "other-event", text: "June riots" } }));
    const { tree } = await render(data);
    const sohrRow = all(one(tree, tag("tbody")), tag("tr"))[2]!;
    expect(text(elements(sohrRow).filter(tag("td"))[0]!)).toBe("83");
    expect(text(one(tree, hasClass("ranges")))).toContain("Killed: 62–83;");
    expect(text(one(tree, byId("not-compared-label")))).toBe("Not compared: parts of a count, increments, earlier counts, other events, hypotheticals");
    const list = one(tree, hasClass("not-compared-list"));
    expect(toHtml(list)).toBe(
      '<ul class="not-compared-list" aria-labelledby="not-compared-label">\n' +
        '<li><a href="#fn-sohr">Syrian Observatory for Human Rights</a>: ' +
        '<a href="#s4" aria-label="36 killed, another event or time: June riots, according to Syrian Observatory for Human Rights"><data value="36">36</data></a> killed — <span class="scope">another event or time: June riots</span></li>\n</ul>',
    );
  });

  it("should say which earlier count a part belongs to, and leave it out of the table", async () => {
    const data = seed();
    data.figures.push(figure({ id: "f5", value: 18, metric: "killed", source: "russia", sentenceId: "s4", line: 7, scope: { relation: "part-of", text: "part of the count before it" } }));
    const { tree } = await render(data);
    expect(text(one(tree, hasClass("not-compared-list")))).toContain(
      "Russian military: 18 killed — part of 83 (Syrian Observatory for Human Rights)",
    );
    expect(all(one(tree, tag("tbody")), tag("tr")).map((tr) => text(elements(tr).filter(tag("td"))[0]!))).toEqual(["at least 62", "62", "83"]);
  });

  it("should mark a source's other figures for one outcome as not compared, and say why above the table", async () => {
    const data = seed();
    data.figures.push(figure({ id: "f5", value: 14, metric: "killed", source: "sohr", sentenceId: "s4", line: 7 }));
    const { tree } = await render(data);
    const sohrRow = all(one(tree, tag("tbody")), tag("tr"))[2]!;
    const items = all(elements(sohrRow).filter(tag("td"))[0]!, tag("li"));
    expect(items.map((li) => [li.properties.className ?? null, text(li)])).toEqual([
      [null, "83"],
      [["not-compared"], "14 (not compared)"],
    ]);
    expect(text(one(tree, hasClass("comparison-intro")))).toContain("its highest is compared and the others are marked “not compared”");
    // 14 would rule out "at least 62"; it is not compared, so the coalition is not said to disagree.
    expect(text(one(tree, hasClass("ranges")))).toContain("Killed: 62–83; cannot both be right: Russian military (62) and Syrian Observatory for Human Rights (83)");
  });

  it("should list every disagreeing pair as its own item when there are several", async () => {
    const data = seed();
    data.figures.push(figure({ id: "f5", value: 40, metric: "killed", source: null, sentenceId: "s4", line: 7 }));
    const { tree } = await render(data);
    const killed = elements(one(tree, hasClass("ranges")))[0]!;
    expect(text(killed)).toMatch(/^Killed: 40–83; these pairs cannot both be right:/);
    expect(all(killed, tag("li")).map(text)).toEqual([
      "US-led coalition (at least 62) and this article (40)",
      "Russian military (62) and Syrian Observatory for Human Rights (83)",
      "Russian military (62) and this article (40)",
      "Syrian Observatory for Human Rights (83) and this article (40)",
    ]);
  });

  it("should put the table in its own focusable, named scroll box (a phone scrolls the table, not the page)", async () => {
    const { tree } = await render(seed());
    const box = one(tree, hasClass("table-scroll"));
    expect([box.tagName, box.properties.role, box.properties.tabIndex, box.properties.ariaLabelledBy]).toEqual(["div", "region", undefined, ["comparison-caption"]]);
    expect(elements(box).map((e) => e.tagName)).toEqual(["table"]);
    // The caption is outside the box, so it stays in view while the table scrolls; it names the box and the table.
    expect(one(tree, hasClass("table-caption")).properties.id).toBe("comparison-caption");
    expect(one(box, tag("table")).properties.ariaLabelledBy).toEqual(["comparison-caption"]);
    // The explanation is outside the box, so it wraps to the screen instead of scrolling away.
    expect(all(box, hasClass("comparison-intro"))).toHaveLength(0);
  });

  it("should show no table, only the list, when every figure has a scope", async () => {
    const data = seed();
    data.figures = data.figures.map((f) => ({ ...f, scope: { ...wholeScope(), relation: "other-event", text: "in 2015" } }));
    const { tree } = await render(data);
    expect(all(tree, tag("table"))).toHaveLength(0);
    expect(text(one(tree, hasClass("comparison-intro")))).toBe("Every figure here counts another event, another time or a part of a count, so none is compared: see the list below.");
    expect(all(one(tree, hasClass("not-compared-list")), tag("li"))).toHaveLength(4);
  });

  it("should render no table when the article has no comparable figures", async () => {
    const data = seed();
    data.figures = [figure({ id: "x", value: 4, metric: "other", source: "sohr", sentenceId: "s3" })];
    const { html, file } = await render(data);
    expect(html).not.toContain('class="comparison"');
    expect(html).toContain('class="footnotes sources"');
    expect(file.messages).toEqual([]);
  });

  it("should show the article's own figures in an unlinked row and warn instead of linking to a missing sentence", async () => {
    const data = seed();
    data.figures.push(figure({ id: "f5", value: 70, qualifier: "about", metric: "killed", source: null, sentenceId: "s99", line: 12 }));
    const { tree, file } = await render(data);
    const last = all(one(tree, tag("tbody")), tag("tr")).at(-1)!;
    expect(toHtml(last)).toBe('<tr><th scope="row">This article (unattributed)</th><td><data value="70">about 70</data></td><td></td></tr>');
    expect(file.messages.map(String)).toEqual([
      "12:1: Cannot find the sentence element `#s99` that states figure `f5`; expected it in the HTML",
    ]);
  });

  it("should escape markup in a source name inside the table", async () => {
    const data = seed();
    data.sources[1] = source("russia", "<script>x()</script>");
    const { tree } = await render(data);
    const html = toHtml(one(tree, tag("table")));
    expect(markup(html)).not.toContain("<script");
    expect(html).toContain('<a href="#fn-russia">&#x3C;script>x()&#x3C;/script></a>');
  });
});

describe("references in reading order, outside quotations", () => {
  /** Run rehypeSources on one paragraph built by hand. */
  async function paragraph(data: ArticleData, children: ElementContent[]) {
    const build: Plugin<[], Root> = () => (tree, file) => {
      file.data.sourced = data;
      tree.children = [h("p", children)];
    };
    const processor = unified().use(remarkParse).use(remarkRehype).use(build).use(rehypeSources);
    const file = new VFile("x");
    const tree = await processor.run(processor.parse(file), file);
    return toHtml((tree as Root).children[0] as Element);
  }
  const two: ArticleData = {
    ...seed(),
    attributions: [attribution("a1", "russia", 1), attribution("a2", "sohr", 1)],
    figures: [],
  };

  it("should give two speakers of one sentence their references in reading order, after the sentence", async () => {
    const html = await paragraph(two, [
      h("span", { id: "a1", className: ["statement"] }, [h("span", { id: "a2", className: ["statement"] }, "Russia said A, and the observatory said B.")]),
    ]);
    expect(html.replace(/<sup>.*?>(\d)<\/a><\/sup>/g, "[$1]")).toBe(
      '<p><span id="a1" class="statement"><span id="a2" class="statement">Russia said A, and the observatory said B.</span></span>[1][2]</p>',
    );
  });

  it("should put a reference after the closing quotation mark, never inside the quotation", async () => {
    const html = await paragraph({ ...two, attributions: [attribution("a1", "russia", 1)] }, [
      h("span", { id: "a1", className: ["statement"] }, "Russia said “the strikes were an accident."),
      { type: "text", value: "” More followed." },
    ]);
    expect(html.replace(/<sup>.*?>(\d)<\/a><\/sup>/g, "[$1]")).toBe('<p><span id="a1" class="statement">Russia said “the strikes were an accident.</span>”[1] More followed.</p>');
  });
});

describe("two speakers in one sentence, through the whole pipeline", () => {
  /** The first paragraph of an article's page body, as a hast element. */
  async function firstParagraph(markdown: string) {
    const file = await createProcessor({ meta: { title: "t", slug: "t", date: "2026-02-01" } }).process(markdown);
    const paragraph = all(fromHtml(String(file), { fragment: true }), (e) => e.tagName === "p")[0]!;
    return { paragraph, data: file.data.sourced! };
  }
  /** The statements and references of a paragraph in reading order: "[a1] text" for a statement, "^1 #fn-x" for a reference. */
  function sequence(paragraph: Element): string[] {
    return all(paragraph, (e) => e.properties.className?.toString() === "statement" || e.properties.dataFootnoteRef !== undefined).map((e) =>
      e.tagName === "a" ? `^${text(e)} ${String(e.properties.href)}` : `[${String(e.properties.id)}] ${text(e)}`,
    );
  }

  it("should wrap each speaker's clause in its own statement, with its own reference after it, in reading order", async () => {
    const { paragraph, data } = await firstParagraph("Coastguard officials said 14 fishermen drowned, while the port authority said the toll was 19.");
    expect(sequence(paragraph)).toEqual([
      "[a1] Coastguard officials said 14 fishermen drowned",
      "^1 #fn-coastguard-officials",
      "[a2] the port authority said the toll was 19.",
      "^2 #fn-port-authority",
    ]);
    expect(data.attributions.map((a) => a.sentence.slice(...a.clause))).toEqual([
      "Coastguard officials said 14 fishermen drowned",
      "the port authority said the toll was 19.",
    ]);
    // Each figure stays with the clause that states it.
    expect(data.figures.map((f) => [f.value, f.source, f.attribution])).toEqual([
      [14, "coastguard-officials", "a1"],
      [19, "port-authority", "a2"],
    ]);
  });

  it("should put a clause's reference after its closing quotation mark", async () => {
    const { paragraph } = await firstParagraph("The governor said “at least 30 are dead”, but the Red Cross said 41 people had died.");
    const html = toHtml(paragraph);
    expect(html).toMatch(/at least 30<\/data> are dead”<\/span><sup><a href="#fn-governor"/);
    expect(sequence(paragraph).filter((s) => s.startsWith("^"))).toEqual(["^1 #fn-governor", "^2 #fn-red-cross"]);
  });

  it("should credit the figure of a second clause to the speaker named after it", async () => {
    const { data } = await firstParagraph("Nine climbers died, the park service said, but 3 are still missing, according to the mountaineering federation.");
    expect(data.figures.map((f) => [f.value, f.metric, f.source])).toEqual([
      [9, "killed", "park-service"],
      [3, "missing", "mountaineering-federation"],
    ]);
  });

  it("should nest the statements, references after the sentence, when emphasis crosses the joint of the clauses", async () => {
    const { paragraph, data } = await firstParagraph("Police said *12 people died, while the* ministry said 15 had died.");
    expect(sequence(paragraph).map((s) => s.replace(/\] .*/, "]"))).toEqual(["[a1]", "[a2]", "^1 #fn-police", "^2 #fn-ministry"]);
    const whole = data.attributions[0]!.sentence.length;
    expect(data.attributions.map((a) => a.clause)).toEqual([
      [0, whole],
      [0, whole],
    ]);
    expect(data.figures.map((f) => f.source)).toEqual(["police", "ministry"]);
  });

  it("should keep one statement element around the other when two sources share one clause, references after it in reading order", async () => {
    const { paragraph, data } = await firstParagraph("The UN said the toll had risen to 366, compared with a count of 281 issued by the government.");
    expect(data.attributions.map((a) => a.clause)).toEqual([
      [0, 93],
      [0, 93],
    ]);
    expect(sequence(paragraph).map((s) => s.replace(/\] .*/, "]"))).toEqual(["[a1]", "[a2]", "^1 #fn-un", "^2 #fn-government"]);
  });
});
