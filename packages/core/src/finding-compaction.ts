/** @fileoverview Makes findings cheap to keep: their strings copied out of the git output they were cut from, repeated ones shared. */
import type { Finding } from './model/finding.js';

// Values unique to one commit or finding: copying them out is all there is to gain; sharing them would only grow the table.
const UNIQUE_KEYS: ReadonlySet<string> = new Set(['commit', 'fingerprint', 'excerpt', 'subject', 'date', 'authorDate', 'committerDate', 'line']);
// The policy's own objects (the deciding layer) are shared by every finding it judged and hold no scanned text.
const KEPT_KEYS: ReadonlySet<string> = new Set(['decidedBy']);
// Past this many distinct names, e-mails and ids the table stops growing; later values are still copied.
const MAX_SHARED = 4096;

/**
 * Returns a function that copies a finding into a compact form with the same fields and values. A string cut from a
 * larger one (a subject sliced from a commit message, a name from the raw commit object, an id from a `cat-file`
 * header) keeps that whole parent alive in V8; the copy holds only its own characters. Names, e-mails, model ids and
 * the repository path repeat across findings and are stored once. Scans that keep every finding (the editor, hooks,
 * the text report) use it; streamed reports never keep findings at all.
 */
export function createFindingCompactor(): (finding: Finding) => Finding {
  const shared = new Map<string, string>();
  const share = (text: string): string => {
    const known = shared.get(text);
    if (known !== undefined) return known;
    const own = ownCopy(text);
    if (shared.size < MAX_SHARED) shared.set(own, own);
    return own;
  };
  return (finding) => {
    // Within one finding the same value often repeats (its date is the author date; its excerpt is its first sighting's).
    const local = new Map<string, string>();
    const copyOnce = (text: string): string => {
      let own = local.get(text);
      if (own === undefined) local.set(text, (own = ownCopy(text)));
      return own;
    };
    const compact = (value: unknown, key: string): unknown => {
      if (typeof value === 'string') return UNIQUE_KEYS.has(key) ? copyOnce(value) : share(value);
      if (value === null || typeof value !== 'object' || KEPT_KEYS.has(key)) return value;
      if (Array.isArray(value)) return value.map((item) => compact(item, key));
      // A spread copy keeps the source's shape (fields stored in the object itself); assigning the same keys keeps it.
      const copy: Record<string, unknown> = { ...value };
      for (const name of Object.keys(copy)) copy[name] = compact(copy[name], name);
      return copy;
    };
    return compact(finding, '') as Finding;
  };
}

/**
 * A copy of `text` that does not point into a larger string. V8 copies substrings shorter than 13 characters anyway;
 * longer ones go through JSON and back, which yields a new flat string (a sliced copy would keep a 32-byte header)
 * and keeps every code unit, lone surrogates included (JSON.stringify escapes them, JSON.parse restores them).
 */
function ownCopy(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
