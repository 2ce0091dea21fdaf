/**
 * Tag attributed sentences with their source.
 *
 * Runs after `remarkSentences`. For each sentence it finds the attributions (src/nlp/attribution.ts),
 * carries quotations across sentences and paragraphs (a quote that opens in one sentence and closes in a
 * later one is credited to the same speaker, whichever end the cue is at), resolves every source to a
 * canonical one (src/nlp/resolve.ts), and marks the sentence as a statement element with an id and
 * `data-source`.
 */
import type { Root } from "mdast";
import type { Plugin } from "unified";
import type { VFile } from "vfile";
import type { Sentence, Statement } from "./mdast.ts";
import { eachOfType } from "./tree-walk.ts";
import { STATEMENT_OPENERS } from "./nlp/lexicon/report-nouns.ts";
import { maskRanges, type Token } from "./nlp/tokens.ts";
import { placeAt } from "./remark-sentences.ts";
import { endsInsideOf, findAttributions, narrationSubject, quoteMarks, quotedRangesOf, type FoundAttribution, type QuoteMark } from "./nlp/attribution.ts";
import { SourceResolver } from "./nlp/resolve.ts";
import type { ArticleMeta, Attribution, RegistryEntry } from "./types.ts";
import { addMessage, lineStart } from "./message.ts";
import { wrapClauses } from "./mdast-clauses.ts";


/** Options of `remarkAttribution`. */
export interface AttributionOptions {
  /** Canonical sources and their aliases (the front matter's `sources`). Default: none. */
  registry?: RegistryEntry[];
  /** The article's title, slug and date. Default: untitled. */
  meta?: ArticleMeta;
}

interface Item {
  node: Sentence;
  found: FoundAttribution[];
  /** What the rules found, even where the author overrode them (to warn about overrides that change nothing). */
  ruleFound: FoundAttribution[];
  /** Inside a quotation at the start of the sentence. */
  startsInside: boolean;
  endsInside: boolean;
  /** Attributions borrowed from a neighbour in the same quotation. */
  borrowed: FoundAttribution[];
}

/** Find attributed statements and resolve their sources. */
export const remarkAttribution: Plugin<[AttributionOptions?], Root> = function (options = {}) {
  const registry = options.registry ?? [];
  const meta = options.meta ?? { title: "", slug: "article", date: null };
  return (tree, file) => {
    const items = collect(tree);
    carryQuotations(items);
    const resolver = new SourceResolver(registry);
    const attributions: Attribution[] = [];
    for (const item of items) tagSentence(item, resolver, attributions, file);
    file.data.sourced = {
      article: meta,
      sources: resolver.sources(),
      attributions,
      figures: [],
      numbers: [],
      comparison: [],
    };
  };
};

/** Gather the sentences in reading order, with what each says about quotation marks. */
function collect(tree: Root): Item[] {
  const items: Item[] = [];
  let inside = false;
  let lastParagraph = -1;
  eachOfType<Sentence>(tree, "sentence", (node) => {
    const text = node.data.text;
    const marks = quoteMarks(text);
    if (node.data.paragraph !== lastParagraph) {
      // News convention: a long quote's paragraphs each open with a quote mark, and only the last
      // closes. A paragraph that does not open with one ends any quotation left open.
      const first = marks[0];
      const opensWithQuote = first !== undefined && first.at === 0 && first.type === "open";
      if (inside && opensWithQuote) {
        // Treat the reopening mark as a continuation: the sentence starts inside.
        inside = true;
      } else {
        inside = false;
      }
      lastParagraph = node.data.paragraph;
    }
    const startsInside = inside;
    // The marks of the continuation text (see `continuationText`): the same unless it drops an opening mark.
    const continued = continuationText(text, startsInside, marks);
    const continuedMarks = continued === text ? marks : quoteMarks(continued);
    const quoted = quotedRangesOf(continuedMarks, continued.length, startsInside);
    // Inline code is not prose: mask it so no cue or speaker is read from it.
    const masked = maskRanges(text, node.data.protected);
    const ruleFound = findAttributions(masked, quoted, node.data.tokens);
    const found = node.data.override ? [] : ruleFound;
    inside = endsInsideOf(continuedMarks, startsInside);
    items.push({ node, found, ruleFound, startsInside, endsInside: inside, borrowed: [] });
  });
  return items;
}

/** A paragraph that reopens a continuing quotation: drop its opening mark from the count. */
function continuationText(text: string, startsInside: boolean, marks: QuoteMark[]): string {
  if (!startsInside) return text;
  const first = marks[0];
  if (first && first.at === 0 && first.type === "open") return ` ${text.slice(1)}`;
  return text;
}

