/**
 * @fileoverview The history cache on disk: one NDJSON file per repository (header, tips and refs, evidence lines,
 * the refs containing each evidence commit, trailer), written atomically and read in one pass.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Evidence } from '../model/evidence.js';
import type { RefRecord } from '../model/records.js';
import { LineReader } from './line-reader.js';

/** Bump when detectors change what they return for the same catalog, so old caches are never trusted. */
export const HISTORY_CACHE_FORMAT = 'aiguard-history-cache/2';

/** The first line: what the cached scan was made from. Small, so that an unchanged repository costs one short read. */
export interface HistoryCacheHeader {
  readonly format: typeof HISTORY_CACHE_FORMAT;
  /** Repository root and git dir: a moved or different repository never matches. */
  readonly root: string;
  readonly gitDir: string;
  /** Digest of the catalog the evidence was detected with. */
  readonly catalog: string;
  /** Digest of what changes history without moving a tip: shallow boundary, grafts, replace refs. */
  readonly shape: string;
  /** Digest of the tips and refs below ({@link historyStateDigest}): equal means nothing moved. */
  readonly state: string;
}

/** The second line: where history was read from. */
export interface HistoryCacheRefs {
  /** Every commit tip (refs, HEAD, worktree HEADs) the cached history was read from, sorted. */
  readonly tips: readonly string[];
  /** Every ref then, sorted by name. */
  readonly refs: readonly RefRecord[];
}

/** Cached evidence as read: each item and the line it came from. */
export interface CachedEvidence {
  readonly evidence: readonly Evidence[];
  readonly lines: readonly string[];
}

/** The last line: how many lines of each kind came before it, and how many commits the evidence was found in. */
interface Trailer {
  readonly end: number;
  readonly commits: number;
  /** Commits named on the containing-refs lines; absent when the refs were not looked up. */
  readonly contained?: number;
}

const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** A cache file that cannot be trusted: the scan starts over without it (fail closed). */
export class HistoryCacheError extends Error {
  constructor(file: string, problem: string) {
    super(`history cache ${file}: ${problem}`);
    this.name = 'HistoryCacheError';
  }
}

/** Reads a cache file front to back: the header on opening, then {@link CacheReader.readRefs}, then {@link CacheReader.evidence}. */
export class CacheReader {
  /** How many commits the cached history holds; known once {@link CacheReader.evidence} is read to the end. */
  commits = 0;
  /** The refs containing each evidence commit, when the file has them and they were asked for; set at the end. */
  containing: Map<string, string[]> | undefined;

  private refs: readonly RefRecord[] | undefined;

  private constructor(
    private readonly file: string,
    private readonly lines: LineReader,
    readonly header: HistoryCacheHeader,
  ) {}

  /** Opens a cache file and reads its header; undefined when there is none, it is unreadable or of another format. */
  static async open(file: string): Promise<CacheReader | undefined> {
    let handle: FileHandle | undefined;
    try {
      handle = await open(file, 'r');
      const lines = new LineReader(handle);
      const header = parseHeader(await lines.next());
      if (header) return new CacheReader(file, lines, header);
    } catch {
      // Missing or unreadable: the caller scans in full.
    }
    await handle?.close();
    return undefined;
  }

  /** The second line; throws {@link HistoryCacheError} when it is malformed. */
  async readRefs(): Promise<HistoryCacheRefs> {
    const value = await this.parseNext('tips and refs');
    const { tips, refs } = (value ?? {}) as Partial<Record<keyof HistoryCacheRefs, unknown>>;
    if (!Array.isArray(tips) || !tips.every((tip) => typeof tip === 'string' && OBJECT_ID.test(tip))) throw this.error('line 2 has no valid tips');
    if (!Array.isArray(refs) || !refs.every((ref) => Array.isArray(ref) && ref.length === 2 && typeof ref[0] === 'string' && typeof ref[1] === 'string')) {
      throw this.error('line 2 has no valid refs');
    }
    this.refs = (refs as [string, string][]).map(([name, target]) => ({ name, target }));
    return { tips: tips as string[], refs: this.refs };
  }

  /**
   * Yields the cached evidence in batches, each with the lines it was read from (to be written again as they are),
   * then reads the containing refs (kept in {@link CacheReader.containing} when `withContaining`) and checks the
   * trailer. Throws {@link HistoryCacheError} for a malformed line, a missing trailer or a count that does not match,
   * so a truncated file never passes for a complete one. Closes the file.
   */
  async *evidence(withContaining: boolean): AsyncGenerator<CachedEvidence> {
    try {
      if (!this.refs) await this.readRefs();
      const names = this.refs!.map((ref) => ref.name);
      let count = 0;
      let contained = 0;
      let trailer: Trailer | undefined;
      const containing = new Map<string, string[]>();
      for (let lines = await this.lines.take(); lines !== undefined; lines = await this.lines.take()) {
        const batch: Evidence[] = [];
        const raw: string[] = [];
        for (const line of lines) {
          if (trailer) throw this.error('data after the trailer');
          if (line.startsWith('[')) {
            const value = JSON.parse(line) as unknown[];
            const [indices, ...commits] = value;
            const refs = Array.isArray(indices) ? indices.map((index) => (typeof index === 'number' ? names[index] : undefined)) : [undefined];
            if (!refs.every((ref) => ref !== undefined) || !commits.every((commit) => typeof commit === 'string')) throw this.error('a line of containing refs is malformed');
            contained += commits.length;
            if (withContaining) for (const commit of commits as string[]) containing.set(commit, refs as string[]);
            continue;
          }
          const value: unknown = JSON.parse(line);
          if (isTrailer(value)) {
            trailer = value;
            continue;
          }
          if (contained > 0 || !isEvidence(value)) throw this.error(`line ${count + 3} is not evidence`);
          count++;
          batch.push(value);
          raw.push(line);
        }
        if (batch.length > 0) yield { evidence: batch, lines: raw };
      }
      if (!trailer) throw this.error('no trailer (truncated)');
      if (trailer.end !== count) throw this.error(`trailer says ${trailer.end} evidence lines, found ${count}`);
      if ((trailer.contained ?? 0) !== contained) throw this.error(`trailer says ${trailer.contained ?? 0} commits with containing refs, found ${contained}`);
      this.commits = trailer.commits;
      if (withContaining && trailer.contained !== undefined) this.containing = containing;
    } catch (error) {
      throw error instanceof HistoryCacheError ? error : this.error((error as Error).message);
    } finally {
      await this.close();
    }
  }

