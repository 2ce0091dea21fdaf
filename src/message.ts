/**
 * The one way sourced adds a message to an article's file: with a place (line and column), a rule id,
 * `source: "sourced"`, and `fatal` for an error that stops the build. Printing is the CLI's business.
 */
import type { Point, Position } from "unist";
import type { VFile } from "vfile";

/** A message on a file, as `file.message` returns it. */
export type Message = ReturnType<VFile["message"]>;

/** Options of `addMessage`. */
export interface MessageOptions {
  /** Where in the Markdown file: a node's position, or a point. Default: none (the whole file). */
  place?: Point | Position | null | undefined;
  /** The rule, as listed in the README's diagnostics table, e.g. `unsourced-figure`. */
  ruleId: string;
  /** True for an error: the article cannot be published until it is fixed. Default: false (a warning). */
  fatal?: boolean;
}

/** Add a message from sourced to `file` and return it. */
export function addMessage(file: VFile, reason: string, options: MessageOptions): Message {
  return withoutStackTrace(() => {
    const message = file.message(reason, { place: options.place ?? undefined, ruleId: options.ruleId, source: "sourced" });
    if (options.fatal) message.fatal = true;
    return message;
  });
}

/**
 * Run `make` with no call stack recorded for the errors it makes. A message is an Error, and recording the
 * stack is most of its cost; vfile-message then sets `stack` to "" for a message made from a reason, so the
 * record is never read.
 */
export function withoutStackTrace<T>(make: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A point at a line, column 1 unless given: for messages about a whole line. */
export function lineStart(line: number, column = 1): Point {
  return { line, column };
}
