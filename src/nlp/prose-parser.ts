/**
 * parse-english with a faster first step. The library's `tokenize` cuts text into runs of word characters,
 * white space, punctuation and symbols, testing each character against three Unicode regular expressions;
 * this one looks the class of most characters up in a table made from the library's own answers when the
 * parser is made, and asks the library for the rest, one character at a time. The nodes, their positions and
 * everything after (the library's sentence, paragraph and root steps) are the library's.
 */
import type { SentenceContent } from "nlcst";
import { ParseEnglish } from "parse-english";
import type { Point } from "unist";

/** The node types `tokenize` makes, by class number in the tables. */
const CLASSES = ["WordNode", "PunctuationNode", "WhiteSpaceNode", "SymbolNode"] as const;
type NodeClass = (typeof CLASSES)[number];

/** The characters looked up in a table: ASCII and Latin-1, and General Punctuation (curly quotes, dashes, ellipsis). */
const LATIN_END = 0x100;
const GENERAL_PUNCTUATION = [0x2000, 0x2070] as const;

/** parse-english, its `tokenize` reading character classes from tables. */
export class ProseParser extends ParseEnglish {
  private readonly latin = new Uint8Array(LATIN_END);
  private readonly punctuation = new Uint8Array(GENERAL_PUNCTUATION[1] - GENERAL_PUNCTUATION[0]);

  constructor() {
    super();
    for (let code = 0; code < LATIN_END; code++) this.latin[code] = CLASSES.indexOf(this.askLibrary(String.fromCharCode(code)));
    for (let code = GENERAL_PUNCTUATION[0]; code < GENERAL_PUNCTUATION[1]; code++) {
      this.punctuation[code - GENERAL_PUNCTUATION[0]] = CLASSES.indexOf(this.askLibrary(String.fromCharCode(code)));
    }
  }

  /** The class the library gives one character (a UTF-16 unit, as it reads them). */
  private askLibrary(character: string): NodeClass {
    return super.tokenize(character)[0]!.type as NodeClass;
  }

  private classOf(character: string): NodeClass {
    const code = character.charCodeAt(0);
    if (code < LATIN_END) return CLASSES[this.latin[code]!]!;
    if (code >= GENERAL_PUNCTUATION[0] && code < GENERAL_PUNCTUATION[1]) return CLASSES[this.punctuation[code - GENERAL_PUNCTUATION[0]]!]!;
    return this.askLibrary(character);
  }

  /**
   * Cut `value` into word, white space, punctuation and symbol nodes, as parse-latin's `tokenize` does: a run
   * of word characters or of white space is one node, a run of one punctuation or symbol character repeated is
   * one node, and each node has the position the library gives it (line, column, offset in `value`).
   */
  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = [];
    if (!value) return children;
    const current: Point = { line: 1, column: 1, offset: 0 };
    let from = 0;
    let start: Point = { ...current };
    let previousClass: NodeClass | undefined;
    let previous = "";
    const flush = (type: NodeClass, to: number): void => {
      const text = value.slice(from, to);
      children.push(
        type === "WordNode"
          ? { type, children: [{ type: "TextNode", value: text, position: { start, end: { ...current } } }], position: { start, end: { ...current } } }
          : { type, value: text, position: { start, end: { ...current } } },
      );
    };
    for (let index = 0; index < value.length; index++) {
      const character = value.charAt(index);
      const type = this.classOf(character);
      const code = character.charCodeAt(0);
      // A run goes on over word characters and white space, over one punctuation or symbol character
      // repeated, and over the halves of a surrogate pair.
      const continues = previousClass === type && (type === "WordNode" || type === "WhiteSpaceNode" || character === previous || (code >= 0xd800 && code <= 0xdfff));
      if (from < index && previousClass !== undefined && !continues) {
        flush(previousClass, index);
        from = index;
        start = { ...current };
      }
      if (character === "\r" || (character === "\n" && previous !== "\r")) {
        current.line++;
        current.column = 1;
      } else if (character !== "\n") {
        current.column++;
      }
      current.offset!++;
      previousClass = type;
      previous = character;
    }
    if (previousClass !== undefined && from < value.length) flush(previousClass, value.length);
    return children;
  }
}
