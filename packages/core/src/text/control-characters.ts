/** @fileoverview Escapes the characters that let scanned text rewrite a terminal or a report: C0/C1 controls, DEL, bidi overrides. */

// C0 controls but tab and line feed, DEL, C1 controls, and the bidi embeddings/overrides/isolates that reorder a line.
const UNSAFE = /[\x00-\x08\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/g;
// Whatever escapeLine changes: line breaks, tabs and UNSAFE's characters.
const NEEDS_LINE_ESCAPE = /[\x00-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/;
// The same for blocks, where a CR that ends a CRLF line break is kept: only a lone CR can overwrite a line.
const UNSAFE_IN_BLOCK = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]|\r(?!\n)/g;
const UNSAFE_IN_BLOCK_OR_TAB = /[\x00-\x09\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]|\r(?!\n)/g;

function escapeOne(ch: string): string {
  return `\\u{${ch.codePointAt(0)!.toString(16)}}`;
}

/**
 * Makes `text` safe to print on one line of a terminal or report: line breaks become ` ⏎ `, a tab a space, and every
 * other control or bidi character `\u{..}`. Escape-sequence injection (`ESC[2J`, OSC titles, a forged `remote:` line)
 * then shows as text.
 */
export function escapeLine(text: string): string {
  // Nearly every excerpt is plain text: one test instead of three replaces (each finding makes several excerpts).
  if (!NEEDS_LINE_ESCAPE.test(text)) return text;
  return text.replace(/\r?\n/g, ' ⏎ ').replace(/\t/g, ' ').replace(UNSAFE, escapeOne);
}

/** Escapes every control and bidi character but line breaks (LF, CRLF) and tabs (unless `escapeTabs`): for whole blocks of output. */
export function escapeBlock(text: string, escapeTabs = false): string {
  return text.replace(escapeTabs ? UNSAFE_IN_BLOCK_OR_TAB : UNSAFE_IN_BLOCK, escapeOne);
}
