/**
 * Publishing to GitHub Pages: the site built with a path prefix (`--pathprefix=/my-repo/` or
 * `PATH_PREFIX`) works when served under that prefix, as Pages serves a project site; built without
 * one it works at the root. Checked by crawling every page and asset with linkinator, and every
 * in-page `#fragment` link against the ids of its page.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { LinkChecker, LinkState, type LinkResult } from "linkinator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { startStaticServer } from "./helpers/server.ts";

const run = promisify(execFile);
const REPO = fileURLToPath(new URL("..", import.meta.url));
const SLUG = "deir-ez-zor-airstrike";

let root: string;

/** Run `npm run build` into `output`, as a user would, and fail with its output when it fails. */
async function build(output: string, args: string[] = [], env: Record<string, string> = {}): Promise<void> {
  try {
    await run("npm", ["run", "build", "--silent", "--", `--output=${output}`, ...args], { cwd: REPO, env: { ...process.env, ...env } });
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    throw new Error(`npm run build failed:\n${stdout}\n${stderr}`);
  }
}

/** Every file of a folder (dotfiles included), by relative path, with its text. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(relative(dir, join(entry.parentPath, entry.name)), await readFile(join(entry.parentPath, entry.name), "utf8"));
  }
  return files;
}

/** Crawl a site from `url` with linkinator: every page and asset on it; links off the server are not followed (no network). */
async function crawl(url: string): Promise<LinkResult[]> {
  const origin = new URL(url).origin;
  const checker = new LinkChecker();
  const result = await checker.check({
    path: url,
    recurse: true,
    checkCss: true,
    checkFragments: true,
    concurrency: 4,
    timeout: 10_000,
    linksToSkip: async (link) => !link.startsWith(origin + "/"),
  });
  return result.links;
}

/** For each crawled HTML page, the `href="#x"` links that have no element with `id="x"` on that page. */
async function missingFragments(links: LinkResult[]): Promise<string[]> {
  const pages = [...new Set(links.filter((link) => link.state === LinkState.OK && /\/$|\.html$/.test(link.url)).map((link) => link.url))];
  expect(pages.length).toBeGreaterThan(0);
  const missing: string[] = [];
  for (const page of pages) {
    const html = await (await fetch(page)).text();
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    const fragments = [...html.matchAll(/\shref="#([^"]*)"/g)].map((m) => decodeURIComponent(m[1]!));
    expect(fragments.length, `in-page links on ${page}`).toBeGreaterThan(0);
    for (const fragment of fragments) if (!ids.has(fragment)) missing.push(`${page}#${fragment}`);
  }
  return missing;
}

