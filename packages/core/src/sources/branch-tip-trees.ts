/** @fileoverview Lists the files of many commits' trees through one `git cat-file --batch`, reading each shared subtree once. */
import { GitError, type GitCallOptions } from './git-command.js';
import { ObjectReader } from './object-reader.js';

/** One tree entry, as the tree object stores it. */
interface TreeEntry {
  /** The name as UTF-8 text (invalid bytes become U+FFFD, as everywhere paths are read). */
  readonly name: string;
  /** The subtree's id in hex, for a folder; undefined for a file, symlink or gitlink. */
  readonly subtree?: string;
}

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;

/**
 * Yields every path `git ls-tree -r --name-only` would list for any of `tips` (commit ids or revisions such as
 * `HEAD`), each path once, in the order of one ls-tree per tip after another. Trees are read level by level, all
 * tips at once, so a subtree shared by many branches is read once and the round trips number the tree's depth.
 * Paths are decoded from their raw bytes as UTF-8, as ls-tree's output was.
 */
export async function* readTreePaths(tips: readonly string[], options: GitCallOptions): AsyncGenerator<string> {
  if (tips.length === 0) return;
  const reader = new ObjectReader(options);
  const trees = new Map<string, TreeEntry[]>();
  let roots: string[];
  try {
    const tipObjects = await reader.read(tips.map((tip) => `${tip}^{tree}`));
    roots = tipObjects.map((object, index) => {
      if (object.type !== 'tree') throw new GitError(['cat-file', '--batch'], `fatal: not a tree object: ${tips[index]}`, null);
      return object.id;
    });
    for (const object of tipObjects) if (!trees.has(object.id)) trees.set(object.id, parseTree(object.data, object.id.length / 2));
    let level = [...trees.keys()];
    while (level.length > 0) {
      const next = new Set<string>();
      for (const id of level) for (const entry of trees.get(id)!) if (entry.subtree && !trees.has(entry.subtree)) next.add(entry.subtree);
      level = [...next];
      const objects = await reader.read(level);
      for (const [index, object] of objects.entries()) {
        if (object.type !== 'tree') throw new GitError(['cat-file', '--batch'], `fatal: not a tree object: ${level[index]}`, null);
        trees.set(object.id, parseTree(object.data, object.id.length / 2));
      }
    }
  } finally {
    reader.close();
  }
  // A (tree, folder) pair walked once: under the same folder a shared subtree lists the same paths again.
  const walked = new Set<string>();
  const seen = new Set<string>();
  for (const root of roots) {
    const found: string[] = [];
    walkTree(trees, root, '', walked, (path) => {
      if (seen.has(path)) return;
      seen.add(path);
      found.push(path);
    });
    yield* found;
  }
}

/**
 * Depth first in stored (git's sorted) order, as `ls-tree -r` lists them. Names are decoded one by one: a `/` ends
 * any cut UTF-8 sequence before it, so the joined text is what decoding the whole path gives.
 */
function walkTree(trees: ReadonlyMap<string, TreeEntry[]>, id: string, prefix: string, walked: Set<string>, emit: (path: string) => void): void {
  const key = `${id}:${prefix}`;
  if (walked.has(key)) return;
  walked.add(key);
  for (const entry of trees.get(id)!) {
    if (entry.subtree) walkTree(trees, entry.subtree, `${prefix}${entry.name}/`, walked, emit);
    else emit(prefix + entry.name);
  }
}

/** Splits a binary tree object: entries `<octal mode> SP <name> NUL <id bytes>`. */
function parseTree(data: Buffer, idBytes: number): TreeEntry[] {
  const entries: TreeEntry[] = [];
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const nul = data.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + idBytes > data.length) throw new GitError(['cat-file', '--batch'], 'fatal: malformed tree object', null);
    const mode = Number.parseInt(data.toString('latin1', at, space), 8);
    const name = data.toString('utf8', space + 1, nul);
    at = nul + 1 + idBytes;
    entries.push((mode & S_IFMT) === S_IFDIR ? { name, subtree: data.toString('hex', nul + 1, at) } : { name });
  }
  return entries;
}
