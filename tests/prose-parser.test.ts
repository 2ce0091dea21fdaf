import type { Node } from "unist";
import { ParseEnglish } from "parse-english";
import { describe, expect, it } from "vitest";
import { ProseParser } from "../src/nlp/prose-parser.ts";

const library = new ParseEnglish();
const parser = new ProseParser();

const TEXTS = [
  "Police said 1,100 people died on Tuesday.",
  "“We won’t leave,” said Dr. Samir al-Khouri — the U.S.-based surgeon… Really?!",
  "Tabs\tand\r\nline endings\rand\n\nparagraphs;  spaces  and no-break\u00a0spaces.",
  "Symbols: $5m, 40%, ©2016, +/- 3 & co. #tag @name ~ ^ | `code`",
  "Ünïcödé names: Łukasz Żółć, Ἀθῆναι, Москва, القاهرة, 東京, and emoji 😀😀 👍🏽!!",
  "Repeated marks ---- ... ,,, '' \"\" ((( ))) ?!?!",
  "",
  " ",
];

/** A tree without its positions: ProseParser makes the library's nodes without them. */
function withoutPositions<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, field: unknown) => (key === "position" ? undefined : field)));
}

describe("ProseParser", () => {
  it("should cut text into the same nodes as parse-english", () => {
    for (const text of TEXTS) expect(parser.tokenize(text)).toEqual(withoutPositions(library.tokenize(text)));
  });

  it("should parse text into the same sentences as parse-english", () => {
    for (const text of TEXTS) expect(parser.parse(text)).toEqual(withoutPositions(library.parse(text)));
  });

  it("should read every character of the Basic Multilingual Plane as parse-english does", () => {
    let text = "";
    for (let code = 0; code < 0x10000; code++) if (code < 0xd800 || code > 0xdfff) text += `${String.fromCharCode(code)}a `;
    expect(parser.tokenize(text)).toEqual(withoutPositions(library.tokenize(text) as Node[]));
  });
});
