/** @fileoverview Makes the short, safe evidence excerpt that reports show. */
import { escapeLine } from './control-characters.js';

const MAX_EXCERPT = 200;

/** Trims, escapes control and bidi characters as `\u{..}`, and cuts `text` to 200 characters with an ellipsis. */
export function makeExcerpt(text: string): string {
  const safe = escapeLine(text.trim());
  return safe.length > MAX_EXCERPT ? `${safe.slice(0, MAX_EXCERPT - 1)}…` : safe;
}
