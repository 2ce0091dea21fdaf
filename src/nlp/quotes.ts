/**
 * Quotation marks in a sentence: which open, which close, and the spans they enclose.
 */
/** A quotation mark in a sentence. */
export interface QuoteMark {
  at: number;
  type: "open" | "close";
}

/** Find the double quotation marks of a sentence, telling openers from closers. */
export function quoteMarks(sentence: string): QuoteMark[] {
  const marks: QuoteMark[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    // “ « „ open, ” » close; a straight quote opens after a space, bracket or dash.
    if (code === 0x201c || code === 0xab || code === 0x201e) marks.push({ at: i, type: "open" });
    else if (code === 0x201d || code === 0xbb) marks.push({ at: i, type: "close" });
    else if (code === 0x22 || (code === 0x27 && sentence.charCodeAt(i + 1) === 0x27)) {
      // Two apostrophes stand for a straight double quotation mark in some plain-text copy ("''We won,'' she said").
      const before = i === 0 ? " " : sentence[i - 1]!;
      marks.push({ at: i, type: /[\s(\[—–-]/u.test(before) ? "open" : "close" });
      if (code === 0x27) i++;
    }
  }
  return marks;
}

/** The spans of a sentence that lie inside quotation marks, given whether it starts inside a quote. */
export function quotedRanges(sentence: string, startsInside: boolean): Array<[number, number]> {
  return quotedRangesOf(quoteMarks(sentence), sentence.length, startsInside);
}

/** `quotedRanges` from the sentence's `quoteMarks` and its length. */
export function quotedRangesOf(marks: QuoteMark[], length: number, startsInside: boolean): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let openAt: number | null = startsInside ? 0 : null;
  for (const mark of marks) {
    if (mark.type === "open" && openAt === null) openAt = mark.at;
    else if (mark.type === "close" && openAt !== null) {
      ranges.push([openAt, mark.at + 1]);
      openAt = null;
    }
  }
  if (openAt !== null) ranges.push([openAt, length]);
  return ranges;
}

/** Whether a sentence ends inside an open quotation. */
export function endsInsideQuote(sentence: string, startsInside: boolean): boolean {
  return endsInsideOf(quoteMarks(sentence), startsInside);
}

/** `endsInsideQuote` from the sentence's `quoteMarks`. */
export function endsInsideOf(marks: QuoteMark[], startsInside: boolean): boolean {
  return marks.length === 0 ? startsInside : marks[marks.length - 1]!.type === "open";
}
