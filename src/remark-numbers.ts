/**
 * Tag every number in the prose with its kind.
 */
import type { Root } from "mdast";
import type { Plugin } from "unified";
import "./mdast.ts";

/** Options of `remarkNumbers`. */
export interface NumbersOptions {
  /** The article's date (YYYY-MM-DD), which gives the year of "September 17". Default: none. */
  date?: string | null;
}

/** Wrap numbers in `<data>`/`<time>` (placeholder until the number tagger lands). */
export const remarkNumbers: Plugin<[NumbersOptions?], Root> = function () {
  return () => {};
};
