/**
 * `npm run eval`: score the tagger against labelled data, one scorer per module (loaded only when chosen).
 *
 * - no flag: the repository's labelled fixtures (./fixtures.ts): the corpus and the seed, then each held-out
 *   set; `--json` prints the scores as JSON, `--quiet` leaves out the findings.
 * - `--polnear <path>`: PolNeAR's dev split, or `--split train` (./polnear.ts); see docs/accuracy.md.
 */
const args = process.argv.slice(2);
process.exitCode = args.includes("--polnear")
  ? await (await import("./polnear.ts")).runPolnear(args)
  : await (await import("./fixtures.ts")).runFixtures(args);
