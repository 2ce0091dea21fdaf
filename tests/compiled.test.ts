/**
 * `bin/sourced.js` runs sourced compiled ahead (bin/compile.js): in a copy of the project, the command runs
 * the compiled bundle, and an edit under `src/` is compiled again before the next command, so output made
 * from older sources never runs. Runs in temporary folders only.
 */
import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

let copy: string;

/** Run the copy's `bin/sourced.js` with `args`. */
function sourced(...args: string[]) {
  return spawnSync(process.execPath, [join(copy, "bin", "sourced.js"), ...args], { cwd: copy, encoding: "utf8", timeout: 60_000 });
}

/** The compiled trees of the copy (one folder per key). */
async function trees(): Promise<string[]> {
  return (await readdir(join(copy, ".cache", "js")).catch(() => [] as string[])).filter((name) => !name.startsWith("."));
}

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), "sourced-compiled-"));
  for (const name of ["bin", "src", "layouts", "articles", ".eleventy.ts", "package.json", "package-lock.json"]) await cp(join(ROOT, name), join(copy, name), { recursive: true });
  await symlink(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");
}, 60_000);

afterAll(async () => {
  if (copy) await rm(copy, { recursive: true, force: true });
});

describe("bin/sourced.js", () => {
  it("should compile the sources once and run the compiled command", async () => {
    const first = sourced("help");
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain("Usage: sourced <command>");
    const [tree] = await trees();
    expect(tree).toMatch(/^[0-9a-f]{16}$/);
    expect(await readdir(join(copy, ".cache", "js", tree!))).toContain("cli.js");
    expect(sourced("help").status).toBe(0);
    expect(await trees()).toEqual([tree]);
  });

  it("should never run output compiled from older sources: an edit in src/ is compiled before the next command", async () => {
    expect(sourced("help").status).toBe(0);
    const [before] = await trees();
    const cli = join(copy, "src", "cli.ts");
    await writeFile(cli, (await readFile(cli, "utf8")).replace("Usage: sourced <command>", "Usage (edited): sourced <command>"));
    const run = sourced("help");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Usage (edited): sourced <command>");
    expect(await trees()).not.toContain(before);
  });

  it("should compile again when only a file's time changed, as after a checkout", async () => {
    expect(sourced("help").status).toBe(0);
    const [before] = await trees();
    const later = new Date(Date.now() + 5_000);
    await utimes(join(copy, "src", "report.ts"), later, later);
    expect(sourced("help").status).toBe(0);
    expect(await trees()).not.toContain(before);
  });

  it("should build the site with the compiled command, and leave it as it is when nothing changed", async () => {
    const output = join(copy, "site");
    const first = sourced("build", "--output", output);
    expect(first.status, first.stderr).toBe(0);
    const page = join(output, "deir-ez-zor-airstrike", "index.html");
    const html = await readFile(page, "utf8");
    expect(html).toContain("</html>");
    const again = sourced("build", "--output", output, "--verbose");
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain("nothing changed");
    expect(await readFile(page, "utf8")).toBe(html);
    // Each build's working folder has its own cache: the compiled tree is the project's, in the copy.
    expect(await trees()).toHaveLength(1);
  }, 120_000);
});
