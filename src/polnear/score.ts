/**
 * Score the tagger's attributions on one PolNeAR article: each prediction right or wrong (precision), each
 * annotated speech attribution found or missed (recall). The rules of agreement are in ./match.ts.
 *
 * Not scored: annotations in the headline (the front matter title, which the tagger does not tag) or in
 * text marked `Discard`, and predictions in discarded text. Recall counts only annotations with a source
 * span and a reporting cue (`isSpeechCue`); beliefs, intentions and sourceless attributions are out of scope.
 */
import type { ArticleData, Attribution, Source } from "../types.ts";
import type { BratAttribution, BratDocument, BratSpan, Range } from "./brat.ts";
import { locateSentence, type ConvertedArticle } from "./convert.ts";
import {
  annotationKind,
  ANTECEDENT_WINDOW,
  antecedentsBefore,
  isPronoun,
  isRelative,
  isSpeechCue,
  predictionHeads,
  predictionKind,
  relativeAntecedent,
  sentenceOnAnnotation,
  sourceAgrees,
  sourceHeads,
  type PolnearKind,
} from "./match.ts";

/** Why a prediction was wrong. */
export type FalseReason = "no annotation" | "annotated without source" | "wrong source" | "not located";

/** One of the tagger's attributions, judged. */
export interface PredictionResult {
  kind: PolnearKind;
  rule: string;
  correct: boolean;
  reason: FalseReason | null;
  sentence: string;
  /** The source as the tagger wrote and resolved it. */
  sourceText: string;
  sourceName: string;
  cue: string;
  /** What the annotations on this sentence say, for findings ("said ← Caddell"). */
  annotated: string[];
  /**
   * For a pronoun source credited as written ("he said" on an annotated "he"): whether the source the
   * tagger resolved it to is one of the nearest named sources annotated before it (its name or a named
   * mention, not the pronoun). Null for any other prediction.
   */
  resolved: boolean | null;
}

/** One annotated attribution, judged. */
export interface AnnotationResult {
  id: string;
  kind: PolnearKind;
  /** Scored for recall: a source span and a reporting cue, outside the headline and discarded text. */
  scored: boolean;
  /** Why not scored, when not. */
  outOfScope: "headline" | "discarded" | "no source" | "no cue" | "not speech" | null;
  found: boolean;
  /** The rule of the prediction that found it. */
  rule: string | null;
  source: string;
  cue: string;
  /** The sentence(s) the cue sits in, for findings. */
  context: string;
  /** What the tagger said about that sentence instead, when it missed. */
  tagged: string[];
}

/** One article's judged predictions and annotations. */
export interface ArticleScore {
  predictions: PredictionResult[];
  annotations: AnnotationResult[];
}

/** The rule that produced an attribution; attributions made before rules were recorded group as `(none)`. */
export function ruleOf(a: Attribution): string {
  const rule = (a as Attribution & { rule?: unknown }).rule;
  return typeof rule === "string" && rule !== "" ? rule : "(none)";
}

const inside = (r: Range, outer: Range): boolean => r.start >= outer.start && r.end <= outer.end && outer.end > outer.start;
const firstRange = (a: BratAttribution): Range | undefined => (a.cue ?? a.source ?? a.content[0])?.ranges[0];

/** The sentence of the text around a range, for findings: from the paragraph's start to its end. */
function paragraphAround(converted: ConvertedArticle, text: string, r: Range): string {
  const p = converted.paragraphs.find((x) => r.start >= x.start && r.start < x.end);
  return p ? text.slice(p.start, p.end) : text.slice(r.start, r.end);
}

function outOfScope(a: BratAttribution, converted: ConvertedArticle, discarded: Range[]): AnnotationResult["outOfScope"] {
  const at = firstRange(a);
  if (at && inside(at, converted.headline)) return "headline";
  if (at && discarded.some((d) => inside(at, d))) return "discarded";
  if (!a.source) return "no source";
  if (!a.cue) return "no cue";
  if (!isSpeechCue(a.cue.text)) return "not speech";
  return null;
}

