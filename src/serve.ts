/**
 * `npm start`: the live preview at http://127.0.0.1:8080/ (`--port=N` for another port, `--host=H` to
 * listen elsewhere than this computer alone, e.g. `--host=0.0.0.0`; every other argument goes to
 * Eleventy). Eleventy's dev server, in a child process, rebuilds and reloads the open page when an
 * article, a template or the stylesheet is saved. It writes into a temporary folder of its own, never
 * into `dist/` (whose pages `sourced pdf` prints), listens on a loopback port only, and is reached
 * through a guard (src/preview-guard.ts) that answers every request in bounded time.
 *
 * A module under `src/` is another matter: Node keeps the modules it has loaded, so an edit there would
 * be rendered with the old code. This supervisor restarts the dev server instead, and the page reloads
 * itself once it is back (see `layouts/_includes/base.njk`).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { watch } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { startGuard } from "./preview-guard.ts";

/** The project root: `.eleventy.ts`, `src/` and `layouts/` live there. */
const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** How long to wait for more saves before restarting: editors write a file in several steps. */
const SETTLE_MS = 150;

/** How long the dev server gets to exit before it is killed: Eleventy takes 1-2 s. */
const EXIT_GRACE_MS = 5000;

/** The preview's options, read from its arguments; the rest go to Eleventy. */
export interface PreviewArgs {
  /** The interface the preview listens on. Default `127.0.0.1`: this computer only. */
  host: string;
  /** The port the preview listens on. Default 8080. */
  port: number;
  /** Arguments for Eleventy. */
  rest: string[];
}

/** Read `--host`/`--port` (as `--x=v` or `--x v`) from the arguments; drop `--output`, which is the preview's own. */
export function parsePreviewArgs(args: string[]): PreviewArgs {
  const parsed: PreviewArgs = { host: "127.0.0.1", port: 8080, rest: [] };
  for (let i = 0; i < args.length; i++) {
    const m = /^--(host|port|output)(?:=(.*))?$/.exec(args[i]!);
    if (!m) {
      parsed.rest.push(args[i]!);
      continue;
    }
    const value = m[2] ?? args[++i] ?? "";
    if (m[1] === "host") parsed.host = value;
    else if (m[1] === "port") {
      if (!/^\d+$/.test(value) || Number(value) > 65535) throw new Error(`Expected \`--port\` to be a port number, found \`${value}\``);
      parsed.port = Number(value);
    } else log("`--output` ignored: the preview writes into a temporary folder of its own, never into `dist/`");
  }
  return parsed;
}

