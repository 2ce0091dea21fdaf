/**
 * parse-english with a faster first step. The library's `tokenize` cuts text into runs of word characters,
 * white space, punctuation and symbols, testing each character against three Unicode regular expressions;
 * this one looks the class of most characters up in a table made from the library's own answers when the
 * parser is made, and asks the library for the rest, one character at a time. It makes the library's nodes
 * without their positions; everything after (the sentence, paragraph and root steps) is the library's.
 */
import type { SentenceContent } from "nlcst";
import { ParseEnglish } from "parse-english";

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
   * of word characters or of white space is one node, and a run of one punctuation or symbol character
   * repeated is one node. The nodes have no positions: the prose layer knows where each leaf is
   * (prose-tree.ts), and the parser's later steps only carry positions along.
   */
  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = [];
    if (!value) return children;
    let from = 0;
    let previousClass: NodeClass | undefined;
    let previous = "";
    for (let index = 0; index < value.length; index++) {
      const character = value.charAt(index);
      const type = this.classOf(character);
      const code = character.charCodeAt(0);
      // A run goes on over word characters and white space, over one punctuation or symbol character
      // repeated, and over the halves of a surrogate pair.
      const continues = previousClass === type && (type === "WordNode" || type === "WhiteSpaceNode" || character === previous || (code >= 0xd800 && code <= 0xdfff));
      if (from < index && previousClass !== undefined && !continues) {
        children.push(node(previousClass, value.slice(from, index)));
        from = index;
      }
      previousClass = type;
      previous = character;
    }
    if (previousClass !== undefined && from < value.length) children.push(node(previousClass, value.slice(from)));
    return children;
  }
}

/** A node of `tokenize`: a word holds one text node. */
function node(type: NodeClass, value: string): SentenceContent {
  return type === "WordNode" ? { type, children: [{ type: "TextNode", value }] } : { type, value };
}
