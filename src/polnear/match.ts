/**
 * Decide whether one of the tagger's attributions agrees with a PolNeAR annotation, and which annotations
 * count towards speech recall.
 *
 * PolNeAR marks one span per role (source, cue, content); the tagger credits whole sentences. A tagged
 * sentence is *on* an annotated attribution when the annotation's cue lies in the sentence, or when the
 * annotation's content covers at least half of the sentence (a quotation carried over several sentences has
 * one cue but is credited sentence by sentence). It *agrees* when, in addition, the sources match:
 *
 * - the heads of the two sources are the same word: the last word of each part of the source ("longtime
 *   pollster Pat Caddell" → `caddell`; "Kellyanne Conway, Trump's campaign manager" → `conway`, `manager`),
 *   or the word before its first preposition ("the head of the FBI" → `head`, `fbi`). The tagger's side offers
 *   the source's canonical name, every mention of it in the article and the words of this sentence;
 * - or the annotated source is a pronoun: then the tagger's source as written in the sentence is the same
 *   pronoun ("He" for "he"), or the tagger's source matches the pronoun's antecedent, taken as one of the
 *   nearest named sources annotated before it.
 */
import type { Attribution, AttributionKind, Source } from "../types.ts";
import type { BratAttribution, BratSpan, Range } from "./brat.ts";

/**
 * Word forms of reporting cues: an annotated attribution whose cue holds one of these is speech and counts
 * towards recall. Cues of belief, intention, desire, perception or support ("believes", "wants", "plans",
 * "knows", "supports") are left out: the tagger does not claim them.
 */
export const SPEECH_CUE_WORDS: ReadonlySet<string> = new Set([
  ...["say", "says", "said", "saying"],
  ...["tell", "tells", "told", "telling"],
  ...["according"],
  ...["add", "adds", "added", "adding"],
  ...["write", "writes", "wrote", "written", "writing"],
  ...["report", "reports", "reported", "reporting"],
  ...["announce", "announces", "announced", "announcing"],
  ...["state", "states", "stated", "stating"],
  ...["claim", "claims", "claimed", "claiming"],
  ...["note", "notes", "noted", "noting"],
  ...["explain", "explains", "explained", "explaining"],
  ...["ask", "asks", "asked", "asking"],
  ...["argue", "argues", "argued", "arguing"],
  ...["tweet", "tweets", "tweeted", "tweeting"],
  ...["declare", "declares", "declared", "declaring"],
  ...["respond", "responds", "responded", "responding"],
  ...["reply", "replies", "replied", "replying"],
  ...["warn", "warns", "warned", "warning"],
  ...["insist", "insists", "insisted", "insisting"],
  ...["acknowledge", "acknowledges", "acknowledged", "acknowledging"],
  ...["admit", "admits", "admitted", "admitting"],
  ...["deny", "denies", "denied", "denying"],
  ...["confirm", "confirms", "confirmed", "confirming"],
  ...["commented"],
  ...["testify", "testifies", "testified", "testifying"],
  ...["recall", "recalls", "recalled", "recalling"],
  ...["remark", "remarks", "remarked"],
  ...["quip", "quips", "quipped"],
  ...["tout", "touts", "touted"],
  ...["predict", "predicts", "predicted", "predicting"],
  ...["allege", "alleges", "alleged"],
  ...["assert", "asserts", "asserted"],
  ...["contend", "contends", "contended"],
  ...["maintain", "maintains", "maintained"],
]);

/** Pronouns a source can be, each mapped to one form per person, so "his" and "He" are the same source word. */
const PRONOUNS: Readonly<Record<string, string>> = {
  he: "he", him: "he", his: "he", himself: "he",
  she: "she", her: "she", hers: "she", herself: "she",
  they: "they", them: "they", their: "they", theirs: "they", themselves: "they",
  it: "it", its: "it", itself: "it",
  we: "we", us: "we", our: "we", ours: "we", ourselves: "we",
  i: "i", me: "i", my: "i", mine: "i", myself: "i",
  you: "you", your: "you", yours: "you", yourself: "you",
};

