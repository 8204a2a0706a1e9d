/**
 * @fileoverview Brings the cached "which refs contain each evidence commit" up to date after refs moved, from the
 * commits read since alone, so a rescan never walks old history again for it. Undefined whenever only a walk can tell.
 */
import { isContainingRefName } from '../sources/commit-refs.js';

/** What the cache knew when it was written. */
export interface CachedContainment {
  /** Every ref (name → target) of the repository then; only names {@link isContainingRefName} accepts count. */
  readonly refs: ReadonlyMap<string, string>;
  /** For every evidence commit of the cached history, the refs that contained it; a commit no ref contained is absent. */
  readonly containing: ReadonlyMap<string, readonly string[]>;
}

/** What changed since. */
export interface HistoryChange {
  /** Every ref (name → target) now. */
  readonly refs: ReadonlyMap<string, string>;
  /** The commits read this time (reachable now, but from none of the cached tips), each with its parents. */
  readonly newCommits: ReadonlyMap<string, readonly string[]>;
  /** The evidence commits whose containing refs are wanted: cached ones still in history and new ones. */
  readonly evidenceCommits: Iterable<string>;
  /** The commit each of some ref targets peels to (annotated tags, from {@link tagsToPeel}). */
  readonly peeled?: ReadonlyMap<string, string>;
}

// Past this much walking, a walk of the whole history by git is not much dearer.
const MAX_STEPS = 4_000_000;

/**
 * The refs containing each evidence commit now, sorted, leaving out commits no ref contains; undefined when a ref
 * moved to a commit the cache cannot place.
 *
 * Why it holds: a commit's ancestors never change, so a ref whose target did not move contains the same commits as
 * before, and a deleted ref contains none. A ref that moved or appeared at target `t` contains the new commits it
 * reaches plus the ancestors of every cached commit `b` where that walk leaves the new commits; those ancestors are
 * known only when `b` was itself the target of a cached ref `k` (a fast-forward, a branch made at a tip, a merge of
 * branch tips): exactly the cached commits `k` contained. Anything else (a reset to an older commit, a branch made
 * from the middle of history, a new annotated tag) answers undefined and the caller asks git.
 */
export function updateContainingRefs(cached: CachedContainment, change: HistoryChange): Map<string, string[]> | undefined {
  const before = containingRefs(cached.refs);
  const now = containingRefs(change.refs);
  const namesAt = new Map<string, string[]>();
  for (const [name, target] of before) namesAt.set(target, [...(namesAt.get(target) ?? []), name]);
  const moved = [...now].filter(([name, target]) => before.get(name) !== target);
  const gone = new Set([...before.keys()].filter((name) => now.get(name) !== before.get(name)));

  const found = new Map<string, Set<string>>();
  const wanted = new Set(change.evidenceCommits);
  for (const commit of wanted) {
    if (change.newCommits.has(commit)) continue;
    const kept = (cached.containing.get(commit) ?? []).filter((name) => !gone.has(name));
    if (kept.length > 0) found.set(commit, new Set(kept));
  }
  if (moved.length === 0) return sorted(found);

  let steps = 0;
  // The wanted cached commits below each old commit where a walk left the new ones, found once however many refs pass.
  const reached = new Map<string, string[]>();
  for (const [name, tagOrCommit] of moved) {
    const target = change.peeled?.get(tagOrCommit) ?? tagOrCommit;
    const anchors: string[] = [];
    if (change.newCommits.has(target)) {
      // Walk the new commits from the ref's target; every parent outside them is an old commit where it leaves.
      const seen = new Set([target]);
      const queue = [target];
      while (queue.length > 0) {
        const commit = queue.pop()!;
        if (++steps > MAX_STEPS) return undefined;
        if (wanted.has(commit)) add(found, commit, name);
        for (const parent of change.newCommits.get(commit) ?? []) {
          if (seen.has(parent)) continue;
          seen.add(parent);
          if (change.newCommits.has(parent)) queue.push(parent);
          else anchors.push(parent);
        }
      }
    } else {
      anchors.push(target);
    }
    for (const anchor of anchors) {
      let below = reached.get(anchor);
      if (!below) {
        const names = namesAt.get(anchor);
        if (!names) return undefined;
        below = [];
        for (const [commit, refs] of cached.containing) {
          if (++steps > MAX_STEPS) return undefined;
          if (wanted.has(commit) && refs.some((ref) => names.includes(ref))) below.push(commit);
        }
        reached.set(anchor, below);
      }
      steps += below.length;
      for (const commit of below) add(found, commit, name);
    }
  }
  return sorted(found);
}

/**
 * The targets of moved or new tags that are neither a new commit nor a cached ref's target: annotated tags (tag
 * objects) whose commit {@link updateContainingRefs} needs in {@link HistoryChange.peeled} to place them.
 */
export function tagsToPeel(cached: CachedContainment, change: Pick<HistoryChange, 'refs' | 'newCommits'>): string[] {
  const known = new Set(containingRefs(cached.refs).values());
  const targets = new Set<string>();
  for (const [name, target] of change.refs) {
    if (name.startsWith('refs/tags/') && cached.refs.get(name) !== target && !change.newCommits.has(target) && !known.has(target)) targets.add(target);
  }
  return [...targets];
}

function containingRefs(refs: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...refs].filter(([name]) => isContainingRefName(name)));
}

function add(found: Map<string, Set<string>>, commit: string, name: string): void {
  const names = found.get(commit);
  if (names) names.add(name);
  else found.set(commit, new Set([name]));
}

function sorted(found: ReadonlyMap<string, ReadonlySet<string>>): Map<string, string[]> {
  return new Map([...found].map(([commit, names]) => [commit, [...names].sort()]));
}
