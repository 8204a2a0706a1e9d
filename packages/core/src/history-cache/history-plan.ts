/**
 * @fileoverview Plans an incremental history scan from the cache: which cached evidence still stands, which commits
 * left history (rebases, force pushes, deleted branches), which arrived (`git log --all --not <cached tips>`), and
 * which refs contain each evidence commit now.
 */
import type { Assistant } from '../model/assistant.js';
import type { Evidence } from '../model/evidence.js';
import type { CommitRecord, RefRecord } from '../model/records.js';
import type { RepositoryInfo } from '../sources/git-repository.js';
import { CacheReader, CacheWriter, HISTORY_CACHE_FORMAT, type HistoryCacheHeader, type HistoryCacheRefs } from './cache-file.js';
import { cacheFileFor, catalogDigest, historyStateDigest, readShapeDigest, readTips } from './cache-key.js';
import { isOwnFolder } from './own-folder.js';
import { runGit } from '../sources/git-command.js';
import { tagsToPeel, updateContainingRefs } from './containing-refs-update.js';
import { NewCommits } from './new-commits.js';

// Tips go on git's command line; past this many, a full scan is cheaper than risking the argument limit.
const MAX_CACHED_TIPS = 2000;

/** Looks up the refs containing each of some commits, as `RepositorySources.readContainingRefs` does. */
export type ContainingRefsLookUp = (commits: Iterable<string>) => Promise<ReadonlyMap<string, readonly string[]>>;

/** How to read history this time. */
export interface HistoryPlan {
  /** Extra `git log` arguments that select only the commits not in the cache; `[]` reads all of history. */
  readonly newCommitArgs: readonly string[];
  /** False when the tips did not move: no git log at all. */
  readonly hasNewCommits: boolean;
  /** Takes each batch of commits read this time: their parents place the containing refs and what left history. */
  observe(commits: readonly CommitRecord[]): void;
  /** Takes one piece of this scan's history evidence (read now or carried) for the next run. */
  keep(evidence: Evidence): void;
  /** Cached evidence of commits still in history, in batches; throws HistoryCacheError if the file turns out corrupt. */
  readonly carried: AsyncIterable<readonly Evidence[]>;
  /** How many cached commits are still in history; known once {@link HistoryPlan.carried} is read to the end. */
  carriedCommits(): number;
  /**
   * Writes the cache for `commits` commits and returns what answers the containing refs now: from the cache where
   * it can, else from `lookUp` (git's walk), which is asked for every evidence commit so the next run knows them all.
   * Without `withRefs` the refs are kept up to date only where that costs no walk.
   */
  finish(commits: number, lookUp: ContainingRefsLookUp | undefined, withRefs: boolean): Promise<ContainingRefsLookUp | undefined>;
  /** Drops the unfinished cache file (a scan that failed or was stopped). */
  discard(): Promise<void>;
  /** This repository's cache file. */
  readonly file: string;
}

/** What the plan is made from. */
export interface HistoryPlanInput {
  readonly repository: RepositoryInfo;
  readonly refs: readonly RefRecord[];
  readonly assistants: readonly Assistant[];
  /** The user's aiguard cache folder. */
  readonly folder: string;
  /** Whether the refs containing each commit will be asked for: an unchanged cache then reads them too. */
  readonly withRefs: boolean;
  /** True ignores the cached evidence (a full scan) but still writes a fresh cache. */
  readonly rebuild?: boolean;
}

/**
 * Plans the history part of a scan; any doubt about the cache means a full read of history. Undefined when the cache
 * folder is not the user's own (see {@link isOwnFolder}): then the scan neither reads nor writes a cache.
 */
export async function planHistory(input: HistoryPlanInput): Promise<HistoryPlan | undefined> {
  if (!(await isOwnFolder(input.folder))) return undefined;
  const { repository } = input;
  const commonDir = repository.commonDir ?? repository.gitDir;
  const file = cacheFileFor(input.folder, repository.gitDir);
  const now: HistoryCacheRefs = { tips: await readTips(input.refs, repository.head, commonDir), refs: input.refs };
  const header: HistoryCacheHeader = {
    format: HISTORY_CACHE_FORMAT,
    root: repository.root,
    gitDir: repository.gitDir,
    catalog: catalogDigest(input.assistants),
    shape: await readShapeDigest(input.refs, commonDir),
    state: historyStateDigest(now.tips, now.refs),
  };
  const reader = input.rebuild ? undefined : await CacheReader.open(file);
  const cached = reader?.header;
  if (!reader || !cached || cached.root !== header.root || cached.gitDir !== header.gitDir || cached.catalog !== header.catalog || cached.shape !== header.shape) {
    await reader?.close();
    return new Plan({ file, header, now, writer: await CacheWriter.start(file, header, now) });
  }
  if (cached.state === header.state) return new Plan({ file, header, now, reader, withRefs: input.withRefs });
  let before: HistoryCacheRefs;
  try {
    before = await reader.readRefs();
  } catch {
    await reader.close();
    return new Plan({ file, header, now, writer: await CacheWriter.start(file, header, now) });
  }
  if (before.tips.length > MAX_CACHED_TIPS) {
    await reader.close();
    return new Plan({ file, header, now, writer: await CacheWriter.start(file, header, now) });
  }
  return new Plan({ file, header, now, reader, before, withRefs: true, writer: await CacheWriter.start(file, header, now) });
}

interface PlanParts {
  readonly file: string;
  readonly header: HistoryCacheHeader;
  readonly now: HistoryCacheRefs;
  /** The cache file, when its evidence is carried over. */
  readonly reader?: CacheReader;
  /** The cached tips and refs, when they differ from now. */
  readonly before?: HistoryCacheRefs;
  /** Whether to read the cached containing refs. */
  readonly withRefs?: boolean;
  /** The new cache file; none when nothing moved. */
  readonly writer?: CacheWriter | undefined;
}

