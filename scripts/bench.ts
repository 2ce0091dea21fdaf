/**
 * `npm run bench`: how fast sourced is, as ratios to baselines measured in the same run on the same
 * machine (bare unified, plain Eleventy, Hugo, Pandoc), plus the 1000-article site's build times (cold,
 * unchanged, one article changed), the preview's rebuild time, the PDF time and the page weight. Articles are generated from the seed and the corpus (src/generated-articles.ts, shared with the tests).
 *
 *   npm run bench                 # the full run: 1000 articles, 3 runs of each measurement
 *   npm run bench -- --quick      # 200 articles, 20 for Pandoc, fewer runs: about a minute
 *   npm run bench -- --json       # one JSON object on stdout (the table goes to stderr)
 *   npm run bench -- --runs=5     # more runs per measurement (the median is reported)
 *   npm run bench -- --only=tagOverhead,linearity
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { access, copyFile, cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import rehypeStringify from "rehype-stringify";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { parseArticle } from "../src/frontmatter.ts";
import { createProcessor, type ProcessorOptions } from "../src/processor.ts";
import { ADVERSARIAL_PATTERNS } from "../src/adversarial.ts";
import { breakdown } from "./bench/breakdown.ts";
import { generateArticles } from "../src/generated-articles.ts";
import { makePlainProject } from "./bench/eleventy.ts";
import { hugoArgs, hugoVersion, makeHugoProject } from "./bench/hugo.ts";
import { freePort, median, startCommand, time, timeCommand, waitForText } from "./bench/measure.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SEED = join(ROOT, "articles/deir-ez-zor-airstrike.md");
const SEED_SLUG = "deir-ez-zor-airstrike";
const ELEVENTY_CMD = join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs");
/** The `sourced` command as `npm run build` runs it (package.json), without npm's own start-up on top. */
const SOURCED = [join(ROOT, "bin/sourced.js")];

const { values: flags } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    quick: { type: "boolean", default: false },
    runs: { type: "string" },
    only: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});
const QUICK = flags.quick === true;
const RUNS = Number(flags.runs ?? (QUICK ? 1 : 3));
const SITE_COUNT = QUICK ? 200 : 1000;
const PANDOC_COUNT = QUICK ? 20 : 100;
const ONLY = flags.only ? new Set(flags.only.split(",")) : null;

/** One measured figure: the value, its target, and the raw times it came from. */
interface Row {
  key: string;
  label: string;
  value: number | null;
  target: string;
  met: boolean | null;
  detail: string;
}

const rows: Row[] = [];
const breakdownLines: string[] = [];
/** Progress and the table; with `--json` they go to stderr, leaving stdout to the JSON. */
const log = (line: string) => (flags.json ? process.stderr : process.stdout).write(`${line}\n`);
const ms = (value: number) => `${value.toFixed(value < 100 ? 1 : 0)} ms`;
const wanted = (key: string) => ONLY === null || ONLY.has(key);

function record(key: string, label: string, value: number | null, target: string, met: boolean | null, detail: string) {
  rows.push({ key, label, value, target, met, detail });
  log(`  ${key}: ${value === null ? "n/a" : Number.isInteger(value) ? value : value.toFixed(3)}  (${detail})`);
}

/** An article's body and processor options, the front matter already read (not part of either timing). */
interface Prepared {
  path: string;
  body: string;
  options: ProcessorOptions;
}

/**
 * Whether a <script> of this `type` (lowercased, trimmed) runs: no type, a JavaScript MIME type or
 * `module`. Any other type is a data block (HTML's "prepare the script element").
 */
function isScriptType(type: string): boolean {
  const essence = type.split(";")[0]!.trim();
  return essence === "" || essence === "module" || /^(?:text|application)\/(?:x-)?(?:javascript|ecmascript)$|^text\/(?:jscript|livescript|javascript1\.[0-5])$/.test(essence);
}

function prepare(files: Map<string, string>): Prepared[] {
  return [...files].map(([path, text]) => {
    const parsed = parseArticle(text, path);
    if (parsed.failed) throw new Error(`Generated article ${path} does not parse: ${parsed.file.messages.map(String).join("; ")}`);
    const { meta, registry, registryLines } = parsed.frontMatter;
    return { path, body: parsed.body, options: { meta, registry, registryLines } };
  });
}

/** The full pipeline over every article, one processor per article as the site makes them. */
async function tagAll(articles: Prepared[]): Promise<void> {
  for (const article of articles) await createProcessor(article.options).process(new VFile({ path: article.path, value: article.body }));
}

