/**
 * Print articles to PDF with the machine's own headless Chromium (never a downloaded one): build the
 * site when it is missing or older than its sources, serve it on 127.0.0.1, and print each article
 * page, with the site's print stylesheet, to `dist/<slug>/<slug>.pdf`.
 */
import { constants, createReadStream } from "node:fs";
import { access, readdir, readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser } from "playwright-core";
import { ROOT } from "./root.ts";

/** Paper sizes `--paper` accepts, as Chromium names them. */
export const PAPER_SIZES = { a4: "A4", letter: "Letter" } as const;

/** A paper size `--paper` accepts. */
export type Paper = keyof typeof PAPER_SIZES;

/** Options of `printArticles`. */
export interface PdfOptions {
  /** The folder of Markdown articles, built from when the site is missing or stale. Default: `articles`. */
  input?: string;
  /** The built site; each PDF goes next to its article page. Default: `dist`. */
  output?: string;
  /** The articles to print, by slug. Default: every article of the site. */
  slugs?: string[];
  /** Paper size. Default: `a4`. */
  paper?: Paper;
  /** The Chromium or Chrome executable. Default: `$CHROME_PATH`, else the first of `CHROMIUM_PATHS` found. */
  executablePath?: string;
}

/** Where Chromium is looked for when `CHROME_PATH` is not set, in order. */
export const CHROMIUM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

/** Flags for a headless Chromium that makes no network calls of its own. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** What to tell someone whose machine has no Chromium. */
export const NO_CHROMIUM =
  "Cannot find Chromium: install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set `CHROME_PATH` to a Chromium or Chrome executable; sourced never downloads a browser";

/** Find the Chromium to use: `$CHROME_PATH` when set (even if it is missing), else the first of `CHROMIUM_PATHS`; null when none is executable. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const candidates = env.CHROME_PATH ? [env.CHROME_PATH] : CHROMIUM_PATHS;
  for (const path of candidates) {
    if (await access(path, constants.X_OK).then(() => true, () => false)) return path;
  }
  return null;
}

/** Launch headless Chromium from `executablePath` with `CHROMIUM_ARGS`. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** Print the footer of every page: "2 / 3". Chromium fills the `pageNumber` and `totalPages` spans. */
export const FOOTER_TEMPLATE =
  '<div style="width:100%;margin:0 2cm;font:9px system-ui,sans-serif;color:#000;text-align:center">' +
  '<span class="pageNumber"></span> / <span class="totalPages"></span></div>';

/** Print articles of the site to PDF; resolve to the exit code (messages go to stderr, written files to stdout). */
export async function printArticles(options: PdfOptions = {}): Promise<number> {
  const input = options.input ?? "articles";
  const output = options.output ?? "dist";
  const paper = options.paper ?? "a4";

  const executablePath = options.executablePath ?? (await findChromium());
  if (!executablePath) return fail(NO_CHROMIUM);

  if (await isStale(input, output)) {
    const { buildSite } = await import("./build.ts");
    const code = await buildSite({ input, output, pathPrefix: process.env.PATH_PREFIX });
    if (code !== 0) return fail("the site did not build, so nothing was printed");
  }

  const available = await articleSlugs(output);
  const slugs = options.slugs && options.slugs.length > 0 ? options.slugs : available;
  const unknown = slugs.filter((slug) => !available.includes(slug));
  if (unknown.length > 0) {
    return fail(`No article \`${unknown[0]}\` in \`${output}\`: expected one of ${available.map((slug) => `\`${slug}\``).join(", ") || "(none)"}`);
  }
  if (slugs.length === 0) return fail(`No article pages in \`${output}\`: expected \`${output}/<slug>/index.html\``);

  const prefix = await sitePrefix(output);
  const server = await serve(resolve(output), prefix);
  let browser: Browser | undefined;
  try {
    try {
      browser = await launchChromium(executablePath);
    } catch (error) {
      return fail(`Cannot start Chromium at \`${executablePath}\`: ${(error as Error).message.split("\n")[0]}. ${NO_CHROMIUM}`);
    }
    const context = await browser.newContext();
    // The page is printed as the site built it: nothing leaves the machine.
    await context.route(
      (url) => url.origin !== server.origin,
      (route) => route.abort(),
    );
    const page = await context.newPage();
    for (const slug of slugs) {
      const path = join(output, slug, `${slug}.pdf`);
      const response = await page.goto(`${server.origin}${prefix}${slug}/`, { waitUntil: "load" });
      if (!response?.ok()) return fail(`Cannot load the page of \`${slug}\`: HTTP ${response?.status() ?? "error"}`);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.pdf({
        path,
        format: PAPER_SIZES[paper],
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate: FOOTER_TEMPLATE,
        margin: { top: "2cm", right: "2cm", bottom: "2cm", left: "2cm" },
        tagged: true,
        outline: true,
      });
      const shown = relative(process.cwd(), path);
      process.stdout.write(`${shown.startsWith("..") || isAbsolute(shown) ? resolve(path) : shown}\n`);
    }
    return 0;
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** Run `sourced pdf [slug...] [--paper=a4|letter] [--input=articles] [--output=dist]`; resolve to the exit code. */
export async function pdfCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { paper: { type: "string" }, input: { type: "string" }, output: { type: "string" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
    });
  } catch (error) {
    process.stderr.write(`sourced pdf: ${(error as Error).message}\n\n${PDF_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(PDF_USAGE);
    return 0;
  }
  const paper = (values.paper ?? "a4").toLowerCase();
  if (!isPaper(paper)) {
    process.stderr.write(`sourced pdf: Unknown paper size \`${values.paper}\`: expected \`a4\` or \`letter\`\n`);
    return 2;
  }
  return printArticles({ input: values.input, output: values.output, slugs: positionals, paper });
}

