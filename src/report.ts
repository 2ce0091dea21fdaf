/**
 * Messages as the terminal gets them: one line each, `file:line:column severity message rule`, the
 * format editors and CI annotations read (as `tsc` and `gcc` print), then a count. Control characters
 * in a message (an ESC from front matter would drive the terminal) are written as escapes. A large build's
 * warnings are counted per rule instead (a 1000-article site has thousands, the same few rules over and over).
 */
import { VFile } from "vfile";

/** One message of a file. */
type VFileMessage = VFile["messages"][number];

/** Write C0 and C1 control characters (and DEL) as visible escapes: ESC as `\x1B`, a newline as `\n`. */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => {
    if (char === "\n") return "\\n";
    if (char === "\t") return "\\t";
    if (char === "\r") return "\\r";
    return `\\x${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
  });
}

/** One message as one line: `file:line:column severity message rule`. */
export function formatMessage(file: VFile, message: VFileMessage): string {
  const path = file.path ?? "article";
  const place = `${message.line ?? 1}:${message.column ?? 1}`;
  const severity = message.fatal === true ? "error" : message.fatal === false ? "warning" : "info";
  const rule = message.ruleId ? ` ${message.ruleId}` : "";
  return escapeControls(`${path}:${place} ${severity} ${message.reason}`) + escapeControls(rule);
}

/** Every message of the files, errors and warnings (and notes unless `quiet`), one a line, then a count; "" when there is nothing. */
export function formatMessages(files: VFile[], options: { quiet?: boolean } = {}): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const messages = [...file.messages].sort((a, b) => (a.line ?? 1) - (b.line ?? 1) || (a.column ?? 1) - (b.column ?? 1));
    for (const message of messages) {
      if (message.fatal === true) errors++;
      else if (message.fatal === false) warnings++;
      else if (options.quiet) continue;
      lines.push(formatMessage(file, message));
    }
  }
  if (lines.length === 0) return "";
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const summary = [errors > 0 ? count(errors, "error") : "", warnings > 0 ? count(warnings, "warning") : ""].filter(Boolean).join(", ");
  return `${lines.join("\n")}${summary ? `\n${summary}` : ""}`;
}

/** Options of `reportBuild`. */
export interface ReportOptions {
  /** List every warning, however many there are. Default: false. */
  verbose?: boolean;
  /** Up to this many warnings are listed one by one; above, they are counted per rule. Default: `LIST_UP_TO`. */
  listUpTo?: number;
  /** Format files' messages one by one. Default: `formatMessages`, quiet (one line a message, notes left out). */
  list?: (files: VFile[]) => string;
}

/** Warnings listed one by one up to this many: about a screenful, which a reader still reads. */
export const LIST_UP_TO = 30;

/** Describe the messages of a build's files: the text to print (empty when there are none). */
export function reportBuild(files: VFile[], options: ReportOptions = {}): string {
  const warnings = files.flatMap((file) => file.messages.filter((message) => !message.fatal).map((message) => ({ file, message })));
  const hasErrors = files.some((file) => file.messages.some((message) => message.fatal));
  if (!hasErrors && warnings.length === 0) return "";
  const list = options.list ?? ((some: VFile[]) => formatMessages(some, { quiet: true }));
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
