/**
 * The preview's memo (`ArticleMemo`, src/site.ts) and a file saved twice within one tick of the file
 * system's clock: the second save can leave the file's stamp (inode, size, times) as it was, so a file
 * changed just now is read again and kept only when its text is the one processed.
 */
import type * as Fs from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/** The stamps frozen by path: `lstatSync(path, { bigint: true })` answers these, as if the times had not moved. */
const frozen = new Map<string, Fs.BigIntStats>();

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>();
  const lstatSync = ((path: string, options?: Fs.StatSyncOptions) => {
    if (options?.bigint && frozen.has(String(path))) return frozen.get(String(path));
    return fs.lstatSync(path, options);
  }) as typeof fs.lstatSync;
  return { ...fs, default: { ...fs, lstatSync }, lstatSync };
});

const { lstatSync } = await import("node:fs");
const { ArticleMemo, loadSite } = await import("../src/site.ts");

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sourced-memo-"));
});

afterEach(async () => {
  frozen.clear();
  await rm(dir, { recursive: true, force: true });
});

describe("ArticleMemo and a file changed just now", () => {
  it("should process a file saved again with the same stamp when its text changed", async () => {
    const path = join(dir, "flood.md");
    await writeFile(path, "---\ntitle: Flood\n---\n\nAt least 40 people were killed, police said.\n");
    frozen.set(path, lstatSync(path, { bigint: true }));
    const memo = new ArticleMemo();
    const first = await loadSite(dir, { memo });
    expect(first.articles[0]!.data.figures.map((f) => f.value)).toEqual([40]);

    // The same size, and (frozen) the same stamp.
    await writeFile(path, "---\ntitle: Flood\n---\n\nAt least 41 people were killed, police said.\n");
    const second = await loadSite(dir, { memo });
    expect(second.reused).toBe(0);
    expect(second.articles[0]!.data.figures.map((f) => f.value)).toEqual([41]);
  });

  it("should still reuse a file changed just now whose text is the one processed", async () => {
    const path = join(dir, "flood.md");
    await writeFile(path, "---\ntitle: Flood\n---\n\nAt least 40 people were killed, police said.\n");
    const memo = new ArticleMemo();
    await loadSite(dir, { memo });
    const second = await loadSite(dir, { memo });
    expect(second.reused).toBe(1);
  });
});
