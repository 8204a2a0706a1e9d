/**
 * @fileoverview Plans an incremental history scan from the cache: which cached evidence still stands, which commits
 * left history (rebases, force pushes, deleted branches) and which arrived (`git log --all --not <cached tips>`).
 */
import type { Assistant } from '../model/assistant.js';
import type { Evidence } from '../model/evidence.js';
import type { RefRecord } from '../model/records.js';
import { runGit } from '../sources/git-command.js';
import type { RepositoryInfo } from '../sources/git-repository.js';
import { CacheWriter, HISTORY_CACHE_FORMAT, readCacheHeader, readCachedEvidence, type HistoryCacheHeader } from './cache-file.js';
import { cacheFileFor, catalogDigest, readShapeDigest, readTips } from './cache-key.js';

// Tips go on git's command line; past this many, a full scan is cheaper than risking the argument limit.
const MAX_CACHED_TIPS = 2000;

/** How to read history this time. */
export interface HistoryPlan {
  /** Extra `git log` arguments that select only the commits not in the cache; `[]` reads all of history. */
  readonly newCommitArgs: readonly string[];
  /** False when the tips did not move: no git log at all. */
  readonly hasNewCommits: boolean;
  /** Cached evidence of commits still in history; throws HistoryCacheError if the file turns out corrupt. */
  readonly carried: AsyncIterable<Evidence>;
  /** How many cached commits are still in history; known once {@link HistoryPlan.carried} is read to the end. */
  carriedCommits(): number;
  /** Receives this scan's history evidence for the next run; undefined when the cache needs no rewrite or cannot be written. */
  readonly writer: CacheWriter | undefined;
  /** The cache file of this repository, and every tip history was read from now, for caches that live beside it. */
  readonly file: string;
  readonly tips: readonly string[];
}

/** What the plan is made from. */
export interface HistoryPlanInput {
  readonly repository: RepositoryInfo;
  readonly refs: readonly RefRecord[];
  readonly assistants: readonly Assistant[];
  /** The user's aiguard cache folder. */
  readonly folder: string;
  /** True ignores the cached evidence (a full scan) but still writes a fresh cache. */
  readonly rebuild?: boolean;
}

/** Plans the history part of a scan; any doubt about the cache means a full read of history. */
export async function planHistory(input: HistoryPlanInput): Promise<HistoryPlan> {
  const { repository } = input;
  const commonDir = repository.commonDir ?? repository.gitDir;
  const file = cacheFileFor(input.folder, repository.gitDir);
  const header: HistoryCacheHeader = {
    format: HISTORY_CACHE_FORMAT,
    root: repository.root,
    gitDir: repository.gitDir,
    catalog: catalogDigest(input.assistants),
    shape: await readShapeDigest(input.refs, commonDir),
    tips: await readTips(input.refs, repository.head, commonDir),
  };
  const full = async (): Promise<HistoryPlan> => ({ newCommitArgs: [], hasNewCommits: true, carried: none(), carriedCommits: () => 0, writer: await CacheWriter.start(file, header), file, tips: header.tips });
  if (input.rebuild) return full();
  const cached = await readCacheHeader(file);
  if (!cached || cached.root !== header.root || cached.gitDir !== header.gitDir || cached.catalog !== header.catalog || cached.shape !== header.shape) return full();
  if (cached.tips.length > MAX_CACHED_TIPS) return full();
  let cachedCommits = 0;
  const carried = readCachedEvidence(file, (commits) => (cachedCommits = commits));
  if (sameTips(cached.tips, header.tips)) {
    return { newCommitArgs: [], hasNewCommits: false, carried, carriedCommits: () => cachedCommits, writer: undefined, file, tips: header.tips };
  }
  let removed: Set<string>;
  try {
    removed = await readRemovedCommits(repository.root, cached.tips);
  } catch {
    // An old tip that git no longer has (pruned after a force push): what left history is unknown.
    return full();
  }
  const writer = await CacheWriter.start(file, header);
  return {
    newCommitArgs: cached.tips.length > 0 ? ['--not', ...cached.tips, '--not'] : [],
    hasNewCommits: true,
    carried: withoutCommits(carried, removed),
    carriedCommits: () => cachedCommits - removed.size,
    writer,
    file,
    tips: header.tips,
  };
}

/** Commits reachable from the old tips but from no current ref or HEAD: they left history since the cache was written. */
async function readRemovedCommits(cwd: string, oldTips: readonly string[]): Promise<Set<string>> {
  if (oldTips.length === 0) return new Set();
  const text = await runGit(['rev-list', ...oldTips, '--not', '--all', '--'], { cwd });
  return new Set(text.split('\n').filter((line) => line !== ''));
}

async function* withoutCommits(evidence: AsyncIterable<Evidence>, removed: ReadonlySet<string>): AsyncGenerator<Evidence> {
  for await (const item of evidence) if (!removed.has(item.location.commit ?? '')) yield item;
}

async function* none(): AsyncGenerator<Evidence> {}

function sameTips(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tip, index) => tip === b[index]);
}
