/** @fileoverview Tests readDelimited on hand-made chunk sequences: splits, caps and boundaries, as git's pipe delivers them. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readDelimited, readDelimitedBatches } from './delimited-stream.js';

const NUL = 0;

/** A stream that delivers exactly these chunks, in order. */
function chunks(...parts: (string | Buffer)[]): Readable {
  return Readable.from(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : part)));
}

async function collect(stream: Readable, delimiter = NUL, maxBytes?: number): Promise<string[]> {
  const records: string[] = [];
  for await (const record of readDelimited(stream, delimiter, maxBytes)) records.push(record);
  return records;
}

describe('readDelimited', () => {
  it('splits one chunk into its records', async () => {
    expect(await collect(chunks('a\0bb\0ccc\0'))).toEqual(['a', 'bb', 'ccc']);
  });

  it('joins a record split across several chunks', async () => {
    expect(await collect(chunks('he', 'll', 'o\0wor', 'ld\0'))).toEqual(['hello', 'world']);
  });

  it('handles a delimiter that is the last byte of a chunk', async () => {
    expect(await collect(chunks('one\0', 'two\0'))).toEqual(['one', 'two']);
  });

  it('handles a delimiter that is the first byte of a chunk', async () => {
    expect(await collect(chunks('one', '\0two', '\0'))).toEqual(['one', 'two']);
  });

  it('yields empty records between adjacent delimiters, including across chunks', async () => {
    expect(await collect(chunks('a\0', '\0b\0\0'))).toEqual(['a', '', 'b', '']);
  });

  it('yields a final record that has no trailing delimiter', async () => {
    expect(await collect(chunks('a\0tail'))).toEqual(['a', 'tail']);
  });

  it('yields nothing for an empty stream', async () => {
    expect(await collect(chunks())).toEqual([]);
  });

  it('splits at a newline when asked to', async () => {
    expect(await collect(chunks('x y\nz w\n'), 0x0a)).toEqual(['x y', 'z w']);
  });

  it('cuts a record inside one chunk at maxBytes and resumes at the next delimiter', async () => {
    expect(await collect(chunks('abcdefgh\0ij\0'), NUL, 4)).toEqual(['abcd', 'ij']);
  });

  it('cuts a record spread over many chunks at maxBytes and skips the rest of it', async () => {
    expect(await collect(chunks('abc', 'def', 'ghi', 'jkl\0', 'next\0'), NUL, 5)).toEqual(['abcde', 'next']);
  });

  it('keeps a record of exactly maxBytes whole', async () => {
    expect(await collect(chunks('ab', 'cd\0ef\0'), NUL, 4)).toEqual(['abcd', 'ef']);
  });

  it('cuts an unterminated final record at maxBytes', async () => {
    expect(await collect(chunks('123', '456', '789'), NUL, 4)).toEqual(['1234']);
  });

  it('decodes a multi-byte character split across two chunks', async () => {
    const euro = Buffer.from('€', 'utf8');
    expect(await collect(chunks(Buffer.concat([Buffer.from('a'), euro.subarray(0, 1)]), Buffer.concat([euro.subarray(1), Buffer.from('b\0')])))).toEqual(['a€b']);
  });

  it('turns invalid UTF-8 into replacement characters instead of failing', async () => {
    expect(await collect(chunks(Buffer.from([0x61, 0xe9, 0x62, 0x00])))).toEqual(['a\uFFFDb']);
  });

  it('keeps memory bounded: a 5 MB record is cut to the 1 MiB default cap', async () => {
    const big = Buffer.alloc(64 * 1024, 0x78);
    const parts = [...Array.from({ length: 80 }, () => big), Buffer.from('\0after\0')];
    const records = await collect(Readable.from(parts));
    expect(records).toHaveLength(2);
    expect(records[0]).toHaveLength(1024 * 1024);
    expect(records[1]).toBe('after');
  });
});

describe('readDelimitedBatches', () => {
  it('yields the records of each chunk together, in order', async () => {
    const batches: string[][] = [];
    for await (const batch of readDelimitedBatches(chunks('a\0b\0c', 'd\0e\0'), NUL)) batches.push(batch);
    expect(batches).toEqual([['a', 'b'], ['cd', 'e']]);
  });
});
