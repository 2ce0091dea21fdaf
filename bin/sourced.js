#!/usr/bin/env node
// Run the TypeScript CLI through tsx's loader, so `npx sourced` works without a compile step.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");
