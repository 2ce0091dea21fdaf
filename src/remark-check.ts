/**
 * Warn about what an editor should look at before publishing: figures with no source, sources in the
 * registry that no statement cites, sources the text names only as conduits, figures the comparison set
 * aside and why, figures it could not match, vague sources, and one source split across two names.
 * (Overrides that change nothing are reported where they are read.)
 */
import type { Root } from "mdast";
import type { Plugin } from "unified";
import type { Point } from "unist";
import { isRevision, METRIC_NAMES } from "./comparison.ts";
import { isVagueSource } from "./nlp/sources.ts";
import type { Figure, RegistryEntry, Source } from "./types.ts";
import "./mdast.ts";
import { eachOfType } from "./tree-walk.ts";
import type { NumberNode } from "./remark-numbers.ts";
import "./remark-numbers.ts";


/** Why the comparison set a figure aside, in words. */
const SET_ASIDE_REASONS: Readonly<Record<string, string>> = {
  "part-of": "it is part of another count",
  increment: "it is an increment",
  "earlier-count": "it is an earlier count",
  "other-event": "it counts another event or time",
  cumulative: "it is a total over a period",
  hypothetical: "it is a question, projection or fear",
};

/** Where each figure's `<data>` starts in the Markdown, when its number kept a position. */
function figurePlaces(tree: Root): Map<string, Point> {
  const places = new Map<string, Point>();
  eachOfType<NumberNode>(tree, "number", (node) => {
    const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
    if (typeof id === "string" && node.position) places.set(id, node.position.start);
  });
  return places;
}

/** Two sources that look like one split in two: one name is the other's last word ("Lassegue" and "Marie-Laurence Jocelyn Lassegue"). */
function splitPairs(sources: Source[]): Array<[Source, Source]> {
  const pairs: Array<[Source, Source]> = [];
  const byLast = new Map<string, Source[]>();
  for (const source of sources) {
    const words = source.name.split(/\s+/);
    if (words.length < 2 || !/^\p{Lu}/u.test(words.at(-1)!)) continue;
    const last = words.at(-1)!.toLowerCase();
    byLast.set(last, [...(byLast.get(last) ?? []), source]);
  }
  for (const source of sources) {
    if (/\s/.test(source.name)) continue;
    for (const other of byLast.get(source.name.toLowerCase()) ?? []) pairs.push([other, source]);
  }
  return pairs;
}
import { addMessage, lineStart } from "./message.ts";

/** Options of `remarkCheck`. */
export interface CheckOptions {
  /** The front matter's `sources`, to find entries no statement cites. Default: none. */
  registry?: RegistryEntry[];
  /** The line of each registry entry in the file, by id, for messages. Default: line 1. */
  registryLines?: Record<string, number>;
}

/** Add warnings about unsourced figures and uncited sources to the file. */
export const remarkCheck: Plugin<[CheckOptions?], Root> = function (options = {}) {
  const registry = options.registry ?? [];
  const lines = options.registryLines ?? {};
  return (_tree, file) => {
    const data = file.data.sourced;
    if (!data) return;
    const warn = (reason: string, line: number, ruleId: string) => addMessage(file, reason, { place: lineStart(line), ruleId });

    const places = figurePlaces(_tree);
    const byId = new Map(data.figures.map((figure) => [figure.id, figure]));
    const warnAt = (figure: Figure, reason: string, ruleId: string) =>
      addMessage(file, reason, { place: places.get(figure.id) ?? lineStart(figure.line), ruleId });
    for (const figure of data.figures) {
      if (figure.source === null && figure.metric !== "other" && !figure.excluded) {
        warnAt(figure, `Figure \`${figure.text}\` (${figure.metric}) has no source: the article states it itself`, "unsourced-figure");
      }
    }
    for (const metric of data.comparison) {
      for (const item of metric.setAside) {
        const figure = byId.get(item.figure)!;
        const why = SET_ASIDE_REASONS[item.reason];
        if (!why) continue;
        const whole = item.partOf ? byId.get(item.partOf) : undefined;
        const of = whole ? ` (\`${whole.text}\`, line ${whole.line})` : "";
        warnAt(figure, `Figure \`${figure.text}\` (${METRIC_NAMES[figure.metric].noun || figure.metric}) is not compared: ${why}${of}`, "figure-set-aside");
      }
      for (const difference of metric.differences) {
        if (isRevision(difference)) continue;
        const a = byId.get(difference.a)!;
        const b = byId.get(difference.b)!;
        warnAt(
          b,
          `Figures \`${a.text}\` (line ${a.line}) and \`${b.text}\` differ, but their ${difference.unmatched.filter((what) => what !== "revision").join(", ")} could not be matched: if one counts something else, scope it with \`:figure[...]{scope="..."}\``,
          "unscoped-figure",
        );
      }
    }
    for (const source of data.sources) {
      if (!isVagueSource(source.name)) continue;
      // At the first statement that names it so: an attribution's place is its source's first word.
      const first = data.attributions.find((a) => a.source === source.id && isVagueSource(a.sourceText));
      const mention = first?.sourceText ?? source.mentions[0] ?? source.name;
      addMessage(file, `Source \`${source.name}\` is vague: say who it is in the text, or name it in \`sources\` with \`aliases: ${JSON.stringify([mention])}\``, {
        place: lineStart(first?.line ?? 1, first?.column),
        ruleId: "vague-source",
      });
    }
    for (const [full, short] of splitPairs(data.sources)) {
      const first = data.attributions.find((a) => a.source === short.id);
      addMessage(file, `Sources \`${full.name}\` and \`${short.name}\` may be one source: add \`${short.name}\` to its \`aliases\` in \`sources\``, {
        place: lineStart(first?.line ?? 1, first?.column),
        ruleId: "split-source",
      });
    }

    const cited = new Set(data.attributions.map((a) => a.source));
    for (const entry of registry) {
      if (!cited.has(entry.id)) {
        warn(`Source \`${entry.id}\` is in \`sources\` but no statement cites it`, lines[entry.id] ?? 1, "uncited-source");
      }
    }
    for (const source of data.sources) {
      if (cited.has(source.id) || registry.some((r) => r.id === source.id)) continue;
      const via = data.attributions.find((a) => a.via === source.id);
      addMessage(file, `Source \`${source.name}\` is named only as a conduit, never cited for a statement of its own`, {
        place: lineStart(via?.line ?? 1, via?.column),
        ruleId: "uncited-source",
      });
    }
  };
};
