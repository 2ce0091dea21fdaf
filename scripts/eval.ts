/**
 * `npm run eval`: run `extract` over every labelled article in tests/fixtures (the corpus and the seed, and
 * separately the held-out sets written for the project)
 * and print attribution precision/recall and figure precision/recall/F1, per article and in total,
 * with every miss and false hit. `--json` prints the scores as JSON instead.
 *
 * Under each block, one line on figure scopes: of the labelled figures marked `scope`, `subset_of` or
 * `same_event: false` that the tagger found, how many got a scope, and how many scopes fell on figures
 * the labels do not mark (counted on figures matched to a label only).
 */
import { sumScopes, type ScopeCounts } from "../src/evaluate.ts";
import { pairReport } from "./eval-pairs.ts";
import { evaluateFixtures, formatReport, type ArticleResult } from "../tests/helpers/fixtures.ts";

const results = await evaluateFixtures();

const scopeLine = (articles: ArticleResult[]): string => {
  const c: ScopeCounts = sumScopes(articles.map((a) => a.score.scopes));
  return `scopes: ${c.scoped}/${c.marked} labelled scope/subset/other-event figures found got a scope; false scopes ${c.falseScopes}`;
};

if (process.argv.includes("--json")) {
  process.stdout.write(JSON.stringify(results, null, 2) + "\n");
} else {
  const report = formatReport(results, { verbose: !process.argv.includes("--quiet") });
  // One scope line under each block's total row: the corpus with the seed first, then each held-out set.
  const blocks = [results.articles, ...results.heldout.filter((h) => h.articles.length > 0).map((h) => h.articles)];
  let block = 0;
  const lines = report.split("\n").flatMap((line) => {
    if (!/^(corpus|held-out) total\b/.test(line) || block >= blocks.length) return [line];
    return [line, scopeLine(blocks[block++]!)];
  });
  process.stdout.write(lines.join("\n"));
  // The comparison against the labelled pairs, one block per set.
  for (const block of await pairReport(results, !process.argv.includes("--quiet"))) process.stdout.write(`\n${block.title}\n${block.lines.join("\n")}\n`);
}