  /** Closes the file (also when the evidence was not read to the end). */
  async close(): Promise<void> {
    await this.lines.close();
  }

  private async parseNext(what: string): Promise<unknown> {
    const line = await this.lines.next();
    if (line === undefined) throw this.error(`no ${what} (truncated)`);
    try {
      return JSON.parse(line);
    } catch (error) {
      throw this.error((error as Error).message);
    }
  }

  private error(problem: string): HistoryCacheError {
    return new HistoryCacheError(this.file, problem);
  }
}

/**
 * Reads a cache file through (refs, every evidence line, the trailer) keeping nothing, so that a streamed scan learns
 * of damage before it hands on a single history finding. Throws {@link HistoryCacheError}; a file that cannot be
 * opened or is of another format passes, since no plan carries from it.
 */
export async function checkCacheFile(file: string): Promise<void> {
  const reader = await CacheReader.open(file);
  if (reader) for await (const _ of reader.evidence(false));
}

/** Writes a new cache file beside the old one and renames it into place on {@link CacheWriter.commit}. */
export class CacheWriter {
  private readonly temp: string;
  private readonly stream: WriteStream;
  private readonly refIndex: Map<string, number>;
  private count = 0;
  private failed = false;

  private constructor(
    private readonly file: string,
    header: HistoryCacheHeader,
    refs: HistoryCacheRefs,
  ) {
    this.temp = `${file}.${process.pid}.tmp`;
    this.stream = createWriteStream(this.temp, { mode: 0o600 });
    this.stream.on('error', () => (this.failed = true));
    this.refIndex = new Map(refs.refs.map((ref, index) => [ref.name, index]));
    this.stream.write(`${JSON.stringify(header)}\n${JSON.stringify({ tips: refs.tips, refs: refs.refs.map((ref) => [ref.name, ref.target]) })}\n`);
  }

  /** Starts a cache file; undefined when its folder cannot be made (a read-only home: the scan goes on uncached). */
  static async start(file: string, header: HistoryCacheHeader, refs: HistoryCacheRefs): Promise<CacheWriter | undefined> {
    try {
      await mkdir(dirname(file), { recursive: true, mode: 0o700 });
      return new CacheWriter(file, header, refs);
    } catch {
      return undefined;
    }
  }

  /** Adds one piece of evidence; `line` is its JSON when it was read from a cache file already. */
  add(evidence: Evidence, line = JSON.stringify(evidence)): void {
    if (this.failed) return;
    this.count++;
    this.stream.write(`${line}\n`);
  }

  /**
   * Finishes the file with the refs containing each evidence commit (when known; a name not among the refs written
   * at the start leaves them all out) and puts it in place; a failed write leaves the old cache (or none), never a
   * partial one.
   */
  async commit(commits: number, containing: ReadonlyMap<string, readonly string[]> | undefined): Promise<void> {
    let contained: number | undefined;
    if (containing && [...containing.values()].every((refs) => refs.every((ref) => this.refIndex.has(ref)))) {
      contained = containing.size;
      // One line per set of refs, listing the commits it contains: few sets, so loading is a few JSON.parse calls.
      const bySet = new Map<string, { readonly indices: number[]; readonly commits: string[] }>();
      for (const [commit, refs] of containing) {
        const indices = refs.map((ref) => this.refIndex.get(ref)!);
        const key = indices.join(',');
        const set = bySet.get(key) ?? { indices, commits: [] };
        set.commits.push(commit);
        bySet.set(key, set);
      }
      for (const { indices, commits } of bySet.values()) this.stream.write(`${JSON.stringify([indices, ...commits])}\n`);
    }
    this.stream.end(`${JSON.stringify({ end: this.count, commits, ...(contained !== undefined ? { contained } : {}) } satisfies Trailer)}\n`);
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

function parseHeader(line: string | undefined): HistoryCacheHeader | undefined {
  if (line === undefined) return undefined;
  const value = JSON.parse(line) as Partial<HistoryCacheHeader> | null;
  if (!value || value.format !== HISTORY_CACHE_FORMAT) return undefined;
  const { root, gitDir, catalog, shape, state } = value;
  if (typeof root !== 'string' || typeof gitDir !== 'string' || typeof catalog !== 'string' || typeof shape !== 'string' || typeof state !== 'string') return undefined;
  return { format: HISTORY_CACHE_FORMAT, root, gitDir, catalog, shape, state };
}

function isTrailer(value: unknown): value is Trailer {
  if (typeof value !== 'object' || value === null) return false;
  const { end, commits, contained } = value as Partial<Record<keyof Trailer, unknown>>;
  return Number.isInteger(end) && Number.isInteger(commits) && (commits as number) >= 0 && (contained === undefined || Number.isInteger(contained));
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