/** The bare baseline: remark-parse -> remark-rehype -> rehype-stringify, one processor per article too. */
async function bareAll(articles: Prepared[]): Promise<void> {
  for (const article of articles) {
    await unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).process(new VFile({ path: article.path, value: article.body }));
  }
}

/** The bare pipeline plus the syntax sourced parses (GFM, directives): what any such site would pay, for context. */
async function syntaxAll(articles: Prepared[]): Promise<void> {
  for (const article of articles) {
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkDirective)
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(new VFile({ path: article.path, value: article.body }));
  }
}

/** Run each of `fns` in turn, `runs` times round (so drift and the garbage each leaves hit all alike); their times. */
async function rotate(runs: number, fns: Array<() => Promise<unknown>>): Promise<number[][]> {
  const times: number[][] = fns.map(() => []);
  for (let i = 0; i < runs; i++) for (const [n, fn] of fns.entries()) times[n]!.push(await time(fn));
  return times;
}

async function writeArticles(dir: string, files: Map<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of files) await writeFile(join(dir, name), text);
}

/** The keys the 1000-article site measurements give (one set of builds serves them all). */
const SITE_KEYS = ["site1000Ms", "site1000VsEleventy", "site1000VsHugo", "noChange1000Ms", "rebuild1000Ms"];