/** Words that end a source's part: what follows them describes, it does not name. */
const PART_BREAK = /\s*(?:[,;:()\[\]—–]|\s-\s|\s(?:and|or|who|which|whose|that|as well as)\s)\s*/i;
/** Prepositions after a source's head ("spokesman for the campaign", "head of the FBI"). */
const PREPOSITIONS = new Set(["of", "for", "at", "from", "with", "in", "on", "to", "by"]);
/** Words that are never a head by themselves. */
const NOT_HEADS = new Set(["the", "a", "an", "this", "that", "these", "those", "mr", "mrs", "ms", "dr", "s"]);

/**
 * A content span must cover this share of a sentence to put the sentence on the annotation: half, so that
 * a content ending just inside the next sentence does not count, while a carried quotation does.
 */
export const CONTENT_SHARE = 0.5;
/**
 * How many named sources annotated before a pronoun source are taken as its possible antecedent: two,
 * since a pronoun source most often refers to the last or second-to-last person quoted.
 */
export const ANTECEDENT_WINDOW = 2;

/** The lower-case words of a phrase, with possessive endings and punctuation taken off. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether a source phrase is a single pronoun ("he", "Their"). */
export function isPronoun(text: string): boolean {
  const w = words(text);
  return w.length === 1 && (w[0]! in PRONOUNS || RELATIVES.has(w[0]!));
}

/**
 * Cut a part before a participle that starts a modifier ("a poll released Thursday", "a source involved in
 * the talks"): a lower-case word in -ed or -ing after a content word, followed by a preposition or a capital.
 */
function beforeParticiple(w: string[], original: string[]): string[] {
  for (let i = 1; i < w.length - 1; i++) {
    const next = original[i + 1]!;
    if (/(ed|ing)$/.test(w[i]!) && original[i] === w[i] && (PREPOSITIONS.has(next) || /^\p{Lu}/u.test(next))) {
      return w.slice(0, i);
    }
  }
  return w;
}

