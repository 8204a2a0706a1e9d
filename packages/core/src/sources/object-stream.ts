/** @fileoverview Reads `git cat-file --batch` output as whole objects, stored bytes untouched, one object in memory at a time. */
import type { Readable } from 'node:stream';

/** One object as git stores it. */
export interface GitObject {
  readonly id: string;
  /** `commit`, `tag`, `blob`, `tree`; `missing` when git has no such object. */
  readonly type: string;
  /** The object's content, byte for byte (empty for a missing object). */
  readonly data: Buffer;
  /** What followed the object name on its input line, with a `%(rest)` batch format (see {@link BATCH_FORMAT_WITH_REST}); else empty. */
  readonly rest: string;
}

/** A `git cat-file --batch=` format that echoes the rest of each input line after the object's size. */
export const BATCH_FORMAT_WITH_REST = '%(objectname) %(objecttype) %(objectsize) %(rest)';

/**
 * The largest object read whole. Bigger commit, tag or note objects are refused, not cut: a cut message could hide
 * a trailer at its end, and a report of it would read as clean.
 */
export const MAX_OBJECT_BYTES = 64 * 1024 * 1024;

/** Thrown for an object over {@link MAX_OBJECT_BYTES}: the scan cannot vouch for it, so it fails (exit 3) naming it. */
export class ObjectTooLargeError extends Error {
  constructor(
    readonly id: string,
    readonly type: string,
    readonly size: number,
  ) {
    super(`${type} ${id} is ${Math.round(size / 1024 / 1024)} MiB, more than the ${MAX_OBJECT_BYTES / 1024 / 1024} MiB aiguard reads whole; it was not scanned`);
    this.name = 'ObjectTooLargeError';
  }
}

/**
 * Yields the objects of a `git cat-file --batch` stream, one array per chunk read (a `yield` per object costs more
 * than parsing it). Each object is `<id> SP <type> SP <size> LF <size bytes> LF`, or `<name> SP missing LF`.
 */
export async function* readObjectBatches(stream: Readable, maxBytes = MAX_OBJECT_BYTES): AsyncGenerator<GitObject[]> {
  let pending: Buffer = Buffer.alloc(0);
  let header: { id: string; type: string; size: number; rest: string } | undefined;
  let body: Buffer[] = [];
  let bodyLength = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const batch: GitObject[] = [];
    let data = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
    pending = Buffer.alloc(0);
    let start = 0;
    while (start < data.length) {
      if (!header) {
        const end = data.indexOf(0x0a, start);
        if (end < 0) break;
        const line = data.toString('latin1', start, end);
        start = end + 1;
        // `<id> <type> <size>` and, with a %(rest) format, ` <rest>` (which may hold spaces of its own).
        const typeAt = line.indexOf(' ') + 1;
        const sizeAt = typeAt > 0 ? line.indexOf(' ', typeAt) + 1 : 0;
        const id = typeAt > 0 ? line.slice(0, typeAt - 1) : line;
        const type = typeAt > 0 ? line.slice(typeAt, sizeAt > 0 ? sizeAt - 1 : line.length) : '';
        if (type === 'missing' || sizeAt === 0) {
          batch.push({ id, type: 'missing', data: Buffer.alloc(0), rest: '' });
          continue;
        }
        const restAt = line.indexOf(' ', sizeAt);
        const bytes = Number(restAt < 0 ? line.slice(sizeAt) : line.slice(sizeAt, restAt));
        if (bytes > maxBytes) throw new ObjectTooLargeError(id, type, bytes);
        header = { id, type, size: bytes, rest: restAt < 0 ? '' : line.slice(restAt + 1) };
        body = [];
        bodyLength = 0;
      }
      // The body plus git's closing LF.
      const want = header.size + 1 - bodyLength;
      const take = Math.min(want, data.length - start);
      if (take === want && bodyLength === 0) {
        batch.push({ id: header.id, type: header.type, data: data.subarray(start, start + header.size), rest: header.rest });
      } else {
        // Copy: a slice kept across chunks must not pin each whole chunk in memory.
        body.push(Buffer.from(data.subarray(start, start + take)));
        bodyLength += take;
        if (take === want) batch.push({ id: header.id, type: header.type, data: Buffer.concat(body, bodyLength).subarray(0, header.size), rest: header.rest });
      }
      start += take;
      if (take === want) header = undefined;
    }
    if (start < data.length) pending = Buffer.from(data.subarray(start));
    data = Buffer.alloc(0);
    if (batch.length > 0) yield batch;
  }
  if (header || pending.length > 0) throw new Error('git cat-file output ended inside an object');
}
