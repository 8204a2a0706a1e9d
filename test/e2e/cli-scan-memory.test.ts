/**
 * @fileoverview `aiguard scan` memory stays flat as history grows: a 20,000- and a 40,000-commit history made with
 * `git fast-import` (bench/generate-history.mjs) must both scan under the same peak-RSS bound.
 *
 * Why 150 MiB: Node 24 alone peaks near 40 MiB and the CLI with core loaded near 55 MiB; a streaming scan measured
 * ~88 MiB at both sizes (and ~94 MiB at 100,000 commits), while buffering `git log` whole would grow by roughly
 * 0.5 KiB per commit plus V8 string overhead. The same bound at 2x the commits is the flatness check; the growth
 * check below catches a leak that still fits under the bound.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- the bench script is plain JavaScript without type declarations.
import { generateHistory } from '../../bench/generate-history.mjs';
import { runCliMeasured } from '../helpers/peak-rss.js';

const BOUND_MIB = 150;
const SMALL = 20_000;
const LARGE = 2 * SMALL;

describe('aiguard scan memory on long histories', () => {
  let root: string;
  const peaks: Record<number, number> = {};

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'aiguard-history-'));
    await (generateHistory as (dir: string, count: number) => Promise<string>)(join(root, `h${SMALL}`), SMALL);
    await (generateHistory as (dir: string, count: number) => Promise<string>)(join(root, `h${LARGE}`), LARGE);
  }, 180_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([SMALL, LARGE])(`scans %i commits under ${BOUND_MIB} MiB peak RSS`, async (count) => {
    const run = await runCliMeasured(['scan', join(root, `h${count}`), '--format', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    peaks[count] = run.peakRssMiB;
    console.info(`aiguard scan of ${count} commits: peak RSS ${run.peakRssMiB.toFixed(1)} MiB (${run.method})`);
    expect(run.peakRssMiB).toBeGreaterThan(20);
    expect(run.peakRssMiB).toBeLessThan(BOUND_MIB);
  }, 180_000);

  it('grows by less than a third when the history doubles', () => {
    expect(Object.keys(peaks)).toHaveLength(2);
    expect(peaks[LARGE]! / peaks[SMALL]!).toBeLessThan(4 / 3);
  });
});
