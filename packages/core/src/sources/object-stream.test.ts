/** @fileoverview Tests readObjectBatches on cat-file output cut at every byte, missing objects and the size cap. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ObjectTooLargeError, readObjectBatches, type GitObject } from './object-stream.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const OUTPUT = Buffer.concat([Buffer.from(`${A} commit 5\nhe\0lo\n`), Buffer.from(`${B} missing\n`), Buffer.from(`${A} blob 0\n\n`)]);

async function objectsOf(chunks: Buffer[], maxBytes?: number): Promise<GitObject[]> {
  const objects: GitObject[] = [];
  for await (const batch of readObjectBatches(Readable.from(chunks), maxBytes)) objects.push(...batch.map((o) => ({ ...o, data: Buffer.from(o.data) })));
  return objects;
}

describe('readObjectBatches', () => {
  it('reads whole objects, NUL bytes included, however the stream is cut', async () => {
    for (let cut = 0; cut <= OUTPUT.length; cut++) {
      const objects = await objectsOf([OUTPUT.subarray(0, cut), OUTPUT.subarray(cut)].filter((c) => c.length > 0));
      expect(objects.map((o) => [o.id, o.type, o.data.toString('latin1')])).toEqual([
        [A, 'commit', 'he\0lo'],
        [B, 'missing', ''],
        [A, 'blob', ''],
      ]);
    }
  });

  it('hands over the rest of the input line that a %(rest) format echoes, spaces and all', async () => {
    const output = Buffer.from(`${A} commit 2 HEAD -> refs/heads/main, tag: refs/tags/v1\nhi\n${B} commit 0 \n\n${B} missing\n`);
    const objects = await objectsOf([output]);
    expect(objects.map((o) => [o.id, o.type, o.data.toString('latin1'), o.rest])).toEqual([
      [A, 'commit', 'hi', 'HEAD -> refs/heads/main, tag: refs/tags/v1'],
      [B, 'commit', '', ''],
      [B, 'missing', '', ''],
    ]);
  });

  it('refuses an object over the cap, naming it, instead of cutting it', async () => {
    await expect(objectsOf([OUTPUT], 4)).rejects.toThrow(ObjectTooLargeError);
    await expect(objectsOf([OUTPUT], 4)).rejects.toThrow(`commit ${A}`);
  });

  it('fails when the stream ends inside an object', async () => {
    await expect(objectsOf([OUTPUT.subarray(0, 50)])).rejects.toThrow('ended inside an object');
  });
});