class Plan implements HistoryPlan {
  readonly newCommitArgs: readonly string[];
  readonly hasNewCommits: boolean;
  readonly carried: AsyncIterable<readonly Evidence[]>;
  readonly file: string;
  private readonly evidenceCommits = new Set<string>();
  // Carried evidence is written back as the line it was read from: no second JSON.stringify.
  private readonly lines = new WeakMap<Evidence, string>();
  private readonly newCommits: NewCommits | undefined;
  private removed = 0;

  constructor(private readonly parts: PlanParts) {
    const { reader, before, now } = parts;
    this.file = parts.file;
    const sameTips = !before || (before.tips.length === now.tips.length && before.tips.every((tip, index) => tip === now.tips[index]));
    this.hasNewCommits = !reader || !sameTips;
    this.newCommitArgs = reader && before && before.tips.length > 0 ? ['--not', ...before.tips, '--not'] : [];
    if (reader && before) this.newCommits = new NewCommits(before.tips, now.tips);
    this.carried = reader ? this.carry(reader) : none();
  }

  observe(commits: readonly CommitRecord[]): void {
    this.newCommits?.add(commits);
  }

  keep(evidence: Evidence): void {
    if (evidence.location.commit) this.evidenceCommits.add(evidence.location.commit);
    this.parts.writer?.add(evidence, this.lines.get(evidence));
  }

  carriedCommits(): number {
    return (this.parts.reader?.commits ?? 0) - this.removed;
  }

  async finish(commits: number, lookUp: ContainingRefsLookUp | undefined, withRefs: boolean): Promise<ContainingRefsLookUp | undefined> {
    const { reader, before, writer } = this.parts;
    let containing: ReadonlyMap<string, readonly string[]> | undefined = reader?.containing;
    if (containing && before && this.newCommits) {
      const cached = { refs: refMap(before.refs), containing };
      const change = { refs: refMap(this.parts.now.refs), newCommits: this.newCommits.parents, evidenceCommits: this.evidenceCommits };
      // A new annotated tag costs one rev-parse to place instead of a walk of history, when the refs are wanted.
      const toPeel = withRefs && lookUp ? tagsToPeel(cached, change) : [];
      const peeled = toPeel.length > 0 ? await peelTags(this.parts.header.root, toPeel) : undefined;
      containing = this.newCommits.complete ? updateContainingRefs(cached, { ...change, ...(peeled ? { peeled } : {}) }) : undefined;
    }
    let looked: ReadonlyMap<string, readonly string[]> | undefined;
    try {
      looked = !containing && withRefs && lookUp ? await lookUp(this.evidenceCommits) : undefined;
    } catch (error) {
      await writer?.discard();
      throw error;
    }
    containing ??= looked;
    if (writer) await writer.commit(commits, containing);
    else if (looked) await this.rewriteWith(looked);
    if (!withRefs || !lookUp) return undefined;
    const known = containing ?? new Map<string, readonly string[]>();
    return async (wanted) => {
      // A commit finding from outside history (none today) would not be in the cache: ask git for it.
      const unknown = [...wanted].filter((commit) => !this.evidenceCommits.has(commit));
      const asked = unknown.length > 0 ? await lookUp(unknown) : new Map<string, readonly string[]>();
      const found = new Map(asked);
      for (const commit of wanted) {
        const refs = known.get(commit);
        if (refs) found.set(commit, refs);
      }
      return found;
    };
  }

  async discard(): Promise<void> {
    await this.parts.reader?.close();
    await this.parts.writer?.discard();
  }

  private async *carry(reader: CacheReader): AsyncGenerator<readonly Evidence[]> {
    const evidence = reader.evidence(this.parts.withRefs === true);
    const removed = this.newCommits ? await this.newCommits.readRemoved(this.parts.header.root, this.parts.file) : new Set<string>();
    for await (const batch of evidence) {
      const kept: Evidence[] = [];
      batch.evidence.forEach((item, index) => {
        if (removed.has(item.location.commit ?? '')) return;
        if (this.parts.writer) this.lines.set(item, batch.lines[index]!);
        kept.push(item);
      });
      yield kept;
    }
    this.removed = removed.size;
  }

  /** An unchanged cache written without the containing refs gets them, so that the next run need not walk. */
  private async rewriteWith(containing: ReadonlyMap<string, readonly string[]>): Promise<void> {
    const reader = await CacheReader.open(this.parts.file);
    if (!reader || reader.header.state !== this.parts.header.state) return reader?.close();
    const writer = await CacheWriter.start(this.parts.file, this.parts.header, this.parts.now);
    try {
      for await (const batch of reader.evidence(false)) batch.evidence.forEach((item, index) => writer?.add(item, batch.lines[index]));
      await writer?.commit(reader.commits, containing);
    } catch {
      // Only a convenience: the next run walks again.
      await writer?.discard();
    }
  }
}

/** The commit each tag (or commit) id peels to; undefined when git cannot tell (the caller walks instead). */
async function peelTags(cwd: string, targets: readonly string[]): Promise<Map<string, string> | undefined> {
  try {
    const commits = (await runGit(['rev-parse', ...targets.map((target) => `${target}^{commit}`)], { cwd })).split('\n');
    if (!targets.every((_target, index) => /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(commits[index] ?? ''))) return undefined;
    return new Map(targets.map((target, index) => [target, commits[index]!]));
  } catch {
    return undefined;
  }
}

function refMap(refs: readonly RefRecord[]): Map<string, string> {
  return new Map(refs.map((ref) => [ref.name, ref.target]));
}

async function* none(): AsyncGenerator<readonly Evidence[]> {}