/** Credit every sentence of a multi-sentence quotation to the speaker named at either end. */
function carryQuotations(items: Item[]): void {
  let run: Item[] = [];
  // The speaker of a quoted statement just before the run, in the same paragraph: “...,” said Ali.
  // “The water came at night. We ran.” goes on in his voice.
  let before: FoundAttribution[] | null = null;
  const flush = (speaker: FoundAttribution[] | null) => {
    if (speaker && speaker.length > 0) {
      for (const item of run) {
        if (item.found.length === 0 && !item.node.data.override) {
          item.borrowed = speaker.map((s) => ({ ...s, span: [0, item.node.data.text.length] as [number, number], kind: "direct-quote" as const }));
        }
      }
    }
    run = [];
  };
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    // A sentence that is all quotation, right after a quoted statement in the same paragraph, goes on
    // in the same voice: “We lost everything,” said Ali. “The water came at night.”
    const previous = items[k - 1];
    if (
      previous &&
      !item.startsInside &&
      item.found.length === 0 &&
      (previous.node.data.paragraph === item.node.data.paragraph || (quoteParagraphAfter(previous, item) && items[k + 1]?.node.data.paragraph !== item.node.data.paragraph)) &&
      isWholeQuote(item.node.data.text)
    ) {
      const speaker = previous.found.length > 0 ? previous.found : previous.borrowed;
      if (speaker.length === 1 && speaker[0]!.kind === "direct-quote") {
        item.borrowed = [{ ...speaker[0]!, span: [0, item.node.data.text.length], kind: "direct-quote" }];
        continue;
      }
    }
    if (item.startsInside) {
      run.push(item);
      if (!item.endsInside) {
        // The quotation closes here: a speaker after the close ("...?" the AP reports X as saying)
        // or the one who opened it.
        const opener = run.find((r) => r.found.length > 0 && r !== item);
        flush(item.found.length > 0 ? item.found : opener ? opener.found : before);
      }
      continue;
    }
    if (run.length > 0) flush(null);
    if (item.endsInside) {
      run = [item];
      before = null;
      if (previous && item.found.length === 0 && (previous.node.data.paragraph === item.node.data.paragraph || quoteParagraphAfter(previous, item)) && quoteMarks(item.node.data.text)[0]?.at === 0) {
        const speaker = previous.found.length > 0 ? previous.found : previous.borrowed;
        if (speaker.length === 1 && speaker[0]!.kind === "direct-quote") before = speaker;
      }
    }
  }
  flush(null);
  // A quotation opened after a cue and left open ("It added: “...") is the opener's: handled above
  // when it closes; when it never closes, the sentences stay untagged rather than guessed.
}

/**
 * Whether `item` opens the paragraph right after the one `previous` closes: a paragraph that is all quotation
 * after a quoted statement goes on in the same voice (“...,” the agency said. / “The car was far away.”).
 */
function quoteParagraphAfter(previous: Item, item: Item): boolean {
  return item.node.data.index === 0 && item.node.data.paragraph === previous.node.data.paragraph + 1;
}

/** Whether a sentence is one quotation from its first character to its last. */
function isWholeQuote(text: string): boolean {
  const marks = quoteMarks(text);
  return marks.length === 2 && marks[0]!.at === 0 && marks[0]!.type === "open" && marks[1]!.type === "close" && marks[1]!.at >= text.length - 2;
}

/** A sentence's statements as they are made: each attribution with the span of its clause. */
interface Statements {
  attributions: Attribution[];
  spans: Array<[number, number]>;
}

/** Tag one sentence: its attributions (the author's override, or what the rules found), resolved, and its statement elements. */
function tagSentence(item: Item, resolver: SourceResolver, out: Attribution[], file: VFile): void {
  const { node } = item;
  const statements: Statements = { attributions: [], spans: [] };
  if (node.data.override) overrideStatement(item, resolver, out, file, statements);
  else ruleStatements(item, resolver, out, file, statements);
  const { attributions, spans } = statements;
  // A person or group the narration names may be the "she" or "they" of the next statement: "Maria
  // Delgado, 67, spent the night in her car. “We grabbed the dogs,” she said."
  if (attributions.length === 0 && !node.data.override) {
    const subject = narrationSubject(node.data.text, node.data.tokens);
    if (subject) resolver.noteSubject(subject);
  }
  node.data.attributions = attributions;
  node.data.spans = spans;
  out.push(...attributions);
  if (attributions.length > 0) markStatements(node, statements);
}

