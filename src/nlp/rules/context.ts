/**
 * What the attribution rules share for one sentence: its tokens (made once), which of them are quoted, the
 * attributions found so far, and how far a found source has consumed the tokens. Made fresh per sentence.
 */
import { textOf } from "../phrases.ts";
import { subjectAt } from "../subject.ts";
import type { Token } from "../tokens.ts";
import type { AttributionKind } from "../../types.ts";
import { PRONOUNS } from "../lexicon/pronouns.ts";

/** One attribution found in a sentence, before its source is resolved. */
export interface FoundAttribution {
  /** The source as written ("The Russian defense ministry", "It"). */
  sourceText: string;
  sourceStart: number;
  sourceEnd: number;
  /** The cue as written; `...` marks a gap ("quoted ... as saying"). */
  cue: string;
  kind: AttributionKind;
  /** The conduit, as written ("the Associated Press" in "the AP reports X as saying"), or null. */
  via: string | null;
  /** The part of the sentence this attribution covers (figures inside belong to it). */
  span: [number, number];
  /** True when the source is a pronoun ("It", "he") to resolve against earlier sources. */
  pronoun: boolean;
  /** The id of the rule that found it ("speaker-verb", "according-to", ...). */
  rule: string;
}

/** A run of tokens, `from` inclusive, `to` exclusive. */
export interface Span {
  from: number;
  to: number;
}

/** One sentence as the rules see it. */
export interface SentenceContext {
  sentence: string;
  tokens: Token[];
  /** Whether each token lies inside quotation marks. */
  quotedToken: boolean[];
  /** The sentence's length: statements run to it unless a later speaker cuts them. */
  end: number;
  /** Attributions found so far, in order. */
  found: FoundAttribution[];
  /** Tokens up to this index belong to a found source or conduit and are not read as cues again. */
  consumedTo: number;
  /** "direct-quote" when a quotation lies between the offsets, else "indirect". */
  kindFor(from: number, to: number): AttributionKind;
  /** Add an attribution; a later speaker's statement ends the earlier one's. */
  push(found: FoundAttribution): void;
  /** The speaker before the verb at `verb` (computed once per index). */
  subjectAt(verb: number): Span | null;
}

/** A way English attributes speech: its id, and whether it consumed the token at `i`. */
export interface AttributionRule {
  /** The rule's id, recorded on each attribution it finds. */
  id: string;
  /** Try the rule at token `i`; return true when it settled that token (found something or ruled it out). */
  apply(ctx: SentenceContext, i: number): boolean;
}

/** Build the context of one sentence from its tokens; `quoted` are the sorted spans inside quotation marks. */
export function createContext(sentence: string, quoted: Array<[number, number]>, tokens: Token[]): SentenceContext {
  const found: FoundAttribution[] = [];
  const end = sentence.length;
  // Real quotations (more than an empty pair), for telling direct quotes; binary search keeps it linear overall.
  const quotations = quoted.filter(([a, b]) => b - a > 2);
  const hasQuote = (from: number, to: number) => {
    let lo = 0;
    let hi = quotations.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotations[mid]![1] <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo < quotations.length && quotations[lo]![0] < to;
  };
  const subjects = new Map<number, Span | null>();
  return {
    sentence,
    tokens,
    quotedToken: quotedTokens(tokens, quoted),
    end,
    found,
    consumedTo: -1,
    kindFor: (from, to) => (hasQuote(from, to) ? "direct-quote" : "indirect"),
    push(a) {
      // A later speaker's statement ends the earlier one's: "X said ..., but Y put the number at ...".
      const prev = found[found.length - 1];
      if (prev && prev.span[1] === end && a.span[0] > prev.span[0] && a.span[1] === end) prev.span = [prev.span[0], a.span[0]];
      found.push(a);
    },
    subjectAt(verb) {
      if (!subjects.has(verb)) subjects.set(verb, subjectAt(tokens, verb));
      return subjects.get(verb)!;
    },
  };
}

/** Which tokens lie inside quotation marks: one merge pass over tokens and (sorted) ranges. */
function quotedTokens(tokens: Token[], quoted: Array<[number, number]>): boolean[] {
  const out: boolean[] = [];
  let r = 0;
  for (const t of tokens) {
    while (r < quoted.length && quoted[r]![1] <= t.start) r++;
    out.push(r < quoted.length && quoted[r]![0] <= t.start);
  }
  return out;
}

/** An attribution whose source is the tokens of `subject`. */
export function makeFound(ctx: SentenceContext, subject: Span, cue: string, kind: AttributionKind, span: [number, number], rule: string): FoundAttribution {
  const { sentence, tokens } = ctx;
  return {
    sourceText: textOf(sentence, tokens, subject.from, subject.to),
    sourceStart: tokens[subject.from]!.start,
    sourceEnd: tokens[subject.to - 1]!.end,
    cue,
    kind,
    via: null,
    span,
    pronoun: subject.to - subject.from === 1 && PRONOUNS.has(tokens[subject.from]!.lower),
    rule,
  };
}