/** Judge every prediction and every annotation of one article. */
export function scoreArticle(text: string, converted: ConvertedArticle, annotations: BratDocument, data: ArticleData): ArticleScore {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const located: Array<{ attribution: Attribution; range: Range | null; rule: string; heads: Set<string> }> = [];
  const cursor = new Map<number, number>();
  for (const attribution of data.attributions) {
    const range = locateSentence(converted, text, attribution.line, attribution.sentence, cursor.get(attribution.line) ?? 0);
    if (range) cursor.set(attribution.line, range.start);
    located.push({ attribution, range, rule: ruleOf(attribution), heads: predictionHeads(attribution, sources.get(attribution.source)) });
  }

  const antecedentCache = new Map<string, BratSpan[]>();
  const antecedentsOf = (span: BratSpan): BratSpan[] => {
    let found = antecedentCache.get(span.id);
    if (!found) {
      const at = span.ranges[0]!.start;
      found = isRelative(span.text) ? [relativeAntecedent(text, at)] : antecedentsBefore(annotations.attributions, at);
      antecedentCache.set(span.id, found);
    }
    return found;
  };
  const agrees = (a: BratAttribution, p: (typeof located)[number]): boolean =>
    p.range !== null &&
    a.source !== null &&
    sentenceOnAnnotation(p.range, a) &&
    sourceAgrees(a.source, p.attribution, p.heads, antecedentsOf(a.source), a.cue);

  const describe = (a: BratAttribution) => `${a.cue?.text ?? "(no cue)"} ← ${a.source?.text ?? "(no source)"}`;
  const predictions: PredictionResult[] = [];
  for (const p of located) {
    if (p.range && annotations.discarded.some((d) => inside(p.range!, d))) continue;
    const on = p.range ? annotations.attributions.filter((a) => sentenceOnAnnotation(p.range!, a)) : [];
    const correct = on.some((a) => agrees(a, p));
    const reason: FalseReason | null = correct
      ? null
      : p.range === null
        ? "not located"
        : on.length === 0
          ? "no annotation"
          : on.every((a) => a.source === null)
            ? "annotated without source"
            : "wrong source";
    const pronounHit = on.find((a) => a.source !== null && isPronoun(a.source.text) && agrees(a, p));
    predictions.push({
      resolved: pronounHit && isPronoun(p.attribution.sourceText) ? resolvedToAntecedent(sources.get(p.attribution.source), antecedentsOf(pronounHit.source!)) : null,
      kind: predictionKind(p.attribution),
      rule: p.rule,
      correct,
      reason,
      sentence: p.attribution.sentence,
      sourceText: p.attribution.sourceText,
      sourceName: sources.get(p.attribution.source)?.name ?? p.attribution.source,
      cue: p.attribution.cue,
      annotated: on.map(describe),
    });
  }

  const results: AnnotationResult[] = annotations.attributions.map((a) => {
    const scope = outOfScope(a, converted, annotations.discarded);
    const finder = scope === null ? located.find((p) => agrees(a, p)) : undefined;
    const at = firstRange(a) ?? { start: 0, end: 0 };
    const tagged = located
      .filter((p) => p.range && sentenceOnAnnotation(p.range, a))
      .map((p) => `${p.attribution.cue} ← ${p.attribution.sourceText} (${sources.get(p.attribution.source)?.name ?? p.attribution.source})`);
    return {
      id: a.id,
      kind: annotationKind(a),
      scored: scope === null,
      outOfScope: scope,
      found: finder !== undefined,
      rule: finder?.rule ?? null,
      source: a.source?.text ?? "",
      cue: a.cue?.text ?? "",
      context: paragraphAround(converted, text, at),
      tagged,
    };
  });
  return { predictions, annotations: results };
}

/** Whether a resolved source's name or named mentions share a head with one of the nearest antecedents. */
function resolvedToAntecedent(source: Source | undefined, antecedents: BratSpan[]): boolean {
  if (!source) return false;
  const heads = new Set<string>();
  for (const phrase of [source.name, ...source.mentions.filter((m) => !isPronoun(m))]) for (const h of sourceHeads(phrase)) heads.add(h);
  return antecedents.slice(0, ANTECEDENT_WINDOW).some((span) => [...sourceHeads(span.text)].some((h) => heads.has(h)));
}
