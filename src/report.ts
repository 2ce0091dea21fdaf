/**
 * What a build prints about its articles: every error, and the warnings listed one by one when there
 * are few, else counted per rule (a 1000-article site has thousands, the same few rules over and over).
 */
import { VFile } from "vfile";
import { reporter } from "vfile-reporter";

/** Options of `reportBuild`. */
export interface ReportOptions {
  /** List every warning, however many there are. Default: false. */
  verbose?: boolean;
  /** Up to this many warnings are listed one by one; above, they are counted per rule. Default: `LIST_UP_TO`. */
  listUpTo?: number;
  /** Format files' messages one by one. Default: vfile-reporter, quiet (files without messages left out). */
  list?: (files: VFile[]) => string;
}

/** Warnings listed one by one up to this many: about a screenful, which a reader still reads. */
export const LIST_UP_TO = 30;

/** Describe the messages of a build's files: the text to print (empty when there are none). */
export function reportBuild(files: VFile[], options: ReportOptions = {}): string {
  const warnings = files.flatMap((file) => file.messages.filter((message) => !message.fatal).map((message) => ({ file, message })));
  const hasErrors = files.some((file) => file.messages.some((message) => message.fatal));
  if (!hasErrors && warnings.length === 0) return "";
  const list = options.list ?? ((some: VFile[]) => reporter(some, { quiet: true }));
  if (options.verbose || warnings.length <= (options.listUpTo ?? LIST_UP_TO)) return list(files);

  const parts: string[] = [];
  if (hasErrors) {
    const errorsOnly = files.map((file) => {
      const copy = new VFile({ path: file.path });
      copy.messages = file.messages.filter((message) => message.fatal);
      return copy;
    });
    parts.push(list(errorsOnly.filter((copy) => copy.messages.length > 0)));
  }
  const byRule = new Map<string, { count: number; files: Set<string>; example: string }>();
  for (const { file, message } of warnings) {
    const rule = message.ruleId ?? "(no rule)";
    let entry = byRule.get(rule);
    if (!entry) {
      entry = { count: 0, files: new Set(), example: `${file.path}:${message.line ?? 1}:${message.column ?? 1}` };
      byRule.set(rule, entry);
    }
    entry.count++;
    entry.files.add(file.path);
  }
  const rows = [...byRule].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
  const width = Math.max(...rows.map(([rule]) => rule.length));
  const countWidth = String(rows[0]![1].count).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  parts.push(
    [
      `${plural(warnings.length, "warning")} in ${plural(new Set(warnings.map(({ file }) => file.path)).size, "article")}, by rule (\`--verbose\` lists each one; \`sourced check <file>\` lists one article's):`,
      ...rows.map(([rule, entry]) => `  ${String(entry.count).padStart(countWidth)}  ${rule.padEnd(width)}  in ${plural(entry.files.size, "article")}, e.g. ${entry.example}`),
    ].join("\n"),
  );
  return parts.join("\n");
}
