/**
 * @fileoverview Reads the texts git keeps beside commits: annotated tag messages and `git notes` contents. Both can
 * carry a trailer that no commit message shows, so scans and hooks read them as they read commit messages.
 */
import type { AnnotationRecord, RefRecord } from '../model/records.js';
import { runGit, type GitCallOptions } from './git-command.js';
import { isZeroId, type RefUpdate } from './git-push.js';
import { ObjectReader } from './object-reader.js';
import { decodeStoredText } from './raw-commit.js';

/** A tag chain deeper than this (a tag of a tag of ...) is read no further. */
const MAX_TAG_DEPTH = 8;

/** The message of the annotated tag `id` and of every tag it points at in turn. */
export async function readTagMessages(reader: ObjectReader, ref: string, id: string): Promise<AnnotationRecord[]> {
  const found: AnnotationRecord[] = [];
  let next: string | undefined = id;
  for (let depth = 0; next !== undefined && depth < MAX_TAG_DEPTH; depth++) {
    const [object] = await reader.read([next]);
    if (!object || object.type !== 'tag') break;
    const split = object.data.indexOf('\n\n');
    const header = object.data.toString('utf8', 0, split < 0 ? object.data.length : split);
    const body = split < 0 ? Buffer.alloc(0) : object.data.subarray(split + 2);
    const encoding = /^encoding (.+)$/m.exec(header)?.[1];
    found.push({ kind: 'tag', ref, object: object.id, ...decodeStoredText(body, encoding) });
    next = /^object ([0-9a-f]+)$/m.exec(header)?.[1];
  }
  return found;
}

/**
 * The notes of the notes ref `ref` at commit `tip`: every note blob, or with `base`, only those added or changed
 * since `base` (what a push brings). A note's path names the object it annotates (fan-out slashes removed).
 */
export async function readNotes(reader: ObjectReader, ref: string, tip: string, options: GitCallOptions & { readonly base?: string }): Promise<AnnotationRecord[]> {
  const listing = options.base
    ? await runGit(['diff-tree', '-r', '-z', '--no-renames', '--diff-filter=AM', '--end-of-options', options.base, tip], options)
    : await runGit(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', tip], options);
  const blobs: { id: string; path: string }[] = [];
  if (options.base) {
    // `:old-mode new-mode old-id new-id status` NUL `path` NUL
    const fields = listing.split('\0');
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const meta = fields[i]!.split(' ');
      if (meta[1] !== '160000' && meta[3]) blobs.push({ id: meta[3], path: fields[i + 1]! });
    }
  } else {
    for (const line of listing.split('\0')) {
      const match = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(line);
      if (match) blobs.push({ id: match[1]!, path: match[2]! });
    }
  }
  const found: AnnotationRecord[] = [];
  for (let i = 0; i < blobs.length; i += 256) {
    const slice = blobs.slice(i, i + 256);
    const objects = await reader.read(slice.map((blob) => blob.id));
    objects.forEach((object, index) => {
      if (object.type !== 'blob') return;
      found.push({ kind: 'note', ref, object: slice[index]!.path.replace(/\//g, ''), ...decodeStoredText(object.data, undefined) });
    });
  }
  return found;
}

/** Every tag message and note reachable from `refs` (tags under refs/tags/, notes under refs/notes/). */
export async function* readRefAnnotations(refs: readonly RefRecord[], options: GitCallOptions): AsyncGenerator<AnnotationRecord> {
  const tags = refs.filter((ref) => ref.name.startsWith('refs/tags/'));
  const notes = refs.filter((ref) => ref.name.startsWith('refs/notes/'));
  if (tags.length === 0 && notes.length === 0) return;
  const reader = new ObjectReader(options);
  try {
    // One batched type check first: most tags are lightweight (they point at a commit) and need no further read.
    const types = await reader.read(tags.map((ref) => ref.target));
    for (const [index, ref] of tags.entries()) if (types[index]?.type === 'tag') yield* await readTagMessages(reader, ref.name, ref.target);
    for (const ref of notes) yield* await readNotes(reader, ref.name, ref.target, options);
  } finally {
    reader.close();
  }
}

/**
 * The tag messages and notes a push brings: each pushed annotated tag's message (and the tags it points at), and
 * for each pushed notes ref the notes added or changed since the ref's old tip (all of them when the old tip is
 * unknown here).
 */
export async function* readPushedAnnotations(updates: readonly RefUpdate[], options: GitCallOptions): AsyncGenerator<AnnotationRecord> {
  const relevant = updates.filter((update) => !isZeroId(update.newId) && (update.ref.startsWith('refs/tags/') || update.ref.startsWith('refs/notes/')));
  if (relevant.length === 0) return;
  const reader = new ObjectReader(options);
  try {
    for (const update of relevant) {
      if (update.ref.startsWith('refs/tags/')) {
        const [object] = await reader.read([update.newId]);
        if (object?.type === 'tag') yield* await readTagMessages(reader, update.ref, update.newId);
        continue;
      }
      const [old] = isZeroId(update.oldId) ? [undefined] : await reader.read([update.oldId]);
      yield* await readNotes(reader, update.ref, update.newId, { ...options, ...(old?.type === 'commit' ? { base: update.oldId } : {}) });
    }
  } finally {
    reader.close();
  }
}