/** A port free on 127.0.0.1 now, for the dev server behind the guard. */
async function loopbackPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done, fail) => probe.once("error", fail).listen(0, "127.0.0.1", () => done()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

/** Eleventy's dev server in a child process, writing into `output`, on a free loopback port; started again on demand. */
class DevServer {
  #child: ChildProcess | null = null;
  #restarting: Promise<void> | null = null;
  /** True once the preview is ending: nothing starts again. */
  stopping = false;
  /** The loopback port of the running server, or null while there is none. */
  upstream: number | null = null;

  constructor(
    private readonly output: string,
    private readonly rest: string[],
  ) {}

  /** Start the server on a free loopback port. */
  async start(): Promise<void> {
    // Eleventy's command line, found next to its entry point (the package does not export `cmd.cjs`).
    const eleventy = join(dirname(createRequire(join(ROOT, "package.json")).resolve("@11ty/eleventy")), "..", "cmd.cjs");
    const loopback = fileURLToPath(new URL("./preview-loopback.ts", import.meta.url));
    const port = await loopbackPort();
    const started = spawn(
      process.execPath,
      ["--import", "tsx", "--import", loopback, eleventy, "--config=.eleventy.ts", "--serve", `--port=${port}`, `--output=${this.output}`, ...this.rest],
      { cwd: ROOT, stdio: "inherit", env: { ...process.env, SOURCED_PREVIEW_GUARDED: "1" } },
    );
    this.upstream = port;
    started.on("exit", (code, signal) => {
      if (this.#child !== started) return;
      this.#child = null;
      this.upstream = null;
      if (this.stopping || signal) return;
      log(`the dev server stopped (exit code ${code}); fix the error above and save a file in src/ to start it again`);
    });
    this.#child = started;
  }

  /** Stop the server: SIGTERM, then SIGKILL after `EXIT_GRACE_MS`. */
  async stop(): Promise<void> {
    const running = this.#child;
    if (!running) return;
    this.#child = null;
    this.upstream = null;
    if (running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((done) => running.once("exit", () => done()));
    running.kill("SIGTERM");
    const timer = setTimeout(() => running.kill("SIGKILL"), EXIT_GRACE_MS);
    await exited;
    clearTimeout(timer);
  }

  /** Restart the server because `changed` was saved; the old one must be gone first, or Eleventy would take the next port. */
  restart(changed: string): void {
    if (this.stopping) return;
    log(`${changed} changed: restarting the dev server`);
    this.#restarting ??= this.stop().then(async () => {
      this.#restarting = null;
      if (!this.stopping) await this.start();
    });
  }

  /** End the preview's server for good, once any restart under way is done. */
  async close(): Promise<void> {
    this.stopping = true;
    await this.#restarting;
    await this.stop();
  }
}

/** Watch the TypeScript under `src/` and `.eleventy.ts`; call `onChange` with the last path saved once saves settle for `SETTLE_MS`. */
function watchCode(onChange: (path: string) => void): { close: () => void } {
  let timer: NodeJS.Timeout | undefined;
  let pending = "";
  const changed = (path: string) => {
    pending = path;
    clearTimeout(timer);
    timer = setTimeout(() => onChange(pending), SETTLE_MS);
  };
  const watchers = [
    watch(join(ROOT, "src"), { recursive: true }, (_event, name) => {
      if (name && name.endsWith(".ts")) changed(relative(ROOT, join(ROOT, "src", name)));
    }),
    watch(ROOT, (_event, name) => {
      if (name === ".eleventy.ts") changed(name);
    }),
  ];
  return {
    close: () => {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}

/** Run the preview until SIGINT or SIGTERM; resolve to the exit code. */
export async function servePreview(args: string[]): Promise<number> {
  const options = parsePreviewArgs(args);
  const output = await mkdtemp(join(tmpdir(), "sourced-preview-site-"));
  const server = new DevServer(output, options.rest);
  const watcher = watchCode((path) => server.restart(path));

  let guard;
  try {
    guard = await startGuard({ host: options.host, port: options.port, upstream: () => server.upstream });
  } catch (error) {
    watcher.close();
    await rm(output, { recursive: true, force: true });
    log(`cannot listen on ${options.host}:${options.port}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return 1;
  }
  const shown = options.host.includes(":") ? `[${options.host}]` : options.host;
  const reach = options.host === "127.0.0.1" || options.host === "::1" || options.host === "localhost" ? "this computer only; `--host=0.0.0.0` to share it" : "reachable from the network";
  log(`serving at http://${shown}:${options.port}/ (${reach})`);
  await server.start();
  const signal = await new Promise<NodeJS.Signals>((done) => {
    process.once("SIGINT", () => done("SIGINT"));
    process.once("SIGTERM", () => done("SIGTERM"));
  });
  watcher.close();
  await server.close();
  guard.closeAllConnections();
  await new Promise<void>((done) => guard.close(() => done()));
  await rm(output, { recursive: true, force: true });
  // Ctrl-C is how a preview ends: not a failure.
  return signal === "SIGINT" ? 0 : 143;
}

function log(message: string): void {
  process.stderr.write(`sourced preview: ${message}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  servePreview(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      log(error.message);
      process.exitCode = 2;
    },
  );
}
