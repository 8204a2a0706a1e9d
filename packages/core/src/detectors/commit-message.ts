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
    for (const trailer of findTrailerLines(lines)) {
      const candidates = catalog.trailersByKey.get(trailer.key);
      if (!candidates) continue;
      for (const entry of candidates) {
        if (entry.signature.value.test(trailer.value)) add(entry, trailer.line, trailer.value);
      }
    }
  }
  if (catalog.markerPrefilter === undefined || !catalog.markerPrefilter.test(folded)) return found;
  for (const entry of catalog.markers) {
    const { pattern } = entry.signature;
    // One test over the whole message first: most messages carry no marker, and this skips the line walk.
    if (!pattern.test(folded)) continue;
    const index = lines.findIndex((line) => pattern.test(line));
    if (index >= 0) add(entry, index + 1);
  }
  return found;
}
