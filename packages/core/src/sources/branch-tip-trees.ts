/** @fileoverview Lists the files of many commits' trees through one `git cat-file --batch`, reading each shared subtree once. */
import { GitError, type GitCallOptions } from './git-command.js';
import { ObjectReader } from './object-reader.js';

/** Trees asked for per round trip. */
const READ_BATCH = 256;
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
  // Raw tree bytes, copied out of git's read chunks: a tenth of the memory parsed entries took on cargo's 91 branches.
  const trees = new Map<string, Buffer>();
  let roots: string[];
  try {
    const tipObjects = await reader.read(tips.map((tip) => `${tip}^{tree}`));
    roots = tipObjects.map((object, index) => {
      if (object.type !== 'tree') throw new GitError(['cat-file', '--batch'], `fatal: not a tree object: ${tips[index]}`, null);
      return object.id;
    });
    for (const object of tipObjects) if (!trees.has(object.id)) trees.set(object.id, Buffer.from(object.data));
    let level = [...trees.keys()];
    while (level.length > 0) {
      const next = new Set<string>();
      for (const id of level) {
        forEachEntry(trees.get(id)!, id.length / 2, (start, end, subtree) => {
          if (subtree !== undefined && !trees.has(subtree)) next.add(subtree);
        });
      }
      level = [...next];
      for (let from = 0; from < level.length; from += READ_BATCH) {
        const ids = level.slice(from, from + READ_BATCH);
        for (const [index, object] of (await reader.read(ids)).entries()) {
          if (object.type !== 'tree') throw new GitError(['cat-file', '--batch'], `fatal: not a tree object: ${ids[index]}`, null);
          trees.set(object.id, Buffer.from(object.data));
        }
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
function walkTree(trees: ReadonlyMap<string, Buffer>, id: string, prefix: string, walked: Set<string>, emit: (path: string) => void): void {
  const key = `${id}:${prefix}`;
  if (walked.has(key)) return;
  walked.add(key);
  const data = trees.get(id)!;
  forEachEntry(data, id.length / 2, (start, end, subtree) => {
    const name = data.toString('utf8', start, end);
    if (subtree !== undefined) walkTree(trees, subtree, `${prefix}${name}/`, walked, emit);
    else emit(prefix + name);
  });
}

/**
 * Calls `visit` for each entry of a binary tree object (`<octal mode> SP <name> NUL <id bytes>`) with its name's byte
 * range and, for a folder, the subtree's id in hex.
 */
function forEachEntry(data: Buffer, idBytes: number, visit: (nameStart: number, nameEnd: number, subtree: string | undefined) => void): void {
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const nul = data.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + idBytes > data.length) throw new GitError(['cat-file', '--batch'], 'fatal: malformed tree object', null);
    const mode = Number.parseInt(data.toString('latin1', at, space), 8);
    at = nul + 1 + idBytes;
    visit(space + 1, nul, (mode & S_IFMT) === S_IFDIR ? data.toString('hex', nul + 1, at) : undefined);
  }
}
