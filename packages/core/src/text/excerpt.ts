/** @fileoverview Makes the short, safe evidence excerpt that reports show. */

const MAX_EXCERPT = 200;
// C0/C1 controls and bidi overrides could rewrite a terminal or hide text in a report.
const UNSAFE = /[\x00-\x08\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/g;

/** Trims, escapes control and bidi characters as `\u{..}`, and cuts `text` to 200 characters with an ellipsis. */
export function makeExcerpt(text: string): string {
  const safe = text
    .trim()
    .replace(/\t/g, ' ')
    .replace(/\r?\n/g, ' ⏎ ')
    .replace(UNSAFE, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
  return safe.length > MAX_EXCERPT ? `${safe.slice(0, MAX_EXCERPT - 1)}…` : safe;
}
