/**
 * A tiny static file server for tests, on 127.0.0.1 and a free port, behaving like GitHub Pages:
 * a folder (the built `dist/`) is mounted at a path prefix, `/dir/` serves `dir/index.html`,
 * `/dir` redirects to `/dir/`, and everything else is a 404.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

/** A running static server. */
export interface StaticServer {
  /** The site's root URL, prefix included, e.g. `http://127.0.0.1:41234/my-repo/`. */
  url: string;
  /** The origin, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Every path requested so far, in order, with the status it got. */
  requests: Array<{ path: string; status: number }>;
  /** Stop the server and close its connections. */
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".pdf": "application/pdf",
  ".txt": "text/plain; charset=utf-8",
};

/** Serve `root` under `prefix` (default `/`) on 127.0.0.1 and a free port. */
export async function startStaticServer(root: string, options: { prefix?: string } = {}): Promise<StaticServer> {
  const base = resolve(root);
  const prefix = normalizePrefix(options.prefix ?? "/");
  const requests: StaticServer["requests"] = [];

  const server: Server = createServer((request, response) => {
    const send = (status: number, headers: Record<string, string> = {}, body = "") => {
      requests.push({ path: request.url ?? "", status });
      response.writeHead(status, headers).end(request.method === "HEAD" ? undefined : body);
    };
    void (async () => {
      if (request.method !== "GET" && request.method !== "HEAD") return send(405, { allow: "GET, HEAD" });
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
      } catch {
        return send(400);
      }
      // The prefix without its trailing slash is a folder too: redirect as GitHub Pages does.
      if (pathname === prefix.slice(0, -1) && prefix !== "/") return send(301, { location: prefix });
      if (!pathname.startsWith(prefix)) return send(404, { "content-type": TYPES[".txt"]! }, "Not found\n");
      const file = resolve(base, "." + sep + pathname.slice(prefix.length));
      if (file !== base && !file.startsWith(base + sep)) return send(404);
      const info = await stat(file).catch(() => null);
      let path = file;
      if (info?.isDirectory()) {
        if (!pathname.endsWith("/")) return send(301, { location: pathname + "/" });
        path = join(file, "index.html");
      }
      const found = await stat(path).catch(() => null);
      if (!found?.isFile()) return send(404, { "content-type": TYPES[".txt"]! }, "Not found\n");
      requests.push({ path: request.url ?? "", status: 200 });
      response.writeHead(200, {
        "content-type": TYPES[extname(path)] ?? "application/octet-stream",
        "content-length": String(found.size),
        "cache-control": "no-store",
      });
      if (request.method === "HEAD") return response.end();
      createReadStream(path).pipe(response);
    })().catch(() => {
      if (!response.headersSent) send(500);
      else response.destroy();
    });
  });

  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + prefix,
    origin,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Make `my-repo`, `/my-repo` and `/my-repo/` all `/my-repo/`. */
function normalizePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** Find a port that is free on 127.0.0.1 right now, for a server that takes `--port`. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => done());
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** Poll `check` until it returns a value other than null/undefined/false, or fail after `timeout` ms saying what was awaited. */
export async function waitFor<T>(what: string, check: () => Promise<T | null | undefined | false> | T | null | undefined | false, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown = null;
  for (;;) {
    try {
      const value = await check();
      if (value !== null && value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ""}`);
    }
    await new Promise((done) => setTimeout(done, 200));
  }
}
