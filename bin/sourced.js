#!/usr/bin/env node
// Run the TypeScript CLI through tsx's loader, so `npx sourced` works without a compile step.
//
// tsx's loader hooks see every module loaded after `register()`, and in Node 20 each one costs a round
// trip to the loader thread: loading Eleventy and the unified stack through them takes about twice as
// long as loading them natively. They are plain JavaScript, so load them first, natively; the
// TypeScript modules that import them later find them already loaded. (A dependency missing from this
// list still works: it just loads through the hooks.)
import { register } from "tsx/esm/api";

const command = process.argv[2];
const dependencies = [
  "gray-matter",
  "hastscript",
  "rehype-stringify",
  "remark-directive",
  "remark-gfm",
  "remark-parse",
  "remark-rehype",
  "unified",
  "unist-util-visit",
  "vfile",
  "vfile-reporter",
  "yaml",
];
// `pdf` builds only when the site is out of date, so Eleventy waits until then; Playwright it always needs.
if (command === "build") dependencies.push("@11ty/eleventy");
if (command === "pdf") dependencies.push("playwright-core");
await Promise.all(dependencies.map((name) => import(name)));

register();
await import("../src/cli.ts");
