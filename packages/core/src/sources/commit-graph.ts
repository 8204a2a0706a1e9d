/** @fileoverview How many commits git's commit-graph file holds: a total for progress displays, read from a few header bytes without running git. */
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RepositoryInfo } from './git-repository.js';

const SIGNATURE = 0x43475048; // "CGPH"
const FANOUT_CHUNK = 0x4f494446; // "OIDF": 256 cumulative counts; the last is the number of commits in the file
const CHUNK_ENTRY = 12; // 4-byte chunk id + 8-byte offset
const HEADER = 8;
/** More layers than git ever keeps in a chain: a longer list is not a chain git wrote. */
const MAX_LAYERS = 64;

/**
 * The number of commits in the repository's commit-graph (a single `objects/info/commit-graph` file or a split
 * `commit-graphs/commit-graph-chain`), or undefined when there is none or it does not read as one. The graph is as
 * old as the last `git gc`, `git maintenance` or `fetch.writeCommitGraph`: commits made since are not counted and
 * unreachable ones may be, so this is an estimate for "n of about N", never a count to check a scan against.
 */
export async function readCommitGraphCount(repository: Pick<RepositoryInfo, 'gitDir' | 'commonDir'>): Promise<number | undefined> {
  // Linked worktrees share the main git dir's objects; GIT_OBJECT_DIRECTORY and alternates are left out of an estimate.
  const info = join(repository.commonDir ?? repository.gitDir, 'objects', 'info');
  const single = await readGraphFileCount(join(info, 'commit-graph'));
  if (single !== undefined) return single;
  const chain = await readFile(join(info, 'commit-graphs', 'commit-graph-chain'), 'latin1').catch(() => undefined);
  if (chain === undefined) return undefined;
  const layers = chain.split('\n').filter(Boolean);
  if (layers.length === 0 || layers.length > MAX_LAYERS || !layers.every((hash) => /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(hash))) return undefined;
  let total = 0;
  for (const hash of layers) {
    const count = await readGraphFileCount(join(info, 'commit-graphs', `graph-${hash}.graph`));
    if (count === undefined) return undefined;
    total += count;
  }
  return total;
}

/** The commit count in one graph file's fanout table; undefined unless the header, chunk table and offsets all check out. */
async function readGraphFileCount(file: string): Promise<number | undefined> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return undefined;
  try {
    const { size } = await handle.stat();
    const header = Buffer.alloc(HEADER);
    if ((await handle.read(header, 0, HEADER, 0)).bytesRead < HEADER || header.readUInt32BE(0) !== SIGNATURE || header[4] !== 1) return undefined;
    const chunks = header[6]!;
    const table = Buffer.alloc((chunks + 1) * CHUNK_ENTRY);
    if ((await handle.read(table, 0, table.length, HEADER)).bytesRead < table.length) return undefined;
    for (let i = 0; i < chunks; i++) {
      if (table.readUInt32BE(i * CHUNK_ENTRY) !== FANOUT_CHUNK) continue;
      const offset = Number(table.readBigUInt64BE(i * CHUNK_ENTRY + 4));
      if (offset + 256 * 4 > size) return undefined;
      const last = Buffer.alloc(4);
      if ((await handle.read(last, 0, 4, offset + 255 * 4)).bytesRead < 4) return undefined;
      const count = last.readUInt32BE(0);
      // Each commit takes at least a 20-byte id in the lookup chunk: a larger count is not from a real graph file.
      return count * 20 <= size ? count : undefined;
    }
    return undefined;
  } finally {
    await handle.close();
  }
}
