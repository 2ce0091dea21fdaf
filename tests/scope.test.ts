import { describe, expect, it } from "vitest";
import { figureScope } from "../src/nlp/scope.ts";

const scopeOf = (sentence: string, figure: string) => {
  const start = sentence.indexOf(figure);
  return figureScope(sentence, start, start + figure.length);
};

describe("figureScope", () => {
  it("should mark a breakdown of a count as part of it", () => {
    expect(scopeOf("The government says only 11 people have been killed, including at least one police officer.", "at least one")).toBe(
      "part of the count before it",
    );
    expect(scopeOf("Hospital officials said 58 of the injured were in critical condition.", "58")).toBe("part of the count before it");
  });

  it("should name another day or event in the text's own words", () => {
    expect(scopeOf("When the results were declared in June riots erupted in which 36 people died.", "36")).toBe("in June");
    expect(scopeOf("Eight people died in Tuesday's violence.", "Eight")).toBe("in Tuesday's violence");
    expect(scopeOf("It was the deadliest crash since 1995, when about 300 people died.", "about 300")).toBe("since 1995");
  });

  it("should give no scope to a figure the text does not qualify", () => {
    expect(scopeOf("According to the Russian military, 62 Syrian soldiers were killed near Deir Ezzor Airport.", "62")).toBeNull();
    expect(scopeOf("At least 27 people have been killed in a second straight day of clashes.", "At least 27")).toBeNull();
  });

  it("should mark the second part of a list after 'including' as part of the count", () => {
    expect(scopeOf("Over 90 villagers were killed, including 12 women and three infants.", "three")).toBe("part of the count before it");
  });
});
