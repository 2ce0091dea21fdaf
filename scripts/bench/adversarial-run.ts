/**
 * One adversarial measurement in a process of its own: `node --import tsx adversarial-run.ts <pattern> <size>`
 * processes the pattern once at 10 KB (to load and compile the pipeline), then times it at `size` characters
 * and prints the milliseconds. A fresh process per measurement keeps one pattern's heap from weighing on the
 * next one's garbage collection, which made the in-process ratios vary by half.
 */
import { ADVERSARIAL_PATTERNS } from "../../src/adversarial.ts";
import { processArticle } from "../../src/index.ts";

const [name, sizeText] = process.argv.slice(2);
const pattern = ADVERSARIAL_PATTERNS.find((p) => p.name === name);
if (!pattern || !sizeText) {
  process.stderr.write(`usage: adversarial-run.ts <pattern name> <size>\n`);
  process.exit(2);
}
const article = (size: number) => `---\ntitle: Stress\n---\n\n${pattern.body(size)}\n`;
await processArticle(article(10_000), "stress.md");
const start = performance.now();
await processArticle(article(Number(sizeText)), "stress.md");
process.stdout.write(`${performance.now() - start}\n`);
