/**
 * @fileoverview Remembers which refs contain each commit with findings, for as long as no ref moves: an unchanged
 * repository's report names the same refs without walking history again. Any doubt means asking git.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { RefRecord } from '../model/records.js';

type LookUp = (commits: Iterable<string>) => Promise<ReadonlyMap<string, readonly string[]>>;

interface Stored {
  readonly state: string;
  /** Every commit asked about; those no ref contains are absent from `refs`. */
  readonly asked: readonly string[];
  readonly refs: Readonly<Record<string, readonly string[]>>;
}

/** A digest of every ref (name and target) and every tip `git log --all` starts from: what containment depends on. */
export function refStateDigest(refs: readonly RefRecord[], tips: readonly string[]): string {
  const hash = createHash('sha256');
  for (const ref of refs) hash.update(`${ref.name}\0${ref.target}\n`);
  hash.update(tips.join('\n'));
  return hash.digest('hex');
}

/** Wraps `lookUp` with a file that answers while the ref state is `state` and holds every commit asked about. */
export function withContainingRefsCache(file: string, state: string, lookUp: LookUp): LookUp {
  return async (commits) => {
    const wanted = [...commits];
    const stored = await readStored(file);
    if (stored?.state === state) {
      const asked = new Set(stored.asked);
      if (wanted.every((commit) => asked.has(commit))) {
        return new Map(wanted.flatMap((commit) => (stored.refs[commit] ? [[commit, stored.refs[commit]] as const] : [])));
      }
    }
    const found = await lookUp(wanted);
    const next: Stored = { state, asked: wanted, refs: Object.fromEntries(found) };
    const temp = `${file}.${process.pid}.tmp`;
    // Only a convenience: a cache that cannot be written leaves the next run to ask git again.
    await mkdir(dirname(file), { recursive: true, mode: 0o700 })
      .then(() => writeFile(temp, JSON.stringify(next), { mode: 0o600 }))
      .then(() => rename(temp, file))
      .catch(() => undefined);
    return found;
  };
}

async function readStored(file: string): Promise<Stored | undefined> {
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as Partial<Stored> | null;
    if (!value || typeof value.state !== 'string' || !Array.isArray(value.asked) || typeof value.refs !== 'object' || value.refs === null) return undefined;
    for (const refs of Object.values(value.refs)) if (!Array.isArray(refs) || !refs.every((ref) => typeof ref === 'string')) return undefined;
    return value as Stored;
  } catch {
    return undefined;
  }
}
