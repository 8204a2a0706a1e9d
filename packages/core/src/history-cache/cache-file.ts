/** @fileoverview The history cache on disk: one NDJSON file per repository (header, evidence lines, trailer), written atomically. */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Evidence } from '../model/evidence.js';

/** Bump when detectors change what they return for the same catalog, so old caches are never trusted. */
export const HISTORY_CACHE_FORMAT = 'aiguard-history-cache/1';

/** What a cache file says about the scan that wrote it. */
export interface HistoryCacheHeader {
  readonly format: typeof HISTORY_CACHE_FORMAT;
  /** Repository root and git dir: a moved or different repository never matches. */
  readonly root: string;
  readonly gitDir: string;
  /** Digest of the catalog the evidence was detected with. */
  readonly catalog: string;
  /** Digest of what changes history without moving a tip: shallow boundary, grafts, replace refs. */
  readonly shape: string;
  /** Every commit tip (refs, HEAD, worktree HEADs) the cached history was read from, sorted. */
  readonly tips: readonly string[];
}

/** The last line: how many evidence lines came before it and how many commits they were found in. */
interface Trailer {
  readonly end: number;
  readonly commits: number;
}

/** A cache file that cannot be trusted: the scan starts over without it (fail closed). */
export class HistoryCacheError extends Error {
  constructor(file: string, problem: string) {
    super(`history cache ${file}: ${problem}`);
    this.name = 'HistoryCacheError';
  }
}

/** Reads a cache file's header; undefined when there is none or it is unreadable (the caller scans in full). */
export async function readCacheHeader(file: string): Promise<HistoryCacheHeader | undefined> {
  try {
    for await (const line of lines(file)) return parseHeader(line);
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Yields the cached evidence after the header. Throws {@link HistoryCacheError} for a malformed line, a missing
 * trailer or a count that does not match, so a truncated file never passes for a complete one.
 */
export async function* readCachedEvidence(file: string, onCommits: (commits: number) => void): AsyncGenerator<Evidence> {
  let index = 0;
  let count = 0;
  let ended = false;
  try {
    for await (const line of lines(file)) {
      if (index++ === 0) continue;
      if (ended) throw new HistoryCacheError(file, 'data after the trailer');
      const value: unknown = JSON.parse(line);
      if (isTrailer(value)) {
        if (value.end !== count) throw new HistoryCacheError(file, `trailer says ${value.end} evidence lines, found ${count}`);
        ended = true;
        onCommits(value.commits);
        continue;
      }
      if (!isEvidence(value)) throw new HistoryCacheError(file, `line ${index} is not evidence`);
      count++;
      yield value;
    }
  } catch (error) {
    throw error instanceof HistoryCacheError ? error : new HistoryCacheError(file, (error as Error).message);
  }
  if (!ended) throw new HistoryCacheError(file, 'no trailer (truncated)');
}

/** Writes a new cache file beside the old one and renames it into place on {@link CacheWriter.commit}. */
export class CacheWriter {
  private readonly temp: string;
  private readonly stream: WriteStream;
  private count = 0;
  private failed = false;

  private constructor(
    private readonly file: string,
    header: HistoryCacheHeader,
  ) {
    this.temp = `${file}.${process.pid}.tmp`;
    this.stream = createWriteStream(this.temp, { mode: 0o600 });
    this.stream.on('error', () => (this.failed = true));
    this.stream.write(`${JSON.stringify(header)}\n`);
  }

  /** Starts a cache file; undefined when its folder cannot be made (a read-only home: the scan goes on uncached). */
  static async start(file: string, header: HistoryCacheHeader): Promise<CacheWriter | undefined> {
    try {
      await mkdir(dirname(file), { recursive: true, mode: 0o700 });
      return new CacheWriter(file, header);
    } catch {
      return undefined;
    }
  }

  /** Commits the history this cache describes holds; set before {@link CacheWriter.commit}. */
  commits = 0;

  add(evidence: Evidence): void {
    if (this.failed) return;
    this.count++;
    this.stream.write(`${JSON.stringify(evidence)}\n`);
  }

  /** Finishes the file and puts it in place; a failed write leaves the old cache (or none), never a partial one. */
  async commit(): Promise<void> {
    this.stream.end(`${JSON.stringify({ end: this.count, commits: this.commits } satisfies Trailer)}\n`);
    await new Promise<void>((resolve) => this.stream.once('close', resolve));
    if (this.failed) return this.discard();
    await rename(this.temp, this.file).catch(() => this.discard());
  }

  /** Drops the unfinished file (a scan that failed or was stopped). */
  async discard(): Promise<void> {
    if (!this.stream.closed) {
      this.stream.destroy();
      await new Promise<void>((resolve) => this.stream.once('close', resolve));
    }
    await rm(this.temp, { force: true });
  }
}

function lines(file: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
}

function parseHeader(line: string): HistoryCacheHeader | undefined {
  const value = JSON.parse(line) as Partial<HistoryCacheHeader> | null;
  if (!value || value.format !== HISTORY_CACHE_FORMAT) return undefined;
  const { root, gitDir, catalog, shape, tips } = value;
  if (typeof root !== 'string' || typeof gitDir !== 'string' || typeof catalog !== 'string' || typeof shape !== 'string') return undefined;
  if (!Array.isArray(tips) || !tips.every((tip) => typeof tip === 'string' && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(tip))) return undefined;
  return { format: HISTORY_CACHE_FORMAT, root, gitDir, catalog, shape, tips };
}

function isTrailer(value: unknown): value is Trailer {
  if (typeof value !== 'object' || value === null) return false;
  const { end, commits } = value as Partial<Record<keyof Trailer, unknown>>;
  return Number.isInteger(end) && Number.isInteger(commits) && (commits as number) >= 0;
}

function isEvidence(value: unknown): value is Evidence {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Partial<Record<keyof Evidence, unknown>>;
  const location = item.location as { commit?: unknown } | undefined;
  return (
    typeof item.assistant === 'string' &&
    typeof item.signature === 'string' &&
    typeof item.kind === 'string' &&
    typeof item.strength === 'string' &&
    typeof item.excerpt === 'string' &&
    typeof item.fingerprint === 'string' &&
    typeof location === 'object' &&
    location !== null &&
    typeof location.commit === 'string'
  );
}
