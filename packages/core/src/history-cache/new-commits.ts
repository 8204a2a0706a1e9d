/**
 * @fileoverview The commits an incremental scan read (those no cached tip reaches), with their parents: where they
 * join old history tells which cached tips are still in it, mostly without asking git what left.
 */
import type { CommitRecord } from '../model/records.js';
import { runGit } from '../sources/git-command.js';
import { HistoryCacheError } from './cache-file.js';

// Past this many new commits the graph is not kept (memory stays bounded); git answers instead.
const MAX_KEPT = 200_000;

/** The new commits of an incremental scan and their parents. */
export class NewCommits {
  /** Each new commit's parents; complete only while {@link NewCommits.complete}. */
  readonly parents = new Map<string, readonly string[]>();
  /** False once there were too many to keep. */
  complete = true;

  constructor(
    private readonly oldTips: readonly string[],
    private readonly nowTips: readonly string[],
  ) {}

  add(commits: readonly CommitRecord[]): void {
    if (!this.complete) return;
    if (this.parents.size + commits.length > MAX_KEPT) {
      this.complete = false;
      this.parents.clear();
      return;
    }
    for (const commit of commits) this.parents.set(commit.id, commit.parents);
  }

  /**
   * Commits reachable from the old tips but from no current ref or HEAD: they left history since the cache was
   * written. None when every old tip is still a tip or is a parent of a new commit (a fast-forward, a merge); else
   * git walks. Throws {@link HistoryCacheError} when git no longer has an old tip (pruned after a force push).
   */
  async readRemoved(cwd: string, file: string): Promise<Set<string>> {
    const now = new Set(this.nowTips);
    const gone = this.oldTips.filter((tip) => !now.has(tip));
    if (gone.length === 0) return new Set();
    if (this.complete) {
      const joined = new Set<string>();
      for (const parents of this.parents.values()) for (const parent of parents) if (!this.parents.has(parent)) joined.add(parent);
      if (gone.every((tip) => joined.has(tip))) return new Set();
    }
    try {
      const text = await runGit(['rev-list', ...this.oldTips, '--not', '--all', '--'], { cwd });
      return new Set(text.split('\n').filter((line) => line !== ''));
    } catch (error) {
      throw new HistoryCacheError(file, `a cached tip is no longer in the repository: ${(error as Error).message.split('\n')[0]}`);
    }
  }
}
