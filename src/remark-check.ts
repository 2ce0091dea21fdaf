/**
 * Warn about what an editor should look at before publishing: figures with no source, sources in the
 * registry that no statement cites, and sources the text names only as conduits.
 * (Overrides that change nothing are reported where they are read.)
 */
import type { Root } from "mdast";
import type { Plugin } from "unified";
import type { RegistryEntry } from "./types.ts";
import "./mdast.ts";
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

    for (const figure of data.figures) {
      if (figure.source === null && figure.metric !== "other" && !figure.excluded) {
        warn(`Figure \`${figure.text}\` (${figure.metric}) has no source: the article states it itself`, figure.line, "unsourced-figure");
      }
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
      warn(`Source \`${source.name}\` is named only as a conduit, never cited for a statement of its own`, via?.line ?? 1, "uncited-source");
    }
  };
};
