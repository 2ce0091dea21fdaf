/**
 * The project root (`package.json`, `layouts/`, `src/`, `.eleventy.ts`), wherever this module runs from:
 * `src/root.ts` through tsx, or bundled into a file of `.cache/js/<key>/` (bin/compile.js).
 */
import { fileURLToPath } from "node:url";

/** Whether sourced runs compiled ahead, rather than as TypeScript through tsx. */
export const COMPILED = import.meta.url.endsWith(".js");

/** The folders between this module's folder and the root: `src/`; compiled, `<key>/`, `js/` and `.cache/`. */
export const ROOT = fileURLToPath(new URL(COMPILED ? "../../../" : "../", import.meta.url));

/** The Eleventy configuration to load: the compiled one beside the compiled modules, else `.eleventy.ts`. */
export const ELEVENTY_CONFIG = fileURLToPath(new URL(COMPILED ? "./.eleventy.js" : "../.eleventy.ts", import.meta.url));
