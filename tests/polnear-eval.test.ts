/**
 * `npm run eval -- --polnear <path>` end to end, on a tiny corpus in PolNeAR's layout written by this test
 * (no PolNeAR text): read from a folder and from a bare git directory, one annotator per article, the test
 * split refused.
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
let dir: string;
let runs: Record<"folder" | "git" | "table", { code: number; stdout: string; stderr: string }>;

async function runEval(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/eval/index.ts", ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A brat span line for the first `phrase` at or after `from`. */
function span(text: string, id: string, type: string, phrase: string, from = 0): string {
  const start = text.indexOf(phrase, from);
  return `${id}\t${type} ${start} ${start + phrase.length}\t${phrase}`;
}

const TEXT = [
  "Harbor Plan Wins Vote",
  "",
  "Council member Rosa Imre said the harbor plan would create 200 jobs.",
  "",
  "The port director believes the plan is sound.",
  "",
  "“We will start in May,” Imre told reporters.",
].join("\n");

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sourced-polnear-"));
  const corpus = join(dir, "PolNeAR");
  for (const split of ["dev", "train", "test"]) {
    mkdirSync(join(corpus, "data", split, "text"), { recursive: true });
    mkdirSync(join(corpus, "data", split, "attributions"), { recursive: true });
  }
  const name = "gazette_2016-03-04_harbor-plan-wins-vote";
  writeFileSync(join(corpus, "data/dev/text", `${name}.txt`), TEXT);
  // Annotator `a1` (first by name): two speech attributions and one belief.
  const a1 = [
    span(TEXT, "T1", "Source", "Council member Rosa Imre"),
    span(TEXT, "T2", "Cue", "said"),
    span(TEXT, "T3", "Content", "the harbor plan would create 200 jobs"),
    "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
    span(TEXT, "T4", "Source", "The port director"),
    span(TEXT, "T5", "Cue", "believes"),
    span(TEXT, "T6", "Content", "the plan is sound"),
    "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
    span(TEXT, "T7", "Content", "“We will start in May,”"),
    span(TEXT, "T8", "Source", "Imre", TEXT.indexOf("May")),
    span(TEXT, "T9", "Cue", "told"),
    "E3\tAttribution:T9 Source:T8 Cue:T9 Content:T7",
  ].join("\n");
  writeFileSync(join(corpus, "data/dev/attributions", `${name}_a1.ann`), a1);
  // Annotator `b2` annotated nothing; it must not be the one read.
  writeFileSync(join(corpus, "data/dev/attributions", `${name}_b2.ann`), "");
  // The test split holds a file that would fail to parse if it were ever read.
  writeFileSync(join(corpus, "data/test/text", `${name}.txt`), TEXT);
  writeFileSync(join(corpus, "data/test/attributions", `${name}_a1.ann`), "E1\tAttribution:T1 Source:T404");

  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: corpus, stdio: "ignore" });
  git("init", "-q");
  git("add", ".");
  git("commit", "-qm", "corpus");
  execFileSync("git", ["clone", "-q", "--bare", corpus, join(dir, "PolNeAR.git")], { stdio: "ignore" });
  const [folder, git_, table] = await Promise.all([
    runEval("--polnear", corpus, "--json"),
    runEval("--polnear", join(dir, "PolNeAR.git"), "--json"),
    runEval("--polnear", corpus),
  ]);
  runs = { folder: folder!, git: git_!, table: table! };
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run eval -- --polnear", () => {
  it("should score the dev split of a checkout, reading the first annotator's file", async () => {
    const { code, stdout } = runs.folder;
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary.split).toBe("dev");
    expect(summary.articles).toBe(1);
    expect(summary.recall).toEqual({ hit: 2, total: 2 });
    expect(summary.precision.hit).toBe(summary.precision.total);
    expect(summary.outOfScope).toEqual({ "not speech": 1 });
  });

  it("should read a bare git directory the same way", async () => {
    expect(runs.git.code).toBe(0);
    expect(runs.git.stdout).toBe(runs.folder.stdout);
  });

  it("should print the table with kinds and rules", async () => {
    const { stdout } = runs.table;
    expect(stdout).toMatch(/^PolNeAR dev: 1 articles/);
    expect(stdout).toContain("speech recall 1.00 (2/2)");
    expect(stdout).toMatch(/^named source /m);
    expect(stdout).toMatch(/^rule /m);
  });

  it("should refuse the test split and a path that is not a corpus", async () => {
    const [test, missing, empty] = await Promise.all([
      runEval("--polnear", join(dir, "PolNeAR"), "--split", "test"),
      runEval("--polnear", join(dir, "nowhere")),
      runEval("--polnear", join(dir, "PolNeAR"), "--split", "train"),
    ]);
    expect(test.code).toBe(2);
    expect(test.stderr).toMatch(/the test split is not read/);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Cannot find PolNeAR at .*nowhere/);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/No annotated train articles/);
  });
});
