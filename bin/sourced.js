#!/usr/bin/env node
// Run the CLI compiled ahead (bin/compile.js: `.cache/js/`, compiled again whenever a file under `src/`
// changed), or, when it cannot be compiled, the TypeScript through tsx's loader.
import { compiled } from "./compile.js";

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
