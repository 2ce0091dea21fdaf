/**
 * The preview's front door: the only server of `npm start` that the network sees. It answers every
 * request within a bounded time, refuses what Eleventy's dev server mishandles (a request whose path
 * has an encoded `..` or a malformed `%` escape used to get no answer at all, holding its socket open),
 * and passes the rest, live-reload WebSocket included, to the dev server on a loopback port.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { connect, type Socket } from "node:net";

/** How long a request may wait for the dev server's answer to begin: a rebuild takes well under a second. */
export const ANSWER_TIMEOUT_MS = 15_000;

/** How long a request waits for a dev server that is restarting (after an edit in src/) before a 503. */
export const RESTART_WAIT_MS = 10_000;

/** How long a client may take to send its request headers (Node's default is a minute). */
const HEADERS_TIMEOUT_MS = 10_000;

/** Options of `startGuard`. */
export interface GuardOptions {
  /** The interface to listen on. Default `127.0.0.1`: only this computer. */
  host?: string;
  /** The port to listen on. */
  port: number;
  /** The dev server's loopback port now, or null while it is restarting. */
  upstream: () => number | null;
}

/** Why a request path is refused (400), or null when it may be passed on. */
export function badPath(url: string): string | null {
  if (!url.startsWith("/")) return "expected a path starting with `/`";
  const path = url.split(/[?#]/, 1)[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return "malformed `%` escape in the path";
  }
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return "control character or backslash in the path";
  if (decoded.split("/").some((segment) => segment === ".." || segment === ".")) return "`.` or `..` segment in the path";
  return null;
}

/** Start the guard; resolve once it listens. */
export async function startGuard(options: GuardOptions): Promise<Server> {
  const host = options.host ?? "127.0.0.1";
  const server = createServer({ headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: ANSWER_TIMEOUT_MS }, (request, response) => {
    const refusal = refuse(request);
    if (refusal) return plain(response, refusal.status, refusal.reason, refusal.headers);
    void forward(request, response, options.upstream, Date.now());
  });
  server.on("upgrade", (request: IncomingMessage, socket: Socket, head: Buffer) => {
    const refusal = refuse(request);
    if (refusal) return socket.end(`HTTP/1.1 ${refusal.status} ${refusal.reason}\r\nConnection: close\r\n\r\n`);
    upgrade(request, socket, head, options.upstream());
  });
  server.on("clientError", (_error, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy();
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen({ port: options.port, host }, () => {
      server.off("error", fail);
      done();
    });
  });
  return server;
}

/** The refusal a request gets before it reaches the dev server, or null. */
function refuse(request: IncomingMessage): { status: number; reason: string; headers?: Record<string, string> } | null {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return { status: 405, reason: `Method ${request.method ?? ""} not allowed: the preview answers GET and HEAD`, headers: { allow: "GET, HEAD" } };
  }
  const bad = badPath(request.url ?? "");
  return bad ? { status: 400, reason: `Bad request: ${bad}` } : null;
}

/** Answer with a short plain-text body. */
function plain(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  if (response.headersSent) return void response.destroy();
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", connection: "close", ...headers });
  response.end(`${text}\n`);
}

/** Pass a request to the dev server and its answer back, retrying while it restarts; always answer in bounded time. */
async function forward(request: IncomingMessage, response: ServerResponse, upstream: () => number | null, started: number): Promise<void> {
  const port = upstream();
  if (port === null) return retryOrGiveUp(request, response, upstream, started);
  // GET and HEAD only (see `refuse`): no body to pass on.
  const outgoing = httpRequest({ host: "127.0.0.1", port, method: request.method, path: request.url, headers: request.headers });
  let settled = false;
  const settle = () => {
    const first = !settled;
    settled = true;
    clearTimeout(timer);
    return first;
  };
  const timer = setTimeout(() => {
    if (!settle()) return;
    outgoing.destroy();
    plain(response, 504, "The preview did not answer in time");
  }, Math.max(1000, ANSWER_TIMEOUT_MS - (Date.now() - started)));
  outgoing.on("response", (answer) => {
    if (!settle()) return void answer.destroy();
    response.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(response);
    answer.on("error", () => response.destroy());
  });
  outgoing.on("error", (error: NodeJS.ErrnoException) => {
    if (!settle()) return;
    if (error.code === "ECONNREFUSED") return void retryOrGiveUp(request, response, upstream, started);
    plain(response, 502, `The preview failed to answer: ${error.code ?? error.message}`);
  });
  // The client went away before the answer began.
  response.on("close", () => {
    if (settle()) outgoing.destroy();
  });
  outgoing.end();
}

/** Wait for a restarting dev server a little, then try again; after `RESTART_WAIT_MS`, a 503 page that reloads itself. */
async function retryOrGiveUp(request: IncomingMessage, response: ServerResponse, upstream: () => number | null, started: number): Promise<void> {
  if (Date.now() - started > RESTART_WAIT_MS || response.destroyed) {
    if (response.headersSent) return void response.destroy();
    response.writeHead(503, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "retry-after": "1", connection: "close" });
    response.end('<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="1"><title>Restarting</title><p>The preview is restarting; this page reloads by itself.</p>\n');
    return;
  }
  await new Promise((done) => setTimeout(done, 100));
  return forward(request, response, upstream, started);
}

/** Pass a WebSocket upgrade (live reload) to the dev server as raw bytes, both ways. */
function upgrade(request: IncomingMessage, socket: Socket, head: Buffer, port: number | null): void {
  if (port === null) return void socket.end("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n");
  const target = connect({ host: "127.0.0.1", port }, () => {
    const lines = [`${request.method} ${request.url} HTTP/1.1`];
    for (let i = 0; i < request.rawHeaders.length; i += 2) lines.push(`${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}`);
    target.write(lines.join("\r\n") + "\r\n\r\n");
    if (head.length > 0) target.write(head);
    target.pipe(socket);
    socket.pipe(target);
  });
  const close = () => {
    target.destroy();
    socket.destroy();
  };
  target.on("error", close);
  socket.on("error", close);
  target.on("close", close);
  socket.on("close", close);
}
