/**
 * `npm run eval`: run `extract` over every labelled article in tests/fixtures (the corpus and the seed, and
 * separately the held-out sets written for the project)
 * and print attribution precision/recall and figure precision/recall/F1, per article and in total,
 * with every miss and false hit. `--json` prints the scores as JSON instead.
 */
import { evaluateFixtures, formatReport } from "../tests/helpers/fixtures.ts";

const results = await evaluateFixtures();
if (process.argv.includes("--json")) {
  process.stdout.write(JSON.stringify(results, null, 2) + "\n");
} else {
  process.stdout.write(formatReport(results, { verbose: !process.argv.includes("--quiet") }));
}