/** A new empty folder under `tmp`, as the working directory of a build that must start without a cache. */
function freshDir(tmp: string): string {
  return mkdtempSync(join(tmp, "cwd-"));
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function main(): Promise<void> {
  const cpu = cpus();
  const machine = {
    cpu: cpu[0]?.model.trim() ?? "unknown",
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    pandoc: spawnSync("pandoc", ["--version"], { encoding: "utf8" }).stdout?.split("\n")[0] || null,
    hugo: hugoVersion(),
  };
  log(`sourced benchmark${QUICK ? " (--quick)" : ""}: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`);
  log(`${SITE_COUNT} articles for the site and tagging figures, ${PANDOC_COUNT} for Pandoc, median of ${RUNS} run(s)\n`);
  const started = performance.now();

  const tmp = await mkdtemp(join(tmpdir(), "sourced-bench-"));
  try {
    const files = generateArticles(SITE_COUNT);
    const words = [...files.values()].reduce((sum, text) => sum + text.split(/\n---\n/)[1]!.split(/\s+/).length, 0) / files.size;
    log(`generated ${files.size} articles, ${Math.round(words)} words each on average`);

    // --- tagOverhead: the full pipeline / the bare one, over the same bodies, in this process.
    if (wanted("tagOverhead")) {
      const articles = prepare(files);
      // Warm up all three over every article: module loading, and the JIT, which takes a few hundred of the
      // tagger's articles to reach its steady speed (the first hundred cost about three times the last).
      await tagAll(articles);
      await bareAll(articles);
      await syntaxAll(articles);
      // The three take turns within each run, so that each ratio compares times taken under the same load.
      const [fullRuns, bareRuns, syntaxRuns] = await rotate(RUNS, [() => tagAll(articles), () => bareAll(articles), () => syntaxAll(articles)]);
      const [full, bare, syntax] = [median(fullRuns!), median(bareRuns!), median(syntaxRuns!)];
      // Each ratio is the median of the runs' own ratios: a run slowed by another process slows all three.
      const ratio = (over: number[]) => median(fullRuns!.map((t, i) => t / over[i]!));
      const [overBare, overSyntax] = [ratio(bareRuns!), ratio(syntaxRuns!)];
      const list = (times: number[]) => times.map((t) => Math.round(t)).join(", ");
      record("tagOverhead", `full pipeline / bare unified, ${articles.length} articles`, overBare, "<= 1.25", overBare <= 1.25, `full ${ms(full)} (${list(fullRuns!)}), bare ${ms(bare)} (${list(bareRuns!)})`);
      // Against the same bare pipeline with sourced's Markdown syntax (GFM, directives) switched on: what tagging adds.
      record(
        "tagOverheadVsSyntax",
        "full pipeline / bare unified with GFM and directives",
        overSyntax,
        "< 2.5",
        overSyntax < 2.5,
        `bare + remark-gfm + remark-directive ${ms(syntax)} (${list(syntaxRuns!)}): the syntax alone is ${(syntax / bare).toFixed(2)} x bare`,
      );
      // Where the full pipeline's time goes, step by step (one more pass).
      const steps = await breakdown((index) => createProcessor(articles[index]!.options), articles);
      const total = [...steps.values()].reduce((sum, t) => sum + t, 0);
      breakdownLines.push(`Pipeline steps over ${articles.length} articles (${ms(total)}; bare unified: ${ms(bare)}):`);
      for (const [step, t] of [...steps].sort((x, y) => y[1] - x[1])) {
        breakdownLines.push(`  ${step.padEnd(24)} ${ms(t).padStart(10)}  ${((100 * t) / total).toFixed(1).padStart(5)}%  ${(t / articles.length).toFixed(2)} ms/article`);
      }
    }

    // --- linearity: one article repeated 10 times as one document / 10 x the article once.
    if (wanted("linearity")) {
      const [seed] = prepare(new Map([[SEED, await readFile(SEED, "utf8")]]));
      const body = seed!.body.trim();
      const ten = Array.from({ length: 10 }, () => body).join("\n\n");
      const once = async () => createProcessor(seed!.options).process(new VFile({ value: body }));
      const tenfold = async () => createProcessor(seed!.options).process(new VFile({ value: ten }));
      for (let i = 0; i < 20; i++) await once();
      for (let i = 0; i < 3; i++) await tenfold();
      // Each sample: 10 single runs, then one tenfold run; many samples, since one run is a few ms.
      const singles: number[] = [];
      const tens: number[] = [];
      for (let sample = 0; sample < (QUICK ? 7 : 15); sample++) {
        singles.push(await time(async () => {
          for (let i = 0; i < 10; i++) await once();
        }));
        tens.push(await time(tenfold));
      }
      const ratio = median(tens) / median(singles);
      record("linearity", "seed x10 as one document / 10 x seed", ratio, "<= 1.1", ratio <= 1.1, `10x doc ${ms(median(tens))}, 10 x once ${ms(median(singles))}`);
    }

    // --- linearityAdversarial: each adversarial pattern (scripts/bench/adversarial.ts), 1 MB / 100 KB; the worst one.
    if (wanted("linearityAdversarial")) {
      const worst = await adversarialLinearity();
      record("linearityAdversarial", "worst adversarial pattern, 1 MB / 100 KB", worst.ratio, "<= 11", worst.ratio <= 11, worst.detail);
    }

    // --- The 1000-article site: `sourced build` cold (an empty cache), again with nothing changed, and again
    // after one article changed; plain Eleventy and Hugo build the same files. All from fresh processes, as a
    // user runs them: in one process, Eleventy caches what it read and compiled.
    if (SITE_KEYS.some(wanted)) {
      const input = join(tmp, "site-articles");
      await writeArticles(input, files);
      const plain = await makePlainProject(join(tmp, "plain"), files);
      const hugoProject = machine.hugo === null ? null : await makeHugoProject(join(tmp, "hugo"), files);
      const output = join(tmp, "site-out");
      const build = (cwd: string) => timeCommand(process.execPath, [...SOURCED, "build", "--input", input, "--output", output], { cwd });
      // Each cold build runs in a working directory of its own, so its `.cache/` starts empty.
      const cold = () => build(freshDir(tmp));
      const eleventy = () => timeCommand(process.execPath, [ELEVENTY_CMD, `--config=${plain.config}`, "--quiet"], { cwd: plain.dir });
      const hugo = () => (hugoProject ? timeCommand("hugo", hugoArgs(hugoProject)) : Number.NaN);
      // The first of each warms the OS file cache, as on a developer's machine; not counted.
      cold();
      eleventy();
      hugo();
      const a: number[] = [];
      const b: number[] = [];
      const c: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        a.push(cold());
        b.push(eleventy());
        c.push(hugo());
      }
      const runs = (times: number[]) => times.map((t) => Math.round(t)).join(", ");
      const [ours, theirs, hugoMs] = [median(a), median(b), median(c)];
      record("site1000Ms", `\`sourced build\` of ${files.size} articles, cold (empty cache), fresh process`, Math.round(ours), "<= 4000", ours <= 4000, `runs: ${runs(a)} ms`);
      record(
        "site1000VsEleventy",
        `sourced build (cold) / plain Eleventy, ${files.size} articles, fresh processes`,
        ours / theirs,
        "<= 1.5",
        ours / theirs <= 1.5,
        `sourced ${ms(ours)} (${runs(a)}), Eleventy ${ms(theirs)} (${runs(b)})`,
      );
      if (hugoProject) record("site1000VsHugo", `sourced build (cold) / Hugo, ${files.size} articles`, ours / hugoMs, "(report)", null, `sourced ${ms(ours)}, ${machine.hugo} ${ms(hugoMs)} (${runs(c)})`);
      else record("site1000VsHugo", `sourced build (cold) / Hugo, ${files.size} articles`, null, "(report)", null, "hugo is not installed (`npm run setup`)");

      // The same site built again in one working directory, whose cache the first build fills.
      const warm = freshDir(tmp);
      build(warm);
      const same: number[] = [];
      for (let i = 0; i < RUNS; i++) same.push(build(warm));
      const noChange = median(same);
      record("noChange1000Ms", `\`sourced build\` of the same ${files.size} articles again, nothing changed`, Math.round(noChange), "(report)", null, `runs: ${runs(same)} ms`);
      const changed: number[] = [];
      const [firstName, firstText] = [...files][0]!;
      for (let i = 0; i < RUNS; i++) {
        // A sentence with a figure and a source, so that the article is tagged again, not just copied.
        await writeFile(join(input, firstName), `${firstText}\nThe ministry said ${i + 3} people were wounded in run ${["one", "two", "three", "four", "five"][i % 5]}.\n`);
        changed.push(build(warm));
      }
      await writeFile(join(input, firstName), firstText);
      const rebuild = median(changed);
      record("rebuild1000Ms", `\`sourced build\` of ${files.size} articles after one changed`, Math.round(rebuild), "<= 1000", rebuild <= 1000, `runs: ${runs(changed)} ms`);
    }

    // --- coldBuildVsEleventy: the seed site from a fresh process / plain Eleventy, one article, fresh process.
    const seedInput = join(tmp, "seed-articles");
    await mkdir(seedInput, { recursive: true });
    await copyFile(SEED, join(seedInput, `${SEED_SLUG}.md`));
    const seedOutput = join(tmp, "seed-out");
    const coldOurs = () => timeCommand(process.execPath, [...SOURCED, "build", "--input", seedInput, "--output", seedOutput], { cwd: freshDir(tmp) });
    if (wanted("coldBuildVsEleventy")) {
      const plain = await makePlainProject(join(tmp, "plain-seed"), new Map([[`${SEED_SLUG}.md`, await readFile(SEED, "utf8")]]));
      const coldEleventy = () => timeCommand(process.execPath, [ELEVENTY_CMD, `--config=${plain.config}`, "--quiet"], { cwd: plain.dir });
      // The first of each warms the OS file cache, as on a developer's machine; not counted.
      coldOurs();
      coldEleventy();
      const ours: number[] = [];
      const theirs: number[] = [];
      for (let i = 0; i < Math.max(RUNS, 3); i++) {
        ours.push(coldOurs());
        theirs.push(coldEleventy());
      }
      const ratio = median(ours) / median(theirs);
      record("coldBuildVsEleventy", "seed site, fresh process / plain Eleventy, fresh process", ratio, "<= 1.2", ratio <= 1.2, `sourced ${ms(median(ours))}, Eleventy ${ms(median(theirs))}`);
    }

    // --- vsPandoc100: our build of 100 articles (the command, fresh process) / pandoc, one process per file.
    if (wanted("vsPandoc100")) {
      const names = [...files.keys()].slice(0, PANDOC_COUNT);
      const subset = new Map(names.map((name) => [name, files.get(name)!]));
      const input = join(tmp, "pandoc-articles");
      await writeArticles(input, subset);
      const output = join(tmp, "pandoc-site");
      const pandocOut = join(tmp, "pandoc-out");
      await mkdir(pandocOut, { recursive: true });
      const ours = () => timeCommand(process.execPath, [...SOURCED, "build", "--input", input, "--output", output], { cwd: freshDir(tmp) });
      // As a user would: `for f in *.md; do pandoc --standalone ... "$f"; done`. Pandoc's Markdown has footnotes on.
      const pandoc = () => {
        let total = 0;
        for (const name of names) {
          total += timeCommand("pandoc", ["--standalone", "--from=markdown+footnotes", "--to=html5", "--output", join(pandocOut, name.replace(/\.md$/, ".html")), join(input, name)]);
        }
        return total;
      };
      if (machine.pandoc === null) {
        record("vsPandoc100", `sourced build / pandoc, ${PANDOC_COUNT} files`, null, "< 1", null, "pandoc is not installed");
      } else {
        ours();
        pandoc();
        const a: number[] = [];
        const b: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          a.push(ours());
          b.push(pandoc());
        }
        const ratio = median(a) / median(b);
        record("vsPandoc100", `sourced build (fresh process) / pandoc per file, ${PANDOC_COUNT} files`, ratio, "< 1", ratio < 1, `sourced ${ms(median(a))}, pandoc ${ms(median(b))}`);
      }
    }

    // --- rebuildMs: the preview server's rebuild after one article is saved.
    if (wanted("rebuildMs")) record("rebuildMs", "preview rebuild after saving an article, median of 5", ...(await measureRebuild(tmp)));

    // --- pdfMs: `npm run pdf` for the seed, warm.
    if (wanted("pdfMs")) record("pdfMs", "`npm run pdf` for the seed, warm", ...(await measurePdf(tmp, seedInput)));

    // --- pageBytes, jsBytes: what a reader downloads for the seed page.
    if (wanted("pageBytes") || wanted("jsBytes")) {
      if (!(await exists(join(seedOutput, SEED_SLUG, "index.html")))) coldOurs();
      const html = await readFile(join(seedOutput, SEED_SLUG, "index.html"), "utf8");
      const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
      let css = 0;
      for (const href of stylesheets) css += (await stat(join(seedOutput, href.replace(/^\//, "")))).size;
      const pageBytes = Buffer.byteLength(html) + css;
      record("pageBytes", "seed page HTML + CSS", pageBytes, "(report)", null, `HTML ${Buffer.byteLength(html)} B, CSS ${css} B (${stylesheets.join(", ") || "none"})`);
      // A <script> whose type is not JavaScript's (JSON-LD, for one) is a data block the browser never runs.
      let js = 0;
      let data = 0;
      for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const type = /\btype="([^"]*)"/.exec(match[1]!)?.[1]?.trim().toLowerCase() ?? "";
        if (!isScriptType(type)) {
          data += Buffer.byteLength(match[2]!);
          continue;
        }
        const src = /\bsrc="([^"]+)"/.exec(match[1]!)?.[1];
        js += src ? (await stat(join(seedOutput, src.replace(/^\//, ""))).catch(() => ({ size: 0 }))).size : Buffer.byteLength(match[2]!);
      }
      const dataNote = data > 0 ? `; data blocks, not run: ${data} B` : "";
      record("jsBytes", "JavaScript the seed page loads", js, "0", js === 0, (js === 0 ? "no script that runs" : "inline and linked scripts") + dataNote);
    }
  } finally {
    if (flags.keep) log(`kept ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  }

  const elapsed = (performance.now() - started) / 1000;
  printTable(machine, elapsed);
  if (flags.json) {
    const result: Record<string, unknown> = { machine, quick: QUICK, runs: RUNS, articles: SITE_COUNT, pandocFiles: PANDOC_COUNT, seconds: Math.round(elapsed) };
    for (const row of rows) result[row.key] = row.value === null ? null : Number(row.value.toFixed(3));
    process.stdout.write(JSON.stringify(result) + "\n");
  }
}

/** Start the preview (Eleventy `--serve` with the project's config) on a copy of the seed, save 5 edits, time each rebuild. */
async function measureRebuild(tmp: string): Promise<[number | null, string, boolean | null, string]> {
  const articles = join(tmp, "preview-articles");
  const output = join(tmp, "preview-out");
  await mkdir(articles, { recursive: true });
  const article = join(articles, `${SEED_SLUG}.md`);
  const original = await readFile(SEED, "utf8");
  await writeFile(article, original);
  const page = join(output, SEED_SLUG, "index.html");
  const port = await freePort();
  const server = startCommand(process.execPath, ["--import", "tsx", ELEVENTY_CMD, "--config=.eleventy.ts", "--serve", `--port=${port}`, `--output=${output}`], {
    cwd: ROOT,
    env: { ...process.env, SOURCED_ARTICLES: articles },
  });
  try {
    await waitForText(page, "</html>", 60_000).catch((error: Error) => {
      throw new Error(`${error.message}; the server printed:\n${server.output().slice(-2000)}`);
    });
    // Let the watcher settle after the first build.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const times: number[] = [];
    for (const word of ["alpha", "bravo", "charlie", "delta", "echo"]) {
      // No digits: numbers in the prose get tagged, which would split the marker in the HTML.
      const marker = `Benchmark edit ${word} was saved`;
      const text = original.replace(/\n\nThe US said its planes/, `\n\n${marker}, the reporter said.\n\nThe US said its planes`);
      const t0 = performance.now();
      await writeFile(article, text);
      const t1 = await waitForText(page, marker, 30_000);
      times.push(t1 - t0);
      await new Promise((resolve) => setTimeout(resolve, 700));
    }
    const value = Math.round(median(times));
    return [value, "<= 200", value <= 200, `edits: ${times.map((t) => Math.round(t)).join(", ")} ms`];
  } finally {
    await server.stop();
  }
}

/** Time `npm run pdf` for the seed, after one run that builds the site and starts everything once. */
async function measurePdf(tmp: string, seedInput: string): Promise<[number | null, string, boolean | null, string]> {
  if (!(await exists(join(ROOT, "src/pdf.ts")))) return [null, "<= 2000", null, "src/pdf.ts does not exist yet"];
  const output = join(tmp, "pdf-site");
  await cp(seedInput, join(tmp, "pdf-articles"), { recursive: true });
  const args = ["run", "--silent", "pdf", "--", "--input", join(tmp, "pdf-articles"), "--output", output];
  try {
    timeCommand("npm", args, { cwd: ROOT });
  } catch (error) {
    return [null, "<= 2000", null, `\`npm run pdf\` failed: ${(error as Error).message.split("\n").slice(0, 3).join(" ")}`];
  }
  const times: number[] = [];
  for (let i = 0; i < Math.max(RUNS, 3); i++) times.push(timeCommand("npm", args, { cwd: ROOT }));
  const value = Math.round(median(times));
  return [value, "<= 2000", value <= 2000, `runs: ${times.map((t) => Math.round(t)).join(", ")} ms`];
}

function printTable(machine: { cpu: string; cores: number; memoryGiB: number; node: string; pandoc: string | null; hugo: string | null }, seconds: number): void {
  const header = ["figure", "measured", "target", "met", "what"];
  const body = rows.map((row) => [
    row.key,
    row.value === null ? "n/a" : Number.isInteger(row.value) ? String(row.value) : row.value.toFixed(2),
    row.target,
    row.met === null ? "-" : row.met ? "yes" : "NO",
    row.label,
  ]);
  const widths = header.map((_, i) => Math.max(header[i]!.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 1 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join("  ").trimEnd();
  log("");
  log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}${machine.pandoc ? `, ${machine.pandoc}` : ""}${machine.hugo ? `, ${machine.hugo}` : ""}`);
  log(`Runs: median of ${RUNS}${QUICK ? " (--quick)" : ""}; ${SITE_COUNT} articles; took ${seconds.toFixed(0)} s`);
  log("");
  log(line(header));
  log(line(widths.map((w) => "-".repeat(w))));
  for (const cells of body) log(line(cells));
  log("");
  for (const row of rows) log(`${row.key}: ${row.detail}`);
  if (breakdownLines.length > 0) log(`\n${breakdownLines.join("\n")}`);
}

main().catch((error: Error) => {
  process.stderr.write(`bench: ${error.stack ?? error.message}\n`);
  process.exitCode = 1;
});

/**
 * The worst ratio of 1 MB to 100 KB over the adversarial patterns. Each size is timed in a fresh process
 * (scripts/bench/adversarial-run.ts), the median of `RUNS` (at least 3), so that garbage left by one pattern
 * does not land on the next.
 */
async function adversarialLinearity(): Promise<{ ratio: number; detail: string }> {
  const runner = join(ROOT, "scripts/bench/adversarial-run.ts");
  const once = (name: string, size: number) => {
    const run = spawnSync(process.execPath, ["--import", "tsx", runner, name, String(size)], { cwd: ROOT, encoding: "utf8" });
    const value = Number(run.stdout.trim());
    if (run.status !== 0 || !Number.isFinite(value)) throw new Error(`adversarial run failed for ${name} at ${size}: ${run.stderr}`);
    return value;
  };
  const results: Array<{ name: string; ratio: number }> = [];
  for (const pattern of ADVERSARIAL_PATTERNS) {
    const small: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < Math.max(RUNS, 3); i++) {
      small.push(once(pattern.name, 100_000));
      large.push(once(pattern.name, 1_000_000));
    }
    results.push({ name: pattern.name, ratio: median(large) / median(small) });
  }
  results.sort((a, b) => b.ratio - a.ratio);
  return { ratio: results[0]!.ratio, detail: results.map((r) => `${r.name} ${r.ratio.toFixed(1)}`).join(", ") };
}
