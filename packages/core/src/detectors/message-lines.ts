/** @fileoverview Splits a commit message into lines and trailer candidates the way git reads trailers, but anywhere in the message. */

/** One `Key: value` line found in a message. */
export interface TrailerLine {
  /** Lower-cased key, e.g. `co-authored-by`. */
  readonly key: string;
  /** Value, with folded continuation lines joined by a space. */
  readonly value: string;
  /** 1-based line number of the key line. */
  readonly line: number;
  /** The original line, for the excerpt. */
  readonly text: string;
}

// Git trailer keys are alphanumerics and hyphens; git allows blanks before the colon. `s`: a value may hold a
// carriage return or U+2028, which git keeps inside the line but a plain `.` would stop at.
const TRAILER = /^([A-Za-z0-9][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*?)$/s;
// Decoration seen around trailers in the wild: list bullets, quote marks, bold markdown.
const LEADING_DECORATION = /^[\s>*_+-]*/;
const TRAILING_DECORATION = /[\s*_]*$/;
const DECORATION_CHARACTER = /^[\s*_]$/;

/**
 * Finds every `Key: value` line in `lines` (not only the last paragraph: squash merges bury trailers in the
 * body). A doubled key (`Co-authored-by: Co-authored-by: x`) is read once; a line that starts with a blank
 * continues the previous trailer's value, as git folds values.
 */
export function findTrailerLines(lines: readonly string[]): TrailerLine[] {
  const found: TrailerLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.indexOf(':') < 0) continue;
    const unled = raw.replace(LEADING_DECORATION, '');
    // A `$`-anchored pattern is tried from every position of the line: only a line that ends in decoration runs it.
    const cleaned = DECORATION_CHARACTER.test(unled.charAt(unled.length - 1)) ? unled.replace(TRAILING_DECORATION, '') : unled;
    const match = TRAILER.exec(cleaned);
    if (!match) continue;
    const key = match[1]!.toLowerCase();
    const start = i;
    let value = match[2]!;
    const doubled = TRAILER.exec(value);
    if (doubled && doubled[1]!.toLowerCase() === key) value = doubled[2]!;
    while (i + 1 < lines.length && /^[ \t]+\S/.test(lines[i + 1]!) && !TRAILER.test(lines[i + 1]!.trim())) {
      value += ` ${lines[++i]!.trim()}`;
    }
    found.push({ key, value, line: start + 1, text: raw });
  }
  return found;
}
