/**
 * The Hugo baseline: a minimal Hugo site (one layout for a page, one for the home page listing the
 * pages) that builds the same Markdown files, as someone would pick Hugo instead of sourced.
 */
import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** A Hugo site on disk. */
export interface HugoProject {
  dir: string;
  /** Where `hugo` writes the site. */
  output: string;
}

const CONFIG = `baseURL = "http://localhost/"
languageCode = "en"
title = "Baseline"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
`;

const SINGLE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}</title>
</head>
<body>
<main>
<h1>{{ .Title }}</h1>
{{ .Content }}
</main>
</body>
</html>
`;

const HOME = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>
<body>
<main>
<ul>
{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
</main>
</body>
</html>
`;

/** The installed Hugo's version line, or null when there is none. */
export function hugoVersion(): string | null {
  const run = spawnSync("hugo", ["version"], { encoding: "utf8" });
  return run.status === 0 ? run.stdout.trim().split(" ").slice(0, 2).join(" ") : null;
}

/** Write a minimal Hugo site holding `files` (name -> Markdown with YAML front matter) under `dir`. */
export async function makeHugoProject(dir: string, files: Map<string, string>): Promise<HugoProject> {
  await mkdir(join(dir, "content"), { recursive: true });
  await mkdir(join(dir, "layouts", "_default"), { recursive: true });
  await writeFile(join(dir, "hugo.toml"), CONFIG);
  await writeFile(join(dir, "layouts", "_default", "single.html"), SINGLE);
  await writeFile(join(dir, "layouts", "index.html"), HOME);
  for (const [name, text] of files) await writeFile(join(dir, "content", name), text);
  return { dir, output: join(dir, "public") };
}

/** The arguments of a full Hugo build of `project`, as a user runs it. */
export function hugoArgs(project: HugoProject): string[] {
  return ["--quiet", "--source", project.dir, "--destination", project.output, "--cleanDestinationDir"];
}
