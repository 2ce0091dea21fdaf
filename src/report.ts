/**
 * Messages as the terminal gets them: one line each, `file:line:column severity message rule`, the
 * format editors and CI annotations read (as `tsc` and `gcc` print), then a count. Control characters
 * in a message (an ESC from front matter would drive the terminal) are written as escapes.
 */
import type { VFile } from "vfile";
import type { VFileMessage } from "vfile-message";

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
