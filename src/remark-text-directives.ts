/**
 * remark-directive's syntax, with one change: a text directive (`:name[label]{attributes}`) starts only
 * where a word cannot go on, never right after a letter, digit or `_`. Prose such as
 * `Warning:see[the *manual*](https://example.com)` is text with its link and emphasis, not a directive
 * `:see` that swallows them; `He said :source[...]{#id}` and `(:figure[3 people])` are directives still.
 */
import remarkDirective from "remark-directive";
import type { Processor } from "unified";

/** The part of a micromark construct this plugin changes. */
interface Construct {
  previous?: (this: unknown, code: number | null) => boolean;
  [key: string]: unknown;
}

/** The part of a micromark extension this plugin changes. */
interface Extension {
  text?: Record<number, Construct | Construct[]>;
  [key: string]: unknown;
}

const COLON = 58;

/** Whether a micromark character code is a word character (a Unicode letter or digit, or `_`). */
function isWordCode(code: number | null): boolean {
  return code !== null && code >= 0 && /[\p{L}\p{N}_]/u.test(String.fromCodePoint(code));
}

/** Make `construct` refuse to start right after a word character. */
function afterWordBoundary(construct: Construct): Construct {
  const previous = construct.previous;
  return {
    ...construct,
    previous(this: unknown, code: number | null) {
      return !isWordCode(code) && (previous ? previous.call(this, code) : true);
    },
  };
}

/** Add remark-directive's syntax, with text directives only at a word boundary. */
export function remarkTextDirectives(this: Processor): undefined {
  remarkDirective.call(this as never);
  const extensions = this.data().micromarkExtensions as Extension[];
  const index = extensions.length - 1;
  const added = extensions[index]!;
  const text = added.text?.[COLON];
  if (!text) throw new Error("remark-directive added no text directive construct: expected one for `:`");
  extensions[index] = { ...added, text: { ...added.text, [COLON]: Array.isArray(text) ? text.map(afterWordBoundary) : afterWordBoundary(text) } };
  return undefined;
}
