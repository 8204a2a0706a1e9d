/** @fileoverview Finds trailer and marker signatures in a commit message (also used on a message about to be committed). */
import type { MarkerSignature, TrailerSignature } from '../model/signature.js';
import { foldLookalikes } from '../text/lookalikes.js';
import { restoreMessageForm } from '../text/message-forms.js';
import type { CatalogEntry, CompiledCatalog } from './catalog-index.js';
import { findTrailerLines } from './message-lines.js';

/** One signature found on one line of a message. */
export interface MessageMatch {
  readonly entry: CatalogEntry<TrailerSignature | MarkerSignature>;
  /** 1-based line in the message. */
  readonly line: number;
  /** The original line (after undoing literal `\\n`, HTML escapes and broken links, see text/message-forms.ts). */
  readonly text: string;
  /** For a trailer match, the trailer's value (continuation lines joined). */
  readonly value?: string;
}

/**
 * Returns every trailer and marker signature that `message` carries, at most once per signature
 * (the first line it is on). Matching runs on a look-alike-folded copy of the message as its author meant it
 * (see restoreMessageForm); lines refer to that form, which keeps the original's line numbers where it had real breaks.
 */
export function detectMessage(rawMessage: string, catalog: CompiledCatalog): MessageMatch[] {
  const message = restoreMessageForm(rawMessage);
  const folded = foldLookalikes(message);
  // Most messages hold none of the literals every signature needs: no split, no regular expression.
  if (!catalog.messagePrefilter.mayMatch(folded)) return [];
  const lines = folded.split('\n');
  const originalLines = folded === message ? lines : message.split('\n');
  const found: MessageMatch[] = [];
  const seen = new Set<string>();
  const add = (entry: MessageMatch['entry'], line: number, value?: string): void => {
    if (seen.has(entry.signature.id)) return;
    seen.add(entry.signature.id);
    found.push({ entry, line, text: originalLines[line - 1] ?? lines[line - 1] ?? '', ...(value !== undefined ? { value } : {}) });
  };

  if (catalog.trailersByKey.size > 0) {
    const byBareKey = trailersByBareKey(catalog);
    for (const trailer of findTrailerLines(lines)) {
      const candidates = catalog.trailersByKey.get(trailer.key) ?? byBareKey.get(bareKey(trailer.key));
      if (!candidates) continue;
      for (const entry of matchingTrailers(catalog, trailer.key, trailer.value, candidates)) add(entry, trailer.line, trailer.value);
    }
  }
  if (catalog.markerPrefilter === undefined || !catalog.markerPrefilter.test(folded)) return found;
  for (const entry of catalog.markers) {
    const { pattern } = entry.signature;
    // One test over the whole message first: most messages carry no marker, and this skips the line walk.
    if (!pattern.test(folded)) continue;
    const index = lines.findIndex((line) => pattern.test(line));
    // No single line matches: the marker spans a line break (`[Claude⏎Code](…)`); report the line it starts on.
    add(entry, index >= 0 ? index + 1 : lineAt(folded, pattern));
  }
  return found;
}

// A history repeats the same trailers on thousands of commits, and `co-authored-by` alone has dozens of candidate
// values to test: the answers for short trailers are kept per catalog, up to a bound (long ones would make it a store).
const TRAILER_MEMO_LIMIT = 4096;
const TRAILER_MEMO_MAX_VALUE = 512;
const trailerMatches = new WeakMap<CompiledCatalog, Map<string, readonly CatalogEntry<TrailerSignature>[]>>();

/** The candidates whose value pattern matches `value`, in catalog order; the key decides the candidates. */
function matchingTrailers(
  catalog: CompiledCatalog,
  key: string,
  value: string,
  candidates: readonly CatalogEntry<TrailerSignature>[],
): readonly CatalogEntry<TrailerSignature>[] {
  if (value.length > TRAILER_MEMO_MAX_VALUE) return candidates.filter((entry) => entry.signature.value.test(value));
  let memo = trailerMatches.get(catalog);
  if (!memo) trailerMatches.set(catalog, (memo = new Map()));
  // A trailer key never holds a line break, so key and value cannot run into each other.
  const memoKey = `${key}\n${value}`;
  let found = memo.get(memoKey);
  if (found === undefined) {
    if (memo.size >= TRAILER_MEMO_LIMIT) memo.clear();
    memo.set(memoKey, (found = candidates.filter((entry) => entry.signature.value.test(value))));
  }
  return found;
}

/** The 1-based line where `pattern` first matches in `text` (which it is known to match). */
function lineAt(text: string, pattern: RegExp): number {
  const match = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')).exec(text);
  return match ? text.slice(0, match.index).split('\n').length : 1;
}

/** A trailer key without hyphens: `CoAuthoredBy` and `Co--Authored-By` must not dodge `co-authored-by`. */
function bareKey(key: string): string {
  return key.replace(/-/g, '');
}

const bareKeyIndexes = new WeakMap<CompiledCatalog, ReadonlyMap<string, readonly CatalogEntry<TrailerSignature>[]>>();

function trailersByBareKey(catalog: CompiledCatalog): ReadonlyMap<string, readonly CatalogEntry<TrailerSignature>[]> {
  let index = bareKeyIndexes.get(catalog);
  if (!index) {
    const built = new Map<string, CatalogEntry<TrailerSignature>[]>();
    for (const [key, entries] of catalog.trailersByKey) built.set(bareKey(key), [...(built.get(bareKey(key)) ?? []), ...entries]);
    bareKeyIndexes.set(catalog, (index = built));
  }
  return index;
}
