/**
 * Timing helpers for the benchmark: wall-clock timers, medians, timed child processes, waiting for a
 * file to change, and a free port on 127.0.0.1.
 */
import { spawn, spawnSync, type SpawnSyncOptions } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

/** Return the median of some numbers (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Run `fn` and return how long it took, in milliseconds. */
export async function time(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Run a command to the end and return its wall-clock time in milliseconds; throw when it fails. */
export function timeCommand(command: string, args: string[], options: SpawnSyncOptions = {}): number {
  const start = performance.now();
  const run = spawnSync(command, args, { encoding: "utf8", ...options });
  const elapsed = performance.now() - start;
  if (run.error || run.status !== 0) {
    const output = `${String(run.stderr ?? "")}${String(run.stdout ?? "")}`.trim().split("\n").slice(-15).join("\n");
    throw new Error(`\`${command} ${args.join(" ")}\` failed (exit ${run.status}): ${run.error?.message ?? output}`);
  }
  return elapsed;
}

/** Find a free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("Cannot find a free port: the server has no address");
  return address.port;
}

/** Wait until the file at `path` contains `text`, polling every 2 ms; return when it did, or throw after `timeoutMs`. */
export async function waitForText(path: string, text: string, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const content = await readFile(path, "utf8").catch(() => "");
    if (content.includes(text)) return performance.now();
    await sleep(2);
  }
  throw new Error(`\`${path}\` did not come to contain \`${text}\` within ${timeoutMs} ms`);
}

/** A long-running child process whose output is kept, stopped by its own PID. */
export interface Child {
  output: () => string;
  stop: () => Promise<void>;
}

/** Start a command in the background, keeping what it prints. */
export function startCommand(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Child {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      // Eleventy takes a second or two to exit after SIGTERM; do not wait for ever.
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
