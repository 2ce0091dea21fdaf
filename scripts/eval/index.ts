/**
 * `npm run eval`: score the tagger against labelled data, one scorer per module.
 *
 * - no flag: the repository's labelled fixtures (./fixtures.ts): the corpus and the seed, then each held-out
 *   set; `--json` prints the scores as JSON, `--quiet` leaves out the findings.
 * - `--polnear <path>`: PolNeAR's dev split, or `--split train` (./polnear.ts); see docs/accuracy.md.
 */
import { runFixtures } from "./fixtures.ts";
import { runPolnear } from "./polnear.ts";

const args = process.argv.slice(2);
process.exitCode = args.includes("--polnear") ? await runPolnear(args) : await runFixtures(args);
