/**
 * @fileoverview Which refs contain each commit, by propagating ref sets over a walk in topological order: inside the
 * main history pass (see git-log.ts) or, for ranges and cached commits, as one streamed `git log --all --topo-order`.
 */
import { readDelimitedBatches } from './delimited-stream.js';
import { startGit } from './git-command.js';

// Topological order lists every child before its parents, so the refs that contain a commit are known by the time
// git prints it: those pointing at it (its full-name decorations) plus those its children were contained in.
const ARGS = ['log', '--all', '--topo-order', '--no-color', '--decorate=full', '--no-show-signature', '-z', '--format=%H%x00%P%x00%D', '--'] as const;
const FIELDS = 3;

/** The `git log` arguments that print each commit's id and full-name decorations, children first, for {@link ContainingRefsWalk}. */
export const TOPOLOGICAL_DECORATED_ARGS: readonly string[] = ['--topo-order', '--no-color', '--decorate=full', '--no-show-signature', '--format=%H%x09%D'];

/**
 * The refs containing a commit, as a set of bits over the walk's ref names. One object is shared by every commit
 * the same refs contain (a linear run of history), and its sorted names are built once, on first ask.
 */
export class ContainingRefs {
  private sorted: readonly string[] | undefined;

  constructor(
    private readonly refNames: readonly string[],
    /** Bit `i` set: ref `refNames[i]` contains the commit. Never mutated once built. */
    readonly bits: Uint32Array,
  ) {}

  /** The full ref names, sorted. */
  get names(): readonly string[] {
    if (!this.sorted) {
      const names: string[] = [];
      for (let word = 0; word < this.bits.length; word++) {
        for (let bits = this.bits[word]!; bits !== 0; bits &= bits - 1) names.push(this.refNames[word * 32 + (31 - Math.clz32(bits & -bits))]!);
      }
      this.sorted = names.sort();
    }
    return this.sorted;
  }
}

/**
 * Propagates ref sets over commits visited children first. Memory holds the walk's frontier (commits whose children
 * were seen but not yet themselves) and the distinct sets on it; a merge or a decorated commit makes a new set only
 * when it adds a ref, as a word-wise OR (a repository with thousands of refs costs a hundred words per union).
 */
export class ContainingRefsWalk {
  private readonly refIndex = new Map<string, number>();
  private readonly refNames: string[] = [];
  private readonly pending = new Map<string, ContainingRefs>();

  /**
   * Visits `commit`, whose `decorations` are git's `%D` with `--decorate=full`. Returns the refs that contain it, or
   * undefined when none does (a commit reachable only from a detached HEAD).
   */
  visit(commit: string, parents: readonly string[], decorations: string): ContainingRefs | undefined {
    let refs = this.pending.get(commit);
    if (refs) this.pending.delete(commit);
    if (decorations !== '') {
      const own = parseDecorations(decorations);
      if (own.length > 0) refs = this.union(refs, this.setOf(own));
    }
    if (refs) {
      for (const parent of parents) {
        const before = this.pending.get(parent);
        if (before !== refs) this.pending.set(parent, before ? this.union(before, refs) : refs);
      }
    }
    return refs;
  }

  private setOf(names: readonly string[]): ContainingRefs {
    for (const name of names) {
      if (this.refIndex.has(name)) continue;
      this.refIndex.set(name, this.refNames.length);
      this.refNames.push(name);
    }
    const bits = new Uint32Array((this.refNames.length + 31) >>> 5);
    for (const name of names) {
      const index = this.refIndex.get(name)!;
      bits[index >>> 5] = bits[index >>> 5]! | (1 << (index & 31));
    }
    return new ContainingRefs(this.refNames, bits);
  }

  /** `a` itself when it already holds every ref of `b` (the common case), else a new set. */
  private union(a: ContainingRefs | undefined, b: ContainingRefs): ContainingRefs {
    if (!a || a === b) return b;
    const [x, y] = [a.bits, b.bits];
    let covered = true;
    for (let i = 0; i < y.length && covered; i++) if ((y[i]! & ~(x[i] ?? 0)) !== 0) covered = false;
    if (covered) return a;
    const bits = new Uint32Array(Math.max(x.length, y.length));
    bits.set(x);
    for (let i = 0; i < y.length; i++) bits[i] = bits[i]! | y[i]!;
    return new ContainingRefs(this.refNames, bits);
  }
}

/**
 * For each of `commits`, the full names of the refs (branches, tags, remotes, notes) that contain it, sorted. One
 * git process walks history once and stops as soon as every commit asked for has been seen. A commit no ref contains
 * is left out of the map. A full-history scan learns the same in its own pass (`containingRefs` on each commit); this
 * walk serves ranges and commits answered from the history cache.
 */
export async function readContainingRefs(repositoryRoot: string, commits: Iterable<string>): Promise<Map<string, string[]>> {
  const wanted = new Set(commits);
  const found = new Map<string, string[]>();
  if (wanted.size === 0) return found;
  const git = startGit(ARGS, { cwd: repositoryRoot });
  const walk = new ContainingRefsWalk();
  let fields: string[] = [];
  try {
    outer: for await (const records of readDelimitedBatches(git.stdout, 0)) {
      for (const record of records) {
        fields.push(record);
        if (fields.length < FIELDS) continue;
        const [commit, parents, decorations] = fields as [string, string, string];
        fields = [];
        const refs = walk.visit(commit, parents ? parents.split(' ') : [], decorations);
        if (wanted.has(commit)) {
          if (refs) found.set(commit, [...refs.names]);
          wanted.delete(commit);
          if (wanted.size === 0) {
            git.stop();
            break outer;
          }
        }
      }
    }
  } catch (error) {
    git.stop();
    throw error;
  }
  await git.done;
  return found;
}

/** Full ref names in `%D` output with `--decorate=full`: `HEAD -> refs/heads/main, tag: refs/tags/v1, refs/remotes/origin/main`. */
export function parseDecorations(text: string): string[] {
  if (text === '') return [];
  return text
    .split(', ')
    .map((item) => item.replace(/^HEAD -> /, '').replace(/^tag: /, ''))
    .filter((name) => name.startsWith('refs/'));
}
