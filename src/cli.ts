/**
 * The `sourced` command line: extract, check, build, pdf.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { VFile } from "vfile";
import { describeIgnored, listArticles, readArticle } from "./read-article.ts";
import { formatMessages } from "./report.ts";
import { ROOT } from "./root.ts";
import type { ArticleData } from "./types.ts";

const USAGE = `Usage: sourced <command> [options]

Commands:
  extract <file.md>     print the article's tagged data as JSON
  check [files...]      report problems (figures with no source, uncited sources, ...);
                        exit 1 on errors, or on warnings with --strict; with no files,
                        every article build would read (--input=articles)
  build                 build the site from articles/ into dist/ (--pathprefix=/repo/,
                        --input=articles, --output=dist); --verbose lists every warning,
                        --no-cache tags every article again
  pdf [slug...]         print articles to dist/<slug>/<slug>.pdf with Chromium (--paper=a4|letter)
  doctor                report what the machine lacks for the tests, PDF and benchmark (npm run setup -- --check)

Articles are the regular files named *.md or *.markdown (not hidden) of the articles folder,
or symbolic links to such files inside it, of at most 10 MB each.
`;

/** Read an article as strict UTF-8: the text, or a file whose error names the first invalid byte's line. */
async function readProcessed(path: string, root?: string): Promise<{ file: VFile; failed: boolean; data?: ArticleData }> {
  const read = await readArticle(path, { root });
  if (read.file) return { file: read.file, failed: true };
  // The pipeline loads here, not with the command line: `build` loads it only when an article changed.
  const { processArticle } = await import("./index.ts");
  const article = await processArticle(read.text, path);
  return { file: article.file, failed: article.failed, data: article.data };
}

async function extractCommand(args: string[]): Promise<number> {
  const path = args[0];
  if (!path) {
    process.stderr.write("sourced extract: expected a Markdown file, e.g. `sourced extract articles/x.md`\n");
    return 2;
  }
  const article = await readProcessed(path);
  const report = formatMessages([article.file], { quiet: true });
  if (report) process.stderr.write(report + "\n");
  if (article.failed) return 1;
  process.stdout.write(JSON.stringify(article.data, null, 2) + "\n");
  return 0;
}

/** The articles `check` reads: the files given, or the ones `build` would read from the folder (noting the rest). */
async function checkedPaths(positionals: string[], input: string): Promise<{ paths: string[]; root?: string }> {
  if (positionals.length > 0) return { paths: positionals };
  const { paths, ignored } = await listArticles(input);
  const note = describeIgnored(input, ignored);
  if (note) process.stderr.write(`sourced check: ${note}\n`);
  return { paths, root: input };
}

async function checkCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { strict: { type: "boolean", default: false }, input: { type: "string", default: "articles" } },
    allowPositionals: true,
  });
  const { paths, root } = await checkedPaths(positionals, values.input);
  const files = [];
  for (const path of paths) files.push((await readProcessed(path, root)).file);
  const report = formatMessages(files);
  if (report) process.stderr.write(report + "\n");
  const errors = files.some((f) => f.messages.some((m) => m.fatal));
  const warnings = files.some((f) => f.messages.some((m) => !m.fatal));
  return errors || (values.strict && warnings) ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "extract":
      return extractCommand(rest);
    case "check":
      return checkCommand(rest);
    case "build": {
      const { values } = parseArgs({
        args: rest,
        options: { pathprefix: { type: "string" }, input: { type: "string" }, output: { type: "string" }, verbose: { type: "boolean" }, "no-cache": { type: "boolean" } },
        strict: false,
      });
      const { buildSite } = await import("./build.ts");
      return buildSite({
        input: typeof values.input === "string" ? values.input : "articles",
        output: typeof values.output === "string" ? values.output : "dist",
        pathPrefix: typeof values.pathprefix === "string" ? values.pathprefix : process.env.PATH_PREFIX,
        verbose: values.verbose === true,
        ...(values["no-cache"] === true ? { cache: null } : {}),
      });
    }
    case "doctor": {
      // The same check as `npm run setup -- --check`: one list of what is needed, in scripts/setup.sh.
      const { spawnSync } = await import("node:child_process");
      const setup = join(ROOT, "scripts", "setup.sh");
      return spawnSync("bash", [setup, "--check"], { stdio: "inherit" }).status ?? 1;
    }
    case "pdf": {
      const { pdfCommand } = await import("./pdf.ts");
      return pdfCommand(rest);
    }
    case undefined:
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`sourced: unknown command \`${command}\`\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`sourced: ${error.message}\n`);
    process.exitCode = 1;
  },
);
