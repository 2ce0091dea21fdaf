/**
 * `npm start`, the live preview, run as a user runs it: in a temporary copy of the project, on a free
 * port, with a page open in Chromium. Saving an article, breaking and fixing its front matter, and
 * editing a module deep in `src/` must each show up in the served page and in the open page.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { access, cp, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./helpers/chromium.ts";
import { freePort, waitFor } from "./helpers/server.ts";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const SLUG = "deir-ez-zor-airstrike";
const TITLE = "Syria War: US-Led Coalition Admits Killing Government Troops In Deir al-Zour Airstrikes";

let root: string;
let article: string;
let original: string;
let server: ChildProcess | undefined;
let output = "";
let base: string;
let browser: Browser | undefined;
let page: Page;

/** The served HTML of a path, or null while the server does not answer. */
async function fetchPage(path: string): Promise<{ status: number; html: string } | null> {
  try {
    const response = await fetch(base + path, { cache: "no-store", signal: AbortSignal.timeout(5000) });
    return { status: response.status, html: await response.text() };
  } catch {
    return null;
  }
}

/** Wait until the served page at `path` passes `test`. */
async function served(path: string, what: string, test: (html: string) => boolean): Promise<string> {
  try {
    return await waitFor(`${what} at ${path}`, async () => {
      const result = await fetchPage(path);
      return result && result.status === 200 && test(result.html) ? result.html : null;
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- preview output ---\n${output.slice(-3000)}`);
  }
}

/** Wait until the page open in Chromium shows `text`, without navigating it ourselves. */
function shown(what: string, test: (text: string) => boolean): Promise<string> {
  return waitFor(`the open page to show ${what}`, async () => {
    const text = await page.evaluate(() => document.body.innerText);
    return test(text) ? text : null;
  });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sourced-preview-"));
  for (const name of ["package.json", "tsconfig.json", ".eleventy.ts", "bin", "layouts", "src", "articles"]) {
    await cp(join(REPO, name), join(root, name), { recursive: true });
  }
  await symlink(join(REPO, "node_modules"), join(root, "node_modules"), "dir");
  article = join(root, "articles", `${SLUG}.md`);
  original = await readFile(article, "utf8");

  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // Its own process group, so that the whole tree (npm, the supervisor, Eleventy) stops together.
  server = spawn("npm", ["start", "--", `--port=${port}`], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await served(`/${SLUG}/`, "the article", (html) => html.includes(`<h1>${TITLE}</h1>`));

  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${base}/${SLUG}/`);
  await page.waitForFunction(() => document.querySelector("h1")?.textContent?.includes("Syria War"));
});

afterAll(async () => {
  await browser?.close();
  // Normally the last test has stopped it already.
  if (server?.pid && server.exitCode === null && server.signalCode === null) {
    const pid = server.pid;
    const exited = new Promise((done) => server!.once("exit", done));
    const kill = (signal: NodeJS.Signals) => {
      try {
        process.kill(-pid, signal);
      } catch {
        // Already gone.
      }
    };
    kill("SIGTERM");
    const timer = setTimeout(() => kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
  if (root) await rm(root, { recursive: true, force: true });
});

describe("npm start (the live preview)", () => {
  it("should serve the home page and the article", async () => {
    const home = await fetchPage("/");
    expect(home?.status).toBe(200);
    expect(home?.html).toContain(`href="/${SLUG}/"`);
    expect(output).toContain(`sourced preview: serving at http://127.0.0.1:${new URL(base).port}/ (this computer only`);
  });

  it("should rebuild and reload the open page when an article is saved", async () => {
    const added = "A sentence added while the preview was open.";
    await writeFile(article, original.trimEnd() + `\n\n${added}\n`);
    await served(`/${SLUG}/`, "the added sentence", (html) => html.includes(added));
    await shown("the added sentence", (text) => text.includes(added));
  });

  it("should show a front-matter error with its file and line in place of the article, and keep serving", async () => {
    const broken = original.replace(/^title: "(.*)"$/m, 'title: "$1');
    expect(broken).not.toBe(original);
    await writeFile(article, broken);

    const html = await served(`/${SLUG}/`, "the error page", (text) => text.includes("Invalid YAML"));
    expect(html).toContain('class="article problem-page"');
    expect(html).toMatch(new RegExp(`articles/${SLUG}\\.md:2:\\d+</code> <strong class="severity-error">error</strong> Invalid YAML in front matter`));
    expect(html).not.toContain(`<h1>${TITLE}</h1>`);
    await shown("the error", (text) => text.includes("Invalid YAML in front matter"));

    // The rest of the site still answers, with a banner naming the problem.
    const home = await fetchPage("/");
    expect(home?.status).toBe(200);
    expect(home?.html).toContain('class="preview-banner" role="alert"');
    expect(home?.html).toContain(`articles/${SLUG}.md:2:`);
    // The terminal gets the same report.
    await waitFor("the report in the terminal", () => /deir-ez-zor-airstrike\.md:2:\d+ error Invalid YAML/.test(output));
    expect(output).toContain("the preview keeps running");
  });

  it("should bring the article back when the file is fixed", async () => {
    await writeFile(article, original);
    const html = await served(`/${SLUG}/`, "the article again", (text) => text.includes(`<h1>${TITLE}</h1>`));
    expect(html).not.toContain("problem-page");
    expect(html).not.toContain("preview-banner");
    await shown("the article again", (text) => text.includes(TITLE) && !text.includes("Invalid YAML"));
  });

  it("should show a Markdown error with its line in the same way, and recover", async () => {
    const broken = original.trimEnd() + "\n\n:source[The council said so.]\n";
    const line = broken.split("\n").length - 1;
    await writeFile(article, broken);
    const html = await served(`/${SLUG}/`, "the error page", (text) => text.includes("problem-page"));
    expect(html).toContain(`articles/${SLUG}.md:${line}:1</code> <strong class="severity-error">error</strong> Expected a source id`);
    await shown("the error", (text) => text.includes("Expected a source id"));

    await writeFile(article, original);
    await served(`/${SLUG}/`, "the article again", (text) => text.includes(`<h1>${TITLE}</h1>`));
    await shown("the article again", (text) => text.includes(TITLE));
  });

  it("should rebuild and reload the open page when a layout is saved", async () => {
    const layout = join(root, "layouts", "_includes", "base.njk");
    const text = await readFile(layout, "utf8");
    const edited = text.replace("<p>Annotated by ", "<p>Annotated (layout edited) by ");
    expect(edited, "the site footer of base.njk to be there to edit").not.toBe(text);
    await writeFile(layout, edited);
    await served(`/${SLUG}/`, "the edited footer", (html) => html.includes("Annotated (layout edited) by"));
    await shown("the edited footer", (text) => text.includes("Annotated (layout edited) by"));
  });

  it("should apply a saved stylesheet to the open page", async () => {
    const stylesheet = join(root, "layouts", "style.css");
    await writeFile(stylesheet, (await readFile(stylesheet, "utf8")) + "\n.site-name { letter-spacing: 7px; }\n");
    await served("/style.css", "the new rule", (css) => css.includes("letter-spacing: 7px"));
    await waitFor("the open page to use the new rule", () =>
      page.evaluate(() => getComputedStyle(document.querySelector(".site-name")!).letterSpacing === "7px"),
    );
  });

  it("should render with the new code after a module deep in src/ is edited", async () => {
    // rehype-sources.ts is four imports away from `.eleventy.ts`: a cache-busted import would miss it.
    const module = join(root, "src", "rehype-sources.ts");
    const code = await readFile(module, "utf8");
    const edited = code.replace('el("h2", { id: "sources-label" }, "Sources")', 'el("h2", { id: "sources-label" }, "Sources (edited while previewing)")');
    expect(edited, "the Sources heading of src/rehype-sources.ts to be there to edit").not.toBe(code);
    await writeFile(module, edited);

    await served(`/${SLUG}/`, "the new heading", (html) => html.includes('<h2 id="sources-label">Sources (edited while previewing)</h2>'));
    await shown("the new heading", (text) => text.includes("Sources (edited while previewing)"));
    expect(output).toContain("src/rehype-sources.ts changed: restarting the dev server");
  });

  it("should listen on 127.0.0.1 only, the dev server behind the guard too", async () => {
    const listening = await listeningAddresses(server!.pid!);
    // The guard and Eleventy's dev server (its live-reload WebSocket shares the dev server's port).
    expect(listening.length, listening.join(", ")).toBeGreaterThanOrEqual(2);
    expect(listening.filter((address) => !address.startsWith("127.0.0.1:"))).toEqual([]);
    expect(listening).toContain(`127.0.0.1:${new URL(base).port}`);
  });

  it("should answer malformed paths with 400 and other methods with 405, every one within bounded time", async () => {
    const cases: Array<[string, number]> = [
      ["GET /%2e%2e/%2e%2e/etc/passwd", 400],
      ["GET /..%2f..%2fetc/passwd", 400],
      ["GET /%zz", 400],
      ["GET /%E0%A4%A", 400],
      ["GET /a%00b", 400],
      ["HEAD /%2E%2E/", 400],
      ["POST /", 405],
      ["DELETE /index.html", 405],
      ["PUT /x", 405],
      ["OPTIONS /", 405],
      ["GET /", 200],
      ["HEAD /", 200],
    ];
    // A bounded load on loopback: 48 requests at once, each with its own connection.
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 48 }, (_, i) => cases[i % cases.length]!).map(([line]) => rawStatus(line)));
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(answers).toEqual(Array.from({ length: 48 }, (_, i) => cases[i % cases.length]![1]));
  });

  it("should never write into dist/, so that `npm run pdf` fails as a build would on a broken article", async () => {
    expect(await access(join(root, "dist")).then(() => true, () => false), "a dist/ folder").toBe(false);
    await writeFile(article, original.replace(/^title: "(.*)"$/m, 'title: "$1'));
    await served(`/${SLUG}/`, "the error page", (text) => text.includes("Invalid YAML"));
    const pdf = spawnSync("npm", ["run", "pdf"], { cwd: root, encoding: "utf8", timeout: 120_000, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
    expect(pdf.status, pdf.stderr).toBe(1);
    expect(pdf.stderr).toContain("Invalid YAML in front matter");
    expect(await access(join(root, "dist")).then(() => true, () => false), "a dist/ folder").toBe(false);
    await writeFile(article, original);
    await served(`/${SLUG}/`, "the article again", (text) => text.includes(`<h1>${TITLE}</h1>`));
  }, 150_000);

  it("should stop, with everything it started, when its process group is terminated", async () => {
    const pid = server!.pid!;
    const exited = new Promise<void>((done) => server!.once("exit", () => done()));
    process.kill(-pid, "SIGTERM");
    await exited;
    // Every process of the group (npm, the supervisor, Eleventy) is gone, and the port is closed.
    await waitFor("the process group to be empty", () => {
      try {
        process.kill(-pid, 0);
        return false;
      } catch {
        return true;
      }
    });
    expect(await fetchPage("/")).toBeNull();
  });
});

/** Send one raw request line to the preview; resolve to the status code of its answer, or fail after 10 s. */
function rawStatus(line: string): Promise<number> {
  const { port } = new URL(base);
  return new Promise((done, fail) => {
    const socket = connect({ host: "127.0.0.1", port: Number(port) });
    let data = "";
    const timer = setTimeout(() => {
      socket.destroy();
      fail(new Error(`no answer within 10 s to \`${line}\``));
    }, 10_000);
    socket.on("connect", () => socket.write(`${line} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`));
    socket.on("data", (chunk) => {
      data += chunk.toString("latin1");
      const m = /^HTTP\/1\.1 (\d{3})/.exec(data);
      if (m) {
        clearTimeout(timer);
        socket.destroy();
        done(Number(m[1]));
      }
    });
    socket.on("error", (error) => {
      clearTimeout(timer);
      fail(error);
    });
  });
}

/** The addresses (`ip:port`) on which the processes of a process group listen for TCP, from /proc. */
async function listeningAddresses(group: number): Promise<string[]> {
  const inodes = new Set<string>();
  for (const pid of (await readdir("/proc")).filter((name) => /^\d+$/.test(name))) {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) !== group) continue;
    for (const fd of await readdir(`/proc/${pid}/fd`).catch(() => [] as string[])) {
      const m = /^socket:\[(\d+)\]$/.exec(await readlink(`/proc/${pid}/fd/${fd}`).catch(() => ""));
      if (m) inodes.add(m[1]!);
    }
  }
  const addresses: string[] = [];
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const row of (await readFile(table, "utf8")).split("\n").slice(1)) {
      const cols = row.trim().split(/\s+/);
      if (cols[3] !== "0A" || !inodes.has(cols[9]!)) continue;
      const [hex, portHex] = cols[1]!.split(":") as [string, string];
      const ip = hex.length === 8 ? hex.match(/../g)!.reverse().map((b) => parseInt(b, 16)).join(".") : hex === "00000000000000000000000001000000" ? "::1" : `[${hex}]`;
      addresses.push(`${ip}:${parseInt(portHex, 16)}`);
    }
  }
  return addresses;
}
