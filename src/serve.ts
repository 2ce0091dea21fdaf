/**
 * `npm start`: the live preview at http://localhost:8080/ (`--port=N` for another; every argument
 * goes to Eleventy). Eleventy's dev server, in a child process, rebuilds and reloads the open page
 * when an article, a template or the stylesheet is saved. A module under `src/` is another matter:
 * Node keeps the modules it has loaded, so an edit there would be rendered with the old code. This
 * supervisor restarts the dev server instead, and the page reloads itself once it is back (see
 * `layouts/_includes/base.njk`).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { watch } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root: `.eleventy.ts`, `src/` and `layouts/` live there. */
const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** How long to wait for more saves before restarting: editors write a file in several steps. */
const SETTLE_MS = 150;

/** How long the dev server gets to exit before it is killed: Eleventy takes 1-2 s. */
const EXIT_GRACE_MS = 5000;

/** Run the preview until SIGINT or SIGTERM; resolve to the exit code. */
export async function servePreview(args: string[]): Promise<number> {
  // Eleventy's command line, found next to its entry point (the package does not export `cmd.cjs`).
  const eleventy = join(dirname(createRequire(join(ROOT, "package.json")).resolve("@11ty/eleventy")), "..", "cmd.cjs");
  let child: ChildProcess | null = null;
  let stopping = false;
  let restarting: Promise<void> | null = null;

  const start = () => {
    const started = spawn(process.execPath, ["--import", "tsx", eleventy, "--config=.eleventy.ts", "--serve", ...args], {
      cwd: ROOT,
      stdio: "inherit",
    });
    started.on("exit", (code, signal) => {
      if (child !== started) return;
      child = null;
      if (stopping || signal) return;
      log(`the dev server stopped (exit code ${code}); fix the error above and save a file in src/ to start it again`);
    });
    child = started;
  };

  const stop = async () => {
    const running = child;
    if (!running) return;
    child = null;
    if (running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((done) => running.once("exit", () => done()));
    running.kill("SIGTERM");
    const timer = setTimeout(() => running.kill("SIGKILL"), EXIT_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };

  // The old server must be gone before the new one starts: Eleventy would take the next port.
  const restart = (changed: string) => {
    if (stopping) return;
    log(`${changed} changed: restarting the dev server`);
    restarting ??= stop().then(() => {
      restarting = null;
      if (!stopping) start();
    });
  };

  let timer: NodeJS.Timeout | undefined;
  let pending = "";
  const onChange = (path: string) => {
    pending = path;
    clearTimeout(timer);
    timer = setTimeout(() => restart(pending), SETTLE_MS);
  };
  const watchers = [
    watch(join(ROOT, "src"), { recursive: true }, (_event, name) => {
      if (name && name.endsWith(".ts")) onChange(relative(ROOT, join(ROOT, "src", name)));
    }),
    watch(ROOT, (_event, name) => {
      if (name === ".eleventy.ts") onChange(name);
    }),
  ];

  start();
  const signal = await new Promise<NodeJS.Signals>((done) => {
    process.once("SIGINT", () => done("SIGINT"));
    process.once("SIGTERM", () => done("SIGTERM"));
  });
  stopping = true;
  clearTimeout(timer);
  for (const watcher of watchers) watcher.close();
  await restarting;
  await stop();
  // Ctrl-C is how a preview ends: not a failure.
  return signal === "SIGINT" ? 0 : 143;
}

function log(message: string): void {
  process.stderr.write(`sourced preview: ${message}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  servePreview(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
