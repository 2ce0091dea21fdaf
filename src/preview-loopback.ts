/**
 * Preloaded (`--import`) into the preview's Eleventy process only: every server that process starts
 * without naming an interface listens on 127.0.0.1 alone. Eleventy's dev server calls
 * `listen({ port })`, which would listen on every interface; it has no option for the host. The network
 * reaches the preview only through its guard (src/preview-guard.ts), which binds where `--host` says.
 */
import { Server } from "node:net";

const listen = Server.prototype.listen;

Server.prototype.listen = function (this: Server, ...args: unknown[]) {
  const [first, second] = args;
  if (first !== null && typeof first === "object" && !("path" in first) && !("host" in first) && !("handle" in first) && !("fd" in first)) {
    args[0] = { ...first, host: "127.0.0.1" };
  } else if (typeof first === "number" && typeof second !== "string") {
    args.splice(1, 0, "127.0.0.1");
  }
  return (listen as (...a: unknown[]) => Server).apply(this, args);
} as typeof Server.prototype.listen;
