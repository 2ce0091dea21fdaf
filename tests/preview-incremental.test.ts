/**
 * The preview's rebuild after a save (Eleventy's `--serve` with the project's configuration, as `npm start`
 * runs it): saving one article re-tags it and renders its pages and the pages that list the articles, and
 * leaves the other articles' pages as they were; saving a layout renders every page. Runs in a temporary
 * copy of the project.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, waitFor } from "./helpers/server.ts";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const ELEVENTY = join(REPO, "node_modules", "@11ty", "eleventy", "cmd.cjs");
const article = (title: string, died: number) => `---\ntitle: ${title}\ndate: 2024-05-02\n---\n\nThe police said ${died} people died in ${title}.\n`;

let root: string;
let articles: string;
let output: string;
let server: ChildProcess | undefined;
let log = "";

/** The text of a file of the preview's output, or "" while it is missing. */
const read = (path: string) => readFile(join(output, path), "utf8").catch(() => "");

/** When each page of an article was last written. */
async function written(slug: string): Promise<number[]> {
  return Promise.all(["index.html", "claims.json", "figures.csv"].map(async (name) => (await stat(join(output, slug, name))).mtimeMs));
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sourced-preview-incremental-"));
  for (const name of ["package.json", "tsconfig.json", ".eleventy.ts", "layouts", "src"]) await cp(join(REPO, name), join(root, name), { recursive: true });
  await symlink(join(REPO, "node_modules"), join(root, "node_modules"), "dir");
  articles = join(root, "articles");
  output = join(root, "out");
  await mkdir(articles);
  await writeFile(join(articles, "alpha.md"), article("Alpha", 3));
  await writeFile(join(articles, "beta.md"), article("Beta", 4));
  const port = await freePort();
  server = spawn(process.execPath, ["--import", "tsx", ELEVENTY, "--config=.eleventy.ts", "--serve", `--port=${port}`, `--output=${output}`], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, SOURCED_ARTICLES: articles },
  });
  server.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await waitFor("the first build", async () => log.includes("Watching") && (await read("beta/index.html")).includes("</html>"), 60_000);
  // The watcher reads the folders once more after the first build before it reports changes.
  await new Promise((done) => setTimeout(done, 1500));
}, 90_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((done) => server!.once("exit", done));
    server.kill("SIGTERM");
    await exited;
  }
  if (root) await rm(root, { recursive: true, force: true });
});

describe("the preview's rebuild", () => {
  it("should render the saved article's pages and the home page, and leave the other article's pages", async () => {
    const beta = await written("beta");
    await writeFile(join(articles, "alpha.md"), article("Alpha Saved", 5));
    await waitFor("the saved article's page", async () => (await read("alpha/index.html")).includes("Alpha Saved"), 30_000);
    await waitFor("the home page", async () => (await read("index.html")).includes("Alpha Saved"), 30_000);
    expect(await read("alpha/claims.json")).toContain("Alpha Saved");
    expect(await written("beta"), log.slice(-2000)).toEqual(beta);
  }, 60_000);

  it("should render every page when a layout is saved", async () => {
    const beta = await written("beta");
    const layout = join(root, "layouts", "article.njk");
    const text = await readFile(layout, "utf8");
    // Saved as it is: a layout's save alone sets off a full rebuild.
    await writeFile(layout, text);
    await waitFor("the other article's pages written again", async () => (await written("beta")).every((time, i) => time !== beta[i]), 30_000);
  }, 60_000);
});
