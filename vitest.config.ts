import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The Eleventy API loads `.eleventy.ts`, which needs the tsx loader in the workers.
    execArgv: ["--import", "tsx"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
