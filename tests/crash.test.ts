/**
 * A build killed at any moment (SIGKILL, as a crash or power cut) leaves the old site or the new one:
 * either in place, or beside it where the next build puts it back before doing anything else; and the
 * next build removes what crashed builds left. Runs in temporary folders only.
 */
import { spawn, spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSite } from "../src/build.ts";
import { snapshot } from "./helpers/snapshot.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const article = (died: number) => `---\ntitle: Crash test\ndate: 2016-09-17\n---\n\nThe police said ${died} people died.\n`;

let root: string;
let oldInput: string;
let newInput: string;
let badInput: string;
let oldSite: Map<string, string>;
let newSite: Map<string, string>;

async function quietBuild(input: string, output: string): Promise<number> {
  const spy = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    return await buildSite({ input, output });
  } finally {
    spy.mockRestore();
  }
}

function cliArgs(input: string, output: string): string[] {
  return ["--import", "tsx", join(ROOT, "src/cli.ts"), "build", "--input", input, "--output", output];
}

/** A folder holding only an old build at `site`; resolves to the folder. */
async function withOldSite(name: string): Promise<{ parent: string; site: string }> {
  const parent = join(root, name);
  await mkdir(parent);
  const site = join(parent, "site");
  await cp(join(root, "old-site"), site, { recursive: true });
  return { parent, site };
}

/** Which site `dir` holds now: "old", "new", "none" or "other". */
async function which(dir: string): Promise<string> {
  const files = await snapshot(dir).catch(() => null);
  if (files === null) return "none";
  const same = (a: Map<string, string>) => JSON.stringify([...a]) === JSON.stringify([...files]);
  return same(oldSite) ? "old" : same(newSite) ? "new" : "other";
}

/** After a crash: the next build (here one that fails on a bad article) restores the site and removes the leftovers. */
async function expectRecovered(parent: string, site: string, allowed: string[]) {
  const next = spawnSync(process.execPath, cliArgs(badInput, site), { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  expect(next.status, next.stderr).toBe(1);
  expect(allowed).toContain(await which(site));
  expect(await readdir(parent)).toEqual(["site"]);
}

/** Poll `read` until it gives `expected` (a background removal), for up to 20 s; resolve to what it last gave. */
async function settled<T>(read: () => Promise<T>, expected: T): Promise<T> {
  const deadline = Date.now() + 20_000;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 50));
    value = await read();
  }
  return value;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sourced-crash-"));
  for (const [name, text] of [["old", article(3)], ["new", article(4)], ["bad", '---\ntitle: "Unclosed\n---\n\nText.\n']] as const) {
    await mkdir(join(root, name));
    await writeFile(join(root, name, "crash.md"), text);
  }
  [oldInput, newInput, badInput] = ["old", "new", "bad"].map((name) => join(root, name)) as [string, string, string];
  expect(await quietBuild(oldInput, join(root, "old-site"))).toBe(0);
  expect(await quietBuild(newInput, join(root, "new-site"))).toBe(0);
  oldSite = await snapshot(join(root, "old-site"));
  newSite = await snapshot(join(root, "new-site"));
  expect(oldSite).not.toEqual(newSite);
}, 120_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("a build killed while it works", () => {
  // What each step may leave in place, before the next build recovers.
  const steps: Array<[string, string[], string[]]> = [
    ["rendered", ["old"], ["old"]],
    ["ready", ["old"], ["old", "new"]],
    ["moved-old", ["none"], ["new"]],
    ["swapped", ["new"], ["new"]],
  ];
  for (const [step, leftInPlace, afterRecovery] of steps) {
    it(`should leave the old or the new site when killed at \`${step}\`, and the next build should restore it and clean up`, async () => {
      const { parent, site } = await withOldSite(`kill-${step}`);
      const run = spawnSync(process.execPath, cliArgs(newInput, site), {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 60_000,
        env: { ...process.env, SOURCED_TEST_CRASH_AT: step },
      });
      expect(run.signal, run.stderr).toBe("SIGKILL");
      expect(leftInPlace).toContain(await which(site));
      await expectRecovered(parent, site, afterRecovery);
    }, 120_000);
  }

  it("should leave the old site when killed while Eleventy writes pages", async () => {
    const { parent, site } = await withOldSite("kill-writing");
    const child = spawn(process.execPath, cliArgs(newInput, site), { cwd: ROOT, stdio: "ignore" });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on("exit", (_code, signal) => done(signal)));
    // Kill as soon as the temporary folder has a file in it.
    const deadline = Date.now() + 60_000;
    let killed = false;
    while (!killed && Date.now() < deadline && child.exitCode === null) {
      const temp = (await readdir(parent)).find((name) => name.startsWith(".site-tmp-"));
      if (temp && (await readdir(join(parent, temp), { recursive: true }).catch(() => [])).length > 0) killed = child.kill("SIGKILL");
      else await new Promise((done) => setTimeout(done, 5));
    }
    await exited;
    expect(killed, "the build was killed while writing").toBe(true);
    expect(await which(site)).toBe("old");
    await expectRecovered(parent, site, ["old"]);
  }, 120_000);

  it("should remove leftovers of earlier crashed builds and still build", async () => {
    const { parent, site } = await withOldSite("stale");
    // A pid no system uses (above the kernel's pid limit): these builds are surely not running.
    for (const stage of ["tmp", "new", "old"]) await cp(site, join(parent, `.site-${stage}-99999999-0badcafe`), { recursive: true });
    await writeFile(join(parent, ".site-notes"), "not a leftover: kept");
    expect(await quietBuild(newInput, site)).toBe(0);
    expect(await which(site)).toBe("new");
    // The leftovers are removed in the background; the site it replaced is kept as the spare (src/build-spare.ts).
    const expected = [".site-notes", ".site-spare", "site"];
    expect(await settled(() => readdir(parent).then((names) => names.sort()), expected)).toEqual(expected);
  }, 120_000);

  it("should keep the site whole when the removal of the one it replaced was stopped, and remove what is left", async () => {
    const { parent, site } = await withOldSite("trash");
    // What a removal stopped half-way leaves: part of an earlier site, under its trash name.
    const trash = join(parent, ".site-trash-99999999-0badcafe");
    await cp(site, trash, { recursive: true });
    await rm(join(trash, "index.html"));
    expect(await quietBuild(newInput, site)).toBe(0);
    expect(await which(site)).toBe("new");
    expect(await settled(() => readdir(parent).then((names) => names.sort()), [".site-spare", "site"])).toEqual([".site-spare", "site"]);
  }, 120_000);
});
