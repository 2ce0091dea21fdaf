/**
 * `npm run setup -- --check` (scripts/setup.sh): on a machine without the system tools, it names each one
 * and the command that installs them, and fails; it installs nothing.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const SETUP = fileURLToPath(new URL("../scripts/setup.sh", import.meta.url));
/** What the script itself runs: the shell's helpers and Node, nothing the check looks for. */
const TOOLS = ["bash", "cat", "dirname", "grep", "id", "node", "sed", "uname"];

let bin: string;

beforeAll(async () => {
  bin = await mkdtemp(join(tmpdir(), "sourced-setup-"));
  for (const tool of TOOLS) {
    const found = spawnSync("bash", ["-c", `command -v ${tool}`], { encoding: "utf8" }).stdout.trim();
    if (found) await symlink(found, join(bin, tool));
  }
});

afterAll(async () => {
  await rm(bin, { recursive: true, force: true });
});

describe("scripts/setup.sh --check", () => {
  it("should name every missing tool and how to install it, and exit 1", () => {
    const run = spawnSync(join(bin, "bash"), [SETUP, "--check"], {
      encoding: "utf8",
      env: { PATH: bin, CHROME_PATH: join(bin, "no-chromium") },
    });
    expect(run.status).toBe(1);
    for (const tool of ["Chromium", "pdftotext and pdftoppm", "a Java runtime", "pandoc", "hugo"]) expect(run.stdout).toContain(`missing: ${tool}`);
    expect(run.stdout).toMatch(/install with: sudo (apt-get|dnf|pacman)|brew install|your system's package manager/);
    expect(run.stdout).not.toContain("installing");
  });

  it("should reject an option it does not know", () => {
    const run = spawnSync("bash", [SETUP, "--frobnicate"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown option `--frobnicate`");
  });
});
