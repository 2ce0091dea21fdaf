/**
 * The labelled seed article for tests: the repository's published article with the seed's labels.
 * (`npm run eval` scores every labelled fixture in scripts/eval/; tests read what they need here.)
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Labels } from "../../src/evaluate.ts";

/** A labelled article: its Markdown (front matter included) and its labels. */
export interface LabelledArticle {
  name: string;
  path: string;
  markdown: string;
  labels: Labels;
}

/** The seed article as the repository publishes it, with the seed's labels. */
export async function seedArticle(): Promise<LabelledArticle> {
  const path = fileURLToPath(new URL("../../articles/deir-ez-zor-airstrike.md", import.meta.url));
  return {
    name: "seed (deir-ez-zor-airstrike)",
    path,
    markdown: await readFile(path, "utf8"),
    labels: JSON.parse(await readFile(fileURLToPath(new URL("../fixtures/seed/labels.json", import.meta.url)), "utf8")) as Labels,
  };
}
