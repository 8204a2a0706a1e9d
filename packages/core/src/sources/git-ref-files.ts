/**
 * @fileoverview Reads a repository's refs straight from its files (loose refs and packed-refs), as `git for-each-ref`
 * lists them, without starting git: an audit of hundreds of repositories saves one process each. Anything unusual
 * (reftable, linked worktrees, symlinks, odd names or contents) answers undefined, and the caller asks git.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RefRecord } from '../model/records.js';

const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
// The ref names git itself would accept, kept narrow: anything else goes to git, which knows every rule.
const SAFE_COMPONENT = /^[A-Za-z0-9_@+,=%-][A-Za-z0-9._@+,=%-]*$/;

/** The refs under `refs/` of the repository whose git dir is `gitDir`, sorted by name; undefined when git should answer. */
export async function readRefFiles(gitDir: string, commonDir: string): Promise<RefRecord[] | undefined> {
  if (gitDir !== commonDir) return undefined;
  const config = await readFile(join(commonDir, 'config'), 'utf8').catch(() => undefined);
  if (config === undefined || /refstorage/i.test(config)) return undefined;
  const targets = new Map<string, string>();
  const packed = await readFile(join(commonDir, 'packed-refs'), 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? '' : undefined));
  if (packed === undefined) return undefined;
  for (const line of packed.split('\n')) {
    if (line === '' || line.startsWith('#') || line.startsWith('^')) continue;
    const [id, name, extra] = line.split(' ');
    if (!id || !name || extra !== undefined || !OBJECT_ID.test(id) || !isSafeName(name)) return undefined;
    targets.set(name, id);
  }
  const symbolic = new Map<string, string>();
  if (!(await readLooseRefs(commonDir, 'refs', targets, symbolic))) return undefined;
  for (const [name, target] of symbolic) {
    if (symbolic.has(target)) return undefined;
    const id = targets.get(target);
    // A symbolic ref to a missing ref is broken; git skips it with a warning.
    if (id !== undefined) targets.set(name, id);
  }
  return [...targets]
    .sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map(([name, target]) => ({ name, target }));
}

async function readLooseRefs(commonDir: string, folder: string, targets: Map<string, string>, symbolic: Map<string, string>): Promise<boolean> {
  let entries;
  try {
    entries = await readdir(join(commonDir, folder), { withFileTypes: true });
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
  for (const entry of entries) {
    const name = `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SAFE_COMPONENT.test(entry.name) || !(await readLooseRefs(commonDir, name, targets, symbolic))) return false;
      continue;
    }
    // A lock file is a ref being written right now: git would wait for it, so ask git.
    if (!entry.isFile() || !isSafeName(name)) return false;
    const text = (await readFile(join(commonDir, name), 'utf8').catch(() => '')).trim();
    if (OBJECT_ID.test(text)) {
      targets.set(name, text);
    } else if (text.startsWith('ref: refs/') && isSafeName(text.slice(5))) {
      symbolic.set(name, text.slice(5));
    } else {
      return false;
    }
  }
  return true;
}

function isSafeName(name: string): boolean {
  const parts = name.split('/');
  return parts[0] === 'refs' && parts.length >= 2 && parts.every((part) => SAFE_COMPONENT.test(part) && !part.endsWith('.lock') && !part.endsWith('.')) && !name.includes('..');
}