/** The head words of a source phrase: for each part, its last word and the word before its first preposition. */
export function sourceHeads(text: string): Set<string> {
  const heads = new Set<string>();
  for (const part of text.split(PART_BREAK)) {
    // Pronouns are no heads: "Ford itself" is headed by `ford`, "he" by nothing.
    const original = part
      .replace(/['’]s\b/g, "")
      .split(/[^\p{L}\p{N}]+/u)
      .filter((x) => x !== "" && !NOT_HEADS.has(x.toLowerCase()) && !(x.toLowerCase() in PRONOUNS));
    const w = beforeParticiple(original.map((x) => x.toLowerCase()), original);
    if (w.length === 0) continue;
    heads.add(w[w.length - 1]!);
    const prep = w.findIndex((x) => PREPOSITIONS.has(x));
    if (prep > 0) heads.add(w[prep - 1]!);
  }
  return heads;
}

/** Whether a cue is a reporting cue (speech), not belief, intention or perception. */
export function isSpeechCue(cue: string): boolean {
  return words(cue).some((w) => SPEECH_CUE_WORDS.has(w));
}

/** The four kinds the PolNeAR scores are broken down by. */
export type PolnearKind = "direct quote" | "named source" | "pronoun source" | "according-to";

/** The kind of an annotated attribution. */
export function annotationKind(a: BratAttribution): PolnearKind {
  if (a.cue && words(a.cue.text).includes("according")) return "according-to";
  if (a.source && isPronoun(a.source.text)) return "pronoun source";
  if (a.content.some((c) => /^[“"]|[”"]$/.test(c.text.trim()))) return "direct quote";
  return "named source";
}

/** The kind of one of the tagger's attributions. */
export function predictionKind(a: { kind: AttributionKind; sourceText: string }): PolnearKind {
  if (a.kind === "according-to") return "according-to";
  if (isPronoun(a.sourceText)) return "pronoun source";
  if (a.kind === "direct-quote") return "direct quote";
  return "named source";
}

const overlap = (a: Range, b: Range): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Whether a sentence (a range of the text) is on an annotated attribution: its cue, or most of it its content. */
export function sentenceOnAnnotation(sentence: Range, a: BratAttribution): boolean {
  if (a.cue?.ranges.some((r) => overlap(r, sentence) > 0)) return true;
  const covered = a.content.flatMap((c) => c.ranges).reduce((n, r) => n + overlap(r, sentence), 0);
  return covered > 0 && covered >= CONTENT_SHARE * (sentence.end - sentence.start);
}

/** Every head word the tagger's attribution offers: its source's name, its mentions, and the text in this sentence. */
export function predictionHeads(attribution: Pick<Attribution, "sourceText">, source: Pick<Source, "name" | "mentions"> | undefined): Set<string> {
  const heads = new Set<string>();
  for (const phrase of [attribution.sourceText, source?.name ?? "", ...(source?.mentions ?? [])]) {
    for (const h of sourceHeads(phrase)) heads.add(h);
  }
  return heads;
}

/**
 * Whether the tagger's source agrees with an annotation's source. `ours` are the tagger's source's heads
 * (`predictionHeads`). `antecedents` are what a pronoun source
 * may stand for, nearest first: the named sources annotated before it, or for a relative pronoun ("who",
 * "which") the phrase it follows. `cue` is the annotation's cue: a source the tagger names may sit in it, as
 * PolNeAR puts an artifact in the cue and its author in the source ("according to a court filing by ...").
 */
export function sourceAgrees(
  annotated: BratSpan,
  attribution: Pick<Attribution, "sourceText">,
  ours: ReadonlySet<string>,
  antecedents: readonly BratSpan[] = [],
  cue: BratSpan | null = null,
): boolean {
  const hit = (span: BratSpan) => [...sourceHeads(span.text)].some((h) => ours.has(h));
  if (cue && words(cue.text).some((w) => ours.has(w) && !SPEECH_CUE_WORDS.has(w) && !PREPOSITIONS.has(w))) return true;
  if (isRelative(annotated.text)) return antecedents.slice(0, 1).some(hit);
  if (isPronoun(annotated.text)) {
    if (isPronoun(attribution.sourceText) && PRONOUNS[words(attribution.sourceText)[0]!] === PRONOUNS[words(annotated.text)[0]!]) return true;
    return antecedents.slice(0, ANTECEDENT_WINDOW).some(hit);
  }
  return hit(annotated);
}

/** Relative pronouns that can be a source ("Barkley, who said ..."). */
const RELATIVES = new Set(["who", "which", "that", "whom"]);

/** Whether a source phrase is a relative pronoun. */
export function isRelative(text: string): boolean {
  const w = words(text);
  return w.length === 1 && RELATIVES.has(w[0]!);
}

/** How far back, in characters, the phrase a relative pronoun follows is looked for: a long noun phrase. */
export const RELATIVE_REACH = 100;

/**
 * The phrase a relative pronoun at `at` follows: the last part of its clause, after its last preposition
 * ("the moderator, who" → "the moderator"; "backed by Chief Dole, who" → "Chief Dole").
 */
export function relativeAntecedent(text: string, at: number): BratSpan {
  const before = text.slice(Math.max(0, at - RELATIVE_REACH), at);
  const clause = before.split(/[.!?\n]\s/).pop() ?? "";
  const parts = clause.split(PART_BREAK).filter((p) => words(p).length > 0);
  // The noun phrase after the clause's last preposition ("backed by Chief Dole, who" → "Chief Dole").
  const phrase = (parts[parts.length - 1] ?? "").split(/\s(?:of|for|at|from|with|in|on|to|by)\s/i).pop()!.trim();
  const start = Math.max(0, at - RELATIVE_REACH) + before.lastIndexOf(phrase);
  return { id: "relative", type: "Source", ranges: [{ start, end: start + phrase.length }], text: phrase };
}

/** The named (non-pronoun) sources annotated before `offset`, nearest first. */
export function antecedentsBefore(attributions: readonly BratAttribution[], offset: number): BratSpan[] {
  const named = attributions
    .map((a) => a.source)
    .filter((s): s is BratSpan => s !== null && !isPronoun(s.text) && s.ranges[0]!.start < offset)
    .sort((a, b) => b.ranges[0]!.start - a.ranges[0]!.start);
  const seen = new Set<string>();
  return named.filter((s) => (seen.has(s.id) ? false : (seen.add(s.id), true)));
}
