/**
 * One reference per statement run: when consecutive statements in one paragraph are credited to one
 * source, only the last carries the note number ("¹¹ ¹¹ ¹¹" becomes one "¹¹"). The note's backlinks to
 * the statements whose reference went point at the statements themselves.
 *
 * Runs after rehype-sources, which puts a reference after every statement.
 */
import type { Root } from "hast";
import type { VFile } from "vfile";
import { findReferences, type Reference } from "./hast-references.ts";
import { eachElement } from "./tree-walk.ts";
import "./mdast.ts";

/**
 * Group each run of statements of one source to its last reference; record the run on `file.data.referenceRuns`
 * and the references left on `file.data.references`.
 */
export function rehypeReferenceRuns() {
  return (tree: Root, file: VFile) => {
    const data = file.data.sourced;
    if (!data) return;
    const references = findReferences(tree, data);
    const kept: Reference[] = [];
    const runs: Record<string, string[]> = {};
    const retarget = new Map<string, string>();
    let run: string[] = [];
    references.forEach((reference, index) => {
      run.push(reference.attribution.id);
      const next = references[index + 1];
      const continues = next !== undefined && next.attribution.source === reference.attribution.source && next.block === reference.block;
      if (continues) {
        // This statement's reference goes; the next one stands for both.
        const at = reference.parent.children.indexOf(reference.sup);
        reference.parent.children.splice(at, 1);
        retarget.set(`#fnref-${reference.attribution.id}`, `#${reference.attribution.id}`);
        return;
      }
      runs[reference.attribution.id] = run;
      run = [];
      kept.push(reference);
    });
    file.data.referenceRuns = runs;
    file.data.references = kept;
    if (retarget.size === 0) return;
    eachElement(tree, (node) => {
      const href = node.properties.href;
      if (node.tagName === "a" && typeof href === "string" && retarget.has(href)) node.properties.href = retarget.get(href)!;
    });
  };
}

declare module "vfile" {
  interface DataMap {
    /** For each reference left after a statement run, the run's statement ids, in reading order (the last is its own). */
    referenceRuns: Record<string, string[]>;
  }
}
