/**
 * Read PolNeAR's attribution annotations: brat standoff (`.ann`) files.
 *
 * A text-bound line `T5\tSource 159 199\tlongtime pollster Pat Caddell` marks a span of the article's text
 * (offsets in Unicode code points, end exclusive; a discontinuous span is written `315 448;463 553`). An event
 * line `E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5` ties a source, a cue and one or more contents
 * (`Content`, `Content2`) into one attribution; `Attribution-no-source` events have no source. `Discard`
 * spans mark text that is not the article's (an editor's note, a copyright line). Annotator notes (`#`),
 * `Discuss` spans and the continuation lines of a span whose text holds a line break are skipped.
 */

/** A span of the article's text, as UTF-16 offsets into the JavaScript string. */
export interface Range {
  start: number;
  end: number;
}

/** One text-bound annotation. */
export interface BratSpan {
  id: string;
  type: string;
  ranges: Range[];
  /** The text as the file writes it (fragments joined by a space). */
  text: string;
}

/** One annotated attribution: who (if anyone), the cue, and what was attributed. */
export interface BratAttribution {
  id: string;
  source: BratSpan | null;
  cue: BratSpan | null;
  content: BratSpan[];
}

/** The annotations of one article. */
export interface BratDocument {
  attributions: BratAttribution[];
  /** Spans marked `Discard`: text that is not part of the article proper. */
  discarded: Range[];
}

const SPAN_LINE = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/;

/** Convert code point offsets into UTF-16 offsets of `text` (the identity when the text has no astral characters). */
export function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\u{10000}-\u{10FFFF}]/u.test(text)) return (offset) => offset;
  const map: number[] = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return (offset) => map[Math.min(offset, map.length - 1)]!;
}

/** An error in an annotation file, naming the file and the line. */
export class BratError extends Error {}

/**
 * Parse one `.ann` file. `text` is the article the offsets point into (for code point conversion and
 * bounds checks); `path` names the file in errors.
 */
export function parseBrat(ann: string, text: string, path = "annotations.ann"): BratDocument {
  const toUnits = codePointOffsets(text);
  const spans = new Map<string, BratSpan>();
  const events: Array<{ id: string; args: Array<[string, string]>; line: number }> = [];
  const lines = ann.split(/\r?\n/);
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (line.startsWith("T")) {
      const m = SPAN_LINE.exec(line);
      if (!m) {
        if (/^T\d+\t/.test(line)) throw new BratError(`${path}:${lineNo}:1: malformed span line \`${line.slice(0, 60)}\``);
        return; // a continuation line of a multi-line span text
      }
      const ranges = m[3]!.split(";").map((pair) => {
        const [a, b] = pair.split(" ").map(Number) as [number, number];
        if (a > b) throw new BratError(`${path}:${lineNo}:1: span \`${m[1]}\` ends before it starts (${a} > ${b})`);
        return { start: toUnits(a), end: toUnits(b) };
      });
      if (ranges.some((r) => r.end > text.length)) {
        throw new BratError(`${path}:${lineNo}:1: span \`${m[1]}\` runs past the end of the text (${text.length} characters)`);
      }
      spans.set(m[1]!, { id: m[1]!, type: m[2]!, ranges, text: m[4]! });
    } else if (line.startsWith("E")) {
      const m = /^(E\d+)\t(.*)$/.exec(line);
      if (!m) throw new BratError(`${path}:${lineNo}:1: malformed event line \`${line.slice(0, 60)}\``);
      const args = m[2]!
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((arg) => {
          const colon = arg.indexOf(":");
          if (colon < 1) throw new BratError(`${path}:${lineNo}:1: malformed event argument \`${arg}\``);
          return [arg.slice(0, colon), arg.slice(colon + 1)] as [string, string];
        });
      events.push({ id: m[1]!, args, line: lineNo });
    }
  });

  const attributions: BratAttribution[] = [];
  for (const event of events) {
    const [trigger] = event.args;
    if (!trigger || !trigger[0].startsWith("Attribution")) continue;
    const attribution: BratAttribution = { id: event.id, source: null, cue: null, content: [] };
    for (const [role, ref] of event.args.slice(1)) {
      const span = spans.get(ref);
      if (!span) throw new BratError(`${path}:${event.line}:1: event \`${event.id}\` names unknown span \`${ref}\``);
      if (role === "Source") attribution.source = span;
      else if (role === "Cue") attribution.cue = span;
      else if (role.startsWith("Content")) attribution.content.push(span);
    }
    attributions.push(attribution);
  }
  const discarded = [...spans.values()].filter((s) => s.type === "Discard").flatMap((s) => s.ranges);
  return { attributions, discarded };
}
