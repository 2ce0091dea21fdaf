#!/usr/bin/env node
// Run the TypeScript CLI through tsx's loader, so `npx sourced` works without a compile step.
//
// Load the JavaScript dependencies natively before tsx's loader hooks (see src/preload.js for why).
import { register } from "tsx/esm/api";
import { PRELOAD } from "../src/preload.js";

const command = process.argv[2];
const dependencies = [...PRELOAD];
// `pdf` builds only when the site is out of date, so Eleventy waits until then; Playwright it always needs.
if (command === "build") dependencies.push("@11ty/eleventy");
if (command === "pdf") dependencies.push("playwright-core");
await Promise.all(dependencies.map((name) => import(name)));

register();
await import("../src/cli.ts");