const PDF_USAGE = `Usage: sourced pdf [slug...] [options]

Print each article (or the ones named) to dist/<slug>/<slug>.pdf with headless Chromium,
building the site first when it is missing or older than its sources.

Options:
  --paper=a4|letter   paper size (default: a4)
  --input=DIR         the articles (default: articles)
  --output=DIR        the built site (default: dist)

Chromium: $CHROME_PATH, else /usr/bin/chromium (Debian/Ubuntu: sudo apt-get install chromium).
`;

function isPaper(value: string): value is Paper {
  return Object.hasOwn(PAPER_SIZES, value);
}

/** Whether the site must be built: no home page yet, or an article, template, stylesheet or module newer than it. */
async function isStale(input: string, output: string): Promise<boolean> {
  const built = await stat(join(output, "index.html")).catch(() => null);
  if (!built) return true;
  const sources = [
    ...(await files(input, (name) => /\.md$/i.test(name))),
    ...(await files(join(ROOT, "layouts"), () => true)),
    ...(await files(join(ROOT, "src"), (name) => name.endsWith(".ts"))),
    join(ROOT, ".eleventy.ts"),
  ];
  for (const path of sources) {
    const info = await stat(path).catch(() => null);
    if (info && info.mtimeMs > built.mtimeMs) return true;
  }
  return false;
}

/** Every file under `dir` whose name passes `keep`; none when the folder cannot be read. */
async function files(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile() && keep(entry.name)).map((entry) => join(entry.parentPath, entry.name));
}

/** The slugs of the built article pages: every `<slug>/index.html` of the site. */
async function articleSlugs(output: string): Promise<string[]> {
  const entries = await readdir(output, { withFileTypes: true }).catch(() => []);
  const slugs: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    if (await access(join(output, entry.name, "index.html")).then(() => true, () => false)) slugs.push(entry.name);
  }
  return slugs.sort();
}

/** The path prefix the site was built with, read from its stylesheet link (`/my-repo/style.css`); `/` by default. */
async function sitePrefix(output: string): Promise<string> {
  const html = await readFile(join(output, "index.html"), "utf8").catch(() => "");
  const match = /<link rel="stylesheet" href="(\/[^"]*?)style\.css"/.exec(html);
  return match?.[1] ?? "/";
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".woff2": "font/woff2",
};

/** Serve `root` under `prefix` on 127.0.0.1 and a free port, for Chromium to load the pages from. */
async function serve(root: string, prefix: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    let pathname = "";
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      // A malformed URL is simply not found.
    }
    const relativePath = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : null;
    let path = relativePath === null ? null : resolve(root, "." + sep + relativePath);
    if (path !== null && path !== root && !path.startsWith(root + sep)) path = null;
    if (path !== null && (pathname.endsWith("/") || path === root)) path = join(path, "index.html");
    if (path === null) {
      response.writeHead(404).end();
      return;
    }
    const file = path;
    stat(file).then(
      (info) => {
        if (!info.isFile()) return void response.writeHead(404).end();
        response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
        createReadStream(file).pipe(response);
      },
      () => void response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function fail(reason: string): number {
  process.stderr.write(`sourced pdf: ${reason}\n`);
  return 1;
}
