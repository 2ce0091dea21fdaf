/**
 * The baseline: a plain Eleventy project (default markdown-it, one minimal Nunjucks layout) that builds
 * the same Markdown files as pages, as someone would without sourced.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** A plain Eleventy project on disk. */
export interface PlainProject {
  dir: string;
  input: string;
  output: string;
  /** The project's config file, which only names the folders. */
  config: string;
}

const LAYOUT = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
</head>
<body>
<main>
<h1>{{ title }}</h1>
{{ content | safe }}
</main>
</body>
</html>
`;

/** Write a plain Eleventy project holding `files` (name -> Markdown with front matter) under `dir`. */
export async function makePlainProject(dir: string, files: Map<string, string>): Promise<PlainProject> {
  const input = join(dir, "src");
  await mkdir(join(input, "_includes"), { recursive: true });
  await writeFile(join(input, "_includes", "layout.njk"), LAYOUT);
  // A directory data file: every page in `src/` uses the layout.
  await writeFile(join(input, "src.json"), JSON.stringify({ layout: "layout.njk" }));
  for (const [name, text] of files) await writeFile(join(input, name), text);
  const config = join(dir, "eleventy.config.mjs");
  await writeFile(config, 'export const config = { dir: { input: "src", includes: "_includes", output: "_site" } };\n');
  return { dir, input, output: join(dir, "_site"), config };
}
