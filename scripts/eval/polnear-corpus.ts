/**
 * Read one split of PolNeAR (github.com/networkdynamics/PolNeAR) from a checkout or from a bare git
 * directory: for each article, its text (`data/<split>/text/<name>.txt`) and one annotator's attributions
 * (`data/<split>/attributions/<name>_<annotator>.ann`). Where several annotators annotated an article, the
 * first file by name is used, so the choice is the same on every run.
 *
 * Only `train` and `dev` are read: the test split is kept for independent evaluation.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** The splits this tool may read. */
export const SPLITS = ["dev", "train"] as const;
/** A split this tool may read. */
export type Split = (typeof SPLITS)[number];

/** One article: its text and one annotator's annotations. */
export interface PolnearArticle {
  name: string;
  /** The annotation file's path in the corpus, for messages. */
  annPath: string;
  annotator: string;
  text: string;
  ann: string;
}

/** Where the files of a corpus come from: a list of paths under `data/` and a way to read each. */
interface Store {
  list(dir: string): string[];
  read(paths: string[]): Map<string, string>;
}

function isBareGitDir(path: string): boolean {
  return existsSync(join(path, "HEAD")) && existsSync(join(path, "objects")) && !existsSync(join(path, "data"));
}

function git(gitDir: string, args: string[], input?: string): Buffer {
  const run = spawnSync("git", ["--git-dir", gitDir, ...args], { input, maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`git ${args.join(" ")} failed in ${gitDir}: ${run.stderr.toString().trim()}`);
  return run.stdout;
}

function gitStore(gitDir: string): Store {
  const blobs = new Map<string, string>();
  return {
    list(dir) {
      const out = git(gitDir, ["ls-tree", "-r", "HEAD", "--", `${dir}/`]).toString();
      const paths: string[] = [];
      for (const line of out.split("\n")) {
        const m = /^\d+ blob ([0-9a-f]+)\t(.*)$/.exec(line);
        if (!m) continue;
        blobs.set(m[2]!, m[1]!);
        paths.push(m[2]!);
      }
      return paths.map((p) => p.slice(dir.length + 1));
    },
    read(paths) {
      // One `git cat-file --batch` for every file: one process instead of one per file.
      const shas = paths.map((p) => blobs.get(p) ?? `HEAD:${p}`);
      const out = git(gitDir, ["cat-file", "--batch"], shas.join("\n") + "\n");
      const files = new Map<string, string>();
      let at = 0;
      for (const path of paths) {
        const eol = out.indexOf(10, at);
        const header = out.subarray(at, eol).toString();
        const m = /^[0-9a-f]+ blob (\d+)$/.exec(header);
        if (!m) throw new Error(`Cannot read ${path} from ${gitDir}: ${header}`);
        const size = Number(m[1]);
        files.set(path, out.subarray(eol + 1, eol + 1 + size).toString("utf8"));
        at = eol + 1 + size + 1;
      }
      return files;
    },
  };
}

function folderStore(root: string): Store {
  return {
    list(dir) {
      const full = join(root, dir);
      if (!existsSync(full)) return [];
      return readdirSync(full).filter((f) => statSync(join(full, f)).isFile());
    },
    read(paths) {
      return new Map(paths.map((p) => [p, readFileSync(join(root, p), "utf8")]));
    },
  };
}

/** Read one split of the corpus at `path`: a PolNeAR checkout, its `data/` folder, or its bare git directory. */
export function readPolnear(path: string, split: string): PolnearArticle[] {
  if (!(SPLITS as readonly string[]).includes(split)) {
    throw new Error(`Unknown PolNeAR split \`${split}\`: expected ${SPLITS.map((s) => `\`${s}\``).join(" or ")} (the test split is not read)`);
  }
  if (!existsSync(path)) throw new Error(`Cannot find PolNeAR at ${path}: expected a checkout of github.com/networkdynamics/PolNeAR or its git directory`);
  let store: Store;
  let prefix = "data";
  if (isBareGitDir(path)) store = gitStore(path);
  else if (existsSync(join(path, "data", split))) store = folderStore(path);
  else if (existsSync(join(path, split, "text"))) {
    store = folderStore(path);
    prefix = "";
  } else throw new Error(`Cannot find ${split} articles under ${path}: expected data/${split}/text and data/${split}/attributions`);

  const dir = (sub: string) => [prefix, split, sub].filter(Boolean).join("/");
  const texts = new Set(store.list(dir("text")).filter((f) => f.endsWith(".txt")));
  const anns = store.list(dir("attributions")).filter((f) => f.endsWith(".ann")).sort();
  const chosen = new Map<string, { file: string; annotator: string }>();
  for (const file of anns) {
    const m = /^(.*)_([^_]+)\.ann$/.exec(file);
    if (!m || !texts.has(`${m[1]}.txt`) || chosen.has(m[1]!)) continue;
    chosen.set(m[1]!, { file, annotator: m[2]! });
  }
  if (chosen.size === 0) throw new Error(`No annotated ${split} articles under ${path} (looked in ${dir("attributions")})`);
  const names = [...chosen.keys()].sort();
  const wanted = names.flatMap((n) => [`${dir("text")}/${n}.txt`, `${dir("attributions")}/${chosen.get(n)!.file}`]);
  const files = store.read(wanted);
  return names.map((name) => {
    const { file, annotator } = chosen.get(name)!;
    const annPath = `${dir("attributions")}/${file}`;
    return { name, annPath, annotator, text: files.get(`${dir("text")}/${name}.txt`)!, ann: files.get(annPath)! };
  });
}