/** The author's `:source{#id}` or `:unattributed` on a sentence: its statement, or a message when it names no source or changes nothing. */
function overrideStatement(item: Item, resolver: SourceResolver, out: Attribution[], file: VFile, statements: Statements): void {
  const { node } = item;
  const override = node.data.override!;
  const place = node.data.overridePlace ?? { line: node.data.line, column: node.data.column };
  const ruled = item.ruleFound.map((f) => resolver.peek(f.sourceText, f.pronoun));
  if (override === "none") {
    if (ruled.length === 0 && item.borrowed.length === 0) {
      addMessage(file, "Override changed nothing: the tagger did not attribute this sentence", { place, ruleId: "useless-override" });
    }
    return;
  }
  if (!resolver.has(override)) {
    const known = resolver.ids();
    addMessage(
      file,
      `Unknown source \`${override}\` in \`:source\` override: expected one of ${known.length > 0 ? known.map((k) => `\`${k}\``).join(", ") : "the ids of `sources` in front matter (there are none)"}`,
      { place, ruleId: "unknown-source", fatal: true },
    );
    return;
  }
  if (ruled.length === 1 && ruled[0] === override) {
    addMessage(file, `Override changed nothing: the tagger already credits this sentence to \`${override}\``, { place, ruleId: "useless-override" });
  }
  const name = resolver.nameOf(override) ?? override;
  resolver.cite(override, name);
  statements.attributions.push({
    id: `a${out.length + 1}`,
    sentence: node.data.text,
    clause: [0, node.data.text.length],
    source: override,
    sourceText: name,
    cue: "(set by the author)",
    kind: /[“”"«»]/.test(node.data.text) ? "direct-quote" : "indirect",
    via: null,
    line: node.data.line,
    column: node.data.column,
    origin: "override",
  });
  statements.spans.push([0, node.data.text.length]);
}

/** The statements the rules found in the sentence (or the quotation it continues), each source resolved; a message for one that cannot be. */
function ruleStatements(item: Item, resolver: SourceResolver, out: Attribution[], file: VFile, statements: Statements): void {
  const { node } = item;
  const { attributions, spans } = statements;
  for (const f of item.found.length > 0 ? item.found : item.borrowed) {
    // The source as written in this sentence; a carried quotation's speaker stands in another sentence.
    const place = item.found.length > 0 ? placeAt(node, f.sourceStart) : { line: node.data.line, column: node.data.column };
    const source = resolver.resolve(f.sourceText, f.pronoun);
    if (!source) {
      addMessage(file, `Cannot resolve \`${f.sourceText}\` to a source: no earlier source fits`, {
        place: lineStart(place.line, place.column),
        ruleId: "unresolved-pronoun",
      });
      continue;
    }
    // "In a statement, the police said ...": a later "the statement" is theirs.
    if (!f.pronoun && mentionsAStatement(node.data.tokens)) resolver.noteDocument(source);
    const via = f.via ? resolver.resolve(f.via) : null;
    // The same source named twice ("Police said ..., and the police added ..."): one statement over both clauses.
    const same = attributions.findIndex((a) => a.source === source);
    if (same >= 0) {
      spans[same] = [Math.min(spans[same]![0], f.span[0]), Math.max(spans[same]![1], f.span[1])];
      continue;
    }
    attributions.push({
      id: `a${out.length + attributions.length + 1}`,
      sentence: node.data.text,
      clause: [0, node.data.text.length],
      source,
      sourceText: f.sourceText,
      cue: f.cue,
      kind: f.kind,
      via,
      line: place.line,
      column: place.column,
      origin: "rule",
      // A sentence credited to the speaker of a quotation it continues: the quotation carries the attribution.
      rule: item.found.length > 0 ? f.rule : "quotation-carry",
    });
    spans.push(f.span);
  }
}

/** Make the sentence's statement elements: one per clause when two speakers have separate clauses, else nested. */
function markStatements(node: Item["node"], { attributions, spans }: Statements): void {
  // Two speakers in separate clauses: each clause is its own statement element, with its own reference after it.
  const properties = (a: Attribution) => ({ id: a.id, className: ["statement"], dataSource: a.source });
  if (attributions.length > 1 && wrapClauses(node, attributions.map((a, k) => ({ range: spans[k]!, properties: properties(a) })))) {
    node.data.hProperties = { id: node.data.id };
    attributions.forEach((a, k) => (a.clause = spans[k]!));
    return;
  }
  // Otherwise the sentence is the statement element; a second source in the same sentence gets an element
  // nested inside it, so each statement has its own id and footnote reference.
  const [first, ...rest] = attributions;
  node.data.hProperties = { id: first!.id, className: ["statement"], dataSource: first!.source };
  let children = node.children;
  for (const extra of rest.reverse()) {
    const inner: Statement = {
      type: "statement",
      children,
      data: { hName: "span", hProperties: { id: extra.id, className: ["statement"], dataSource: extra.source } },
    };
    children = [inner];
  }
  node.children = children;
}

/** Whether a sentence names a source's statement: "In a statement, the police said ...", "its written statement". */
function mentionsAStatement(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => {
    if (t.lower !== "statement") return false;
    const before = tokens[k - 1]?.lower === "written" ? tokens[k - 2] : tokens[k - 1];
    return before !== undefined && STATEMENT_OPENERS.has(before.lower);
  });
}
