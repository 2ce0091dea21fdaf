/**
 * The node types sourced adds to mdast, and the data it carries on the vfile.
 */
import type { Token } from "./nlp/tokens.ts";
import type { Data, Parent, PhrasingContent } from "mdast";
import type { ArticleData, Attribution } from "./types.ts";

/** Data on a sentence node: its text, and what the tagger found in it. */
export interface SentenceData extends Data {
  /** The sentence's plain text (inline code kept as written). */
  text: string;
  /** Offsets of inline code in `text`, where nothing is tagged. */
  protected: Array<[number, number]>;
  /** The sentence's one token stream, made once by remarkSentences with inline code masked; every tagger reads it. */
  tokens: Token[];
  /** 1-based line of the sentence's start. */
  line: number;
  /** 1-based column of the sentence's start. */
  column: number;
  /** Element id, unique in the article. */
  id: string;
  /** The paragraph's index in the document and the sentence's index in it. */
  paragraph: number;
  index: number;
  /** Attributions of this sentence (one per source). */
  attributions: Attribution[];
  /** For each attribution, the part of `text` it covers (figures inside belong to it). */
  spans: Array<[number, number]>;
  /** An author's override: a source id, or `none` for "not attributed". */
  override?: string;
}

/** A sentence of a paragraph, rendered as `<span>`. */
export interface Sentence extends Parent {
  type: "sentence";
  children: PhrasingContent[];
  data: SentenceData;
}

/** A second statement inside a sentence that credits two sources, rendered as a nested `<span>`. */
export interface Statement extends Parent {
  type: "statement";
  children: PhrasingContent[];
}

declare module "mdast" {
  interface PhrasingContentMap {
    sentence: Sentence;
    statement: Statement;
  }
  interface RootContentMap {
    sentence: Sentence;
    statement: Statement;
  }
}

declare module "vfile" {
  interface DataMap {
    /** The tagged data of the article, filled in by the plugins. */
    sourced: ArticleData;
  }
}
