#!/usr/bin/env node
// Run the CLI compiled ahead (bin/compile.js: `.cache/js/`, compiled again whenever a file under `src/`
// changed), or, when it cannot be compiled, the TypeScript through tsx's loader.
import { setFlagsFromString } from "node:v8";
import { compiled } from "./compile.js";

// A command is a short process that runs the tagger over every article on this thread and on worker
// threads, and each thread compiles the same code for itself: what V8's optimizing compiler spends
// counts as much as how fast the code it makes runs. Without inlining, and optimizing only functions
// that have run about nine times longer than by default (the interrupt budget, 67,584 by default), a cold
// build of 1,000 articles spends about a third less processor time (docs/benchmark.md). Set before any
// of the tool's code is loaded; worker threads share the process's flags.
for (const flag of ["--no-turbo-inlining", "--interrupt-budget=600000"]) setFlagsFromString(flag);

const entry = process.env.SOURCED_TSX === "1" ? null : await compiled("src/cli.ts");
if (entry) {
  await import(entry);
} else {
  // Load the JavaScript dependencies natively before tsx's loader hooks (see src/preload.js for why).
  const { register } = await import("tsx/esm/api");
  const { PRELOAD } = await import("../src/preload.js");
  const command = process.argv[2];
  const dependencies = [...PRELOAD];
  // `pdf` builds only when the site is out of date, so Eleventy waits until then; Playwright it always needs.
  if (command === "build") dependencies.push("@11ty/eleventy");
  if (command === "pdf") dependencies.push("playwright-core");
  await Promise.all(dependencies.map((name) => import(name)));
  register();
  await import("../src/cli.ts");
}
