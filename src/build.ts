/**
 * Build the site (placeholder until the Eleventy build lands).
 */

/** Options of `buildSite`. */
export interface BuildOptions {
  input: string;
  output: string;
  pathPrefix?: string;
}

/** Build the site from `input` into `output`; resolve to the exit code. */
export async function buildSite(_options: BuildOptions): Promise<number> {
  process.stderr.write("sourced build: not built yet\n");
  return 1;
}
