/**
 * The SVG chart of each compared outcome: a mark per source on one scale, labelled, with a title and a
 * description that name every figure.
 */
import { fromHtml } from "hast-util-from-html";
import { describe, expect, it } from "vitest";
import { processArticle } from "../src/index.ts";
import { all, text } from "./helpers/hast.ts";
import { niceMax } from "../src/rehype-figure-chart.ts";

const article = (body: string) => `---\ntitle: Test\n---\n\n${body}\n`;

describe("the figure chart", () => {
  it("should draw each source's figure on one scale: a dot for a number, an open bar for 'at least'", async () => {
    const { html } = await processArticle(article("Police said 12 people were killed. Hospital officials said at least 20 people were killed."));
    const tree = fromHtml(html, { fragment: true });
    const charts = all(tree, (element) => element.tagName === "svg");
    expect(charts).toHaveLength(1);
    const svg = charts[0]!;
    expect(svg.properties.role).toBe("img");
    expect(text(all(svg, (element) => element.tagName === "title")[0]!)).toBe("Killed: each source's figure on one scale");
    expect(text(all(svg, (element) => element.tagName === "desc")[0]!)).toBe("Police: 12; Hospital officials: at least 20.");
    const groups = all(svg, (element) => element.tagName === "g" && element.properties.dataSource !== undefined);
    expect(groups.map((group) => group.properties.dataSource)).toEqual(["police", "hospital-officials"]);
    const [police, hospital] = groups;
    const dot = all(police!, (element) => element.tagName === "circle")[0]!;
    const bar = all(hospital!, (element) => element.tagName === "rect")[0]!;
    expect(Number(bar.properties.x)).toBeGreaterThan(Number(dot.properties.cx));
    expect(all(hospital!, (element) => element.tagName === "path")).toHaveLength(1);
    expect(all(hospital!, (element) => element.tagName === "text").map(text)).toEqual(["Hospital officials", "at least 20"]);
    // The chart comes after the table, which stays the data.
    expect(html.indexOf("<svg")).toBeGreaterThan(html.indexOf("</table>"));
  });

  it("should draw no chart when nothing is compared", async () => {
    const { html } = await processArticle(article("The road was closed on Monday."));
    expect(html).not.toContain("<svg");
  });

  it("should end the scale on a round number past the largest figure", () => {
    expect(niceMax(83)).toBe(100);
    expect(niceMax(120)).toBe(200);
    expect(niceMax(2400)).toBe(2500);
    expect(niceMax(0)).toBe(1);
  });
});
