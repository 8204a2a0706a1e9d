/** @fileoverview Unit tests for the line reader: lines across reads, multi-byte characters at a read boundary, a last line without a newline. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LineReader } from './line-reader.js';

const folder = mkdtempSync(join(tmpdir(), 'aiguard-line-reader-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function readLines(content: string): Promise<{ first: string | undefined; rest: string[] }> {
  const file = join(folder, 'lines.txt');
  writeFileSync(file, content);
  const reader = new LineReader(await open(file, 'r'));
  const first = await reader.next();
  const rest: string[] = [];
  for (let lines = await reader.take(); lines !== undefined; lines = await reader.take()) rest.push(...lines);
  await reader.close();
  await reader.close();
  return { first, rest };
}

describe('LineReader', () => {
  it('gives every line whole, however the reads cut them', async () => {
    // 16 KiB minus one byte, then a four-byte character: the first read ends inside it.
    const lines = ['h'.repeat(16 * 1024 - 1) + '😀', 'é'.repeat(700_000), 'last'];
    expect(await readLines(`${lines.join('\n')}\n`)).toEqual({ first: lines[0], rest: lines.slice(1) });
  });

  it('gives a last line without a newline, and nothing for an empty file', async () => {
    expect(await readLines('one\ntwo')).toEqual({ first: 'one', rest: ['two'] });
    expect(await readLines('')).toEqual({ first: undefined, rest: [] });
  });
});
