/**
 * Where the pipeline's time goes: the processor `createProcessor` makes, rebuilt with every plugin's
 * transformer timed, plus the parser and the compiler. Follows processor.ts, whatever its plugins are.
 */
import type { Node } from "unist";
import { unified, type Plugin, type Processor } from "unified";
import { VFile } from "vfile";

/** Milliseconds per step: `parse`, each plugin by name, `stringify`. */
export type Breakdown = Map<string, number>;

type Transformer = (tree: Node, file: VFile) => unknown;

/** Process each document with a copy of its processor whose steps are timed; return the total time of each step. */
export async function breakdown(make: (index: number) => { attachers: ReadonlyArray<readonly [unknown, ...unknown[]]> }, documents: Array<{ path: string; body: string }>): Promise<Breakdown> {
  const totals: Breakdown = new Map([["parse", 0]]);
  const add = (name: string, ms: number) => totals.set(name, (totals.get(name) ?? 0) + ms);
  for (const [index, document] of documents.entries()) {
    const base = make(index);
    const timed = unified();
    for (const [plugin, ...options] of base.attachers) {
      const name = (plugin as { name?: string }).name || "anonymous plugin";
      const wrapper = function (this: Processor, ...args: unknown[]) {
        const transformer = (plugin as (...a: unknown[]) => unknown).apply(this, args);
        if (typeof transformer !== "function" || transformer.length > 2) return transformer;
        return (tree: Node, file: VFile) => {
          const start = performance.now();
          const result = (transformer as Transformer)(tree, file);
          add(name, performance.now() - start);
          return result;
        };
      } as Plugin<unknown[]>;
      timed.use(wrapper, ...options);
    }
    const file = new VFile({ path: document.path, value: document.body });
    let start = performance.now();
    const tree = timed.parse(file);
    add("parse", performance.now() - start);
    const result = await timed.run(tree, file);
    start = performance.now();
    timed.stringify(result, file);
    add("stringify", performance.now() - start);
  }
  return totals;
}
