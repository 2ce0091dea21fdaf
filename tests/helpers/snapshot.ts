/** What a test compares to see that a folder holds the same files, byte for byte. */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

/** Every file under `dir` (dotfiles included), by its path relative to `dir`, in order, with a SHA-256 of its bytes. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), createHash("sha256").update(await readFile(path)).digest("hex"));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}