function broken(links: LinkResult[]): string[] {
  return links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.url} (${link.status ?? "error"}) on ${link.parent ?? "start"}`);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sourced-pages-"));
  await Promise.all([
    build(join(root, "flag"), ["--pathprefix=/my-repo/"]),
    build(join(root, "env"), [], { PATH_PREFIX: "/my-repo/" }),
    build(join(root, "plain")),
  ]);
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("npm run build -- --pathprefix=/my-repo/", () => {
  it("should build the same site as PATH_PREFIX=/my-repo/, every root link under the prefix, with `.nojekyll`", async () => {
    const flag = await snapshot(join(root, "flag"));
    expect(await snapshot(join(root, "env"))).toEqual(flag);
    expect(flag.has(".nojekyll")).toBe(true);
    const index = flag.get("index.html")!;
    expect(index).toContain('<link rel="stylesheet" href="/my-repo/style.css">');
    expect(index).toContain(`href="/my-repo/${SLUG}/"`);
    for (const [path, text] of flag) {
      if (!path.endsWith(".html")) continue;
      for (const [, link] of text.matchAll(/(?:href|src)="(\/[^"]*)"/g)) expect(link!.startsWith("/my-repo/"), `${link} in ${path}`).toBe(true);
    }
  });

  it("should have no broken link, asset or fragment when served under the prefix", async () => {
    const server = await startStaticServer(join(root, "flag"), { prefix: "/my-repo/" });
    try {
      const links = await crawl(server.url);
      expect(broken(links)).toEqual([]);
      // The crawl really reached the pages and the stylesheet, and stayed on the server.
      const ok = links.filter((link) => link.state === LinkState.OK).map((link) => link.url);
      expect(ok).toEqual(expect.arrayContaining([server.url, `${server.url}style.css`, `${server.url}${SLUG}/`]));
      expect(server.requests.every((request) => request.path.startsWith("/my-repo/"))).toBe(true);
      expect(await missingFragments(links)).toEqual([]);
      // Links to other sites are listed, not followed: the test uses no network.
      const skipped = links.filter((link) => link.state === LinkState.SKIPPED).map((link) => link.url);
      expect(skipped.every((url) => !url.startsWith(server.origin))).toBe(true);
    } finally {
      await server.close();
    }
  });

  it("should have broken links when a site built for the root is served under a prefix (the crawl sees breakage)", async () => {
    const server = await startStaticServer(join(root, "plain"), { prefix: "/my-repo/" });
    try {
      const failures = broken(await crawl(server.url));
      expect(failures.some((failure) => failure.startsWith(`${server.origin}/style.css (404)`))).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe("npm run build (no prefix)", () => {
  it("should have no broken link, asset or fragment when served at the root", async () => {
    expect((await stat(join(root, "plain", ".nojekyll"))).isFile()).toBe(true);
    const server = await startStaticServer(join(root, "plain"));
    try {
      const links = await crawl(server.url);
      expect(broken(links)).toEqual([]);
      const ok = links.filter((link) => link.state === LinkState.OK).map((link) => link.url);
      expect(ok).toEqual(expect.arrayContaining([server.url, `${server.url}style.css`, `${server.url}${SLUG}/`]));
      expect(await missingFragments(links)).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe(".github/workflows/pages.yml", () => {
  interface Step {
    uses?: string;
    run?: string;
    with?: Record<string, unknown>;
    env?: Record<string, string>;
  }
  interface Workflow {
    on: { push: { branches: string[] } };
    permissions: Record<string, string>;
    concurrency: { group: string };
    jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string } }>;
  }

  it("should build with the repository name as prefix on push to main and deploy with GitHub's Pages actions", async () => {
    const workflow = parse(await readFile(join(REPO, ".github/workflows/pages.yml"), "utf8")) as Workflow;
    expect(workflow.on.push.branches).toEqual(["main"]);
    expect(workflow.permissions).toMatchObject({ pages: "write", "id-token": "write" });
    expect(workflow.concurrency.group).toBeTruthy();

    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const uses = steps.map((step) => step.uses?.split("@")[0]).filter(Boolean);
    expect(uses).toEqual(expect.arrayContaining(["actions/checkout", "actions/setup-node", "actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"]));
    expect(steps.find((step) => step.uses?.startsWith("actions/setup-node"))?.with?.["node-version"]).toBe(20);
    const runs = steps.map((step) => step.run ?? "");
    expect(runs.some((line) => /^npm ci\b/.test(line))).toBe(true);
    expect(runs).toContain('npm run build -- --pathprefix="/${{ github.event.repository.name }}/"');
    expect(steps.find((step) => step.uses?.startsWith("actions/upload-pages-artifact"))?.with?.path).toBe("dist");
    // The PDFs the pages link to (SOURCED_PDF) are printed into the published folder, after the build.
    const build = steps.findIndex((step) => step.run?.startsWith("npm run build"));
    const print = steps.findIndex((step) => step.run === "npm run pdf -- --output=dist");
    expect(steps[build]?.env?.SOURCED_PDF).toBe("1");
    expect(print).toBeGreaterThan(build);
    expect(steps.findIndex((step) => step.uses?.startsWith("actions/upload-pages-artifact"))).toBeGreaterThan(print);
    expect(workflow.jobs.deploy?.environment?.name).toBe("github-pages");
  });
});
