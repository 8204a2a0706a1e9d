/** @fileoverview Unit tests for the history cache file: a round trip larger than one read, with multi-byte text at every read boundary, and truncation anywhere. */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../model/evidence.js';
import { CacheReader, CacheWriter, HISTORY_CACHE_FORMAT, HistoryCacheError, type HistoryCacheHeader, type HistoryCacheRefs } from './cache-file.js';

const folder = mkdtempSync(join(tmpdir(), 'aiguard-cache-file-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const header: HistoryCacheHeader = { format: HISTORY_CACHE_FORMAT, root: '/repo', gitDir: '/repo/.git', catalog: 'c', shape: 's', state: 'x' };
const refs: HistoryCacheRefs = {
  tips: ['a'.repeat(40)],
  refs: [
    { name: 'refs/heads/main', target: 'a'.repeat(40) },
    { name: 'refs/tags/v1', target: 'b'.repeat(40) },
  ],
};
const commitId = (index: number): string => index.toString(16).padStart(40, '0');

/** Evidence whose excerpts mix one- to four-byte characters in lengths that put them across every read boundary. */
function makeEvidence(count: number): Evidence[] {
  return Array.from({ length: count }, (_, index) => ({
    assistant: 'claude-code',
    signature: 'claude-code/co-author-trailer',
    kind: 'commit-trailer',
    strength: 'strong',
    location: { repository: '/repo', commit: commitId(index), line: 3 },
    excerpt: `Co-Authored-By: Claude ${'é漢😀'.repeat(index % 97)}${'x'.repeat(index % 13)}`,
    fingerprint: `f${index}`,
  }));
}

async function readAll(file: string, withContaining: boolean): Promise<{ evidence: Evidence[]; lines: string[]; reader: CacheReader }> {
  const reader = await CacheReader.open(file);
  if (!reader) throw new Error(`${file} did not open`);
  expect(await reader.readRefs()).toEqual(refs);
  const evidence: Evidence[] = [];
  const lines: string[] = [];
  for await (const batch of reader.evidence(withContaining)) {
    evidence.push(...batch.evidence);
    lines.push(...batch.lines);
  }
  return { evidence, lines, reader };
}

describe('the history cache file', () => {
  const file = join(folder, 'big.ndjson');
  const evidence = makeEvidence(9000);
  const containing = new Map(evidence.map((item, index) => [item.location.commit!, index % 3 === 0 ? ['refs/heads/main', 'refs/tags/v1'] : ['refs/heads/main']]));

  it('reads back more than a megabyte of evidence and containing refs exactly as written', async () => {
    const writer = await CacheWriter.start(file, header, refs);
    for (const item of evidence) writer!.add(item);
    await writer!.commit(12345, containing);
    expect(statSync(file).size).toBeGreaterThan(2 * 1024 * 1024);
    const read = await readAll(file, true);
    expect(read.evidence).toEqual(evidence);
    expect(read.lines.map((line) => JSON.parse(line) as unknown)).toEqual(evidence);
    expect(read.reader.commits).toBe(12345);
    expect(read.reader.containing).toEqual(containing);
  });

  it('leaves the containing refs out when they were not asked for or not written', async () => {
    expect((await readAll(file, false)).reader.containing).toBeUndefined();
    const bare = join(folder, 'bare.ndjson');
    const writer = await CacheWriter.start(bare, header, refs);
    writer!.add(evidence[0]!);
    await writer!.commit(1, undefined);
    expect((await readAll(bare, true)).reader.containing).toBeUndefined();
  });

  it('never passes a file cut short anywhere for a complete one', async () => {
    const whole = readFileSync(file);
    const cut = join(folder, 'cut.ndjson');
    for (const end of [whole.length - 2, whole.length - 40, Math.floor(whole.length / 2), 16 * 1024 + 3, 1024 * 1024 + 16 * 1024 + 1]) {
      writeFileSync(cut, whole.subarray(0, end));
      const reader = await CacheReader.open(cut);
      const drain = async (): Promise<void> => {
        for await (const batch of reader!.evidence(true)) void batch;
      };
      await expect(drain(), `cut at ${end}`).rejects.toBeInstanceOf(HistoryCacheError);
    }
  });
});
