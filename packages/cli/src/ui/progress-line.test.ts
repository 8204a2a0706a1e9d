/** @fileoverview Tests for the live progress line: phases, a total with rate and time left where one is known, the rate alone where not, width and color. */
import { describe, expect, test } from 'vitest';
import { formatFailedLine, formatProgressLine } from './progress-line.js';

const history = (commitsScanned: number, elapsedMs: number, findings = 0) => ({ phase: 'history' as const, commitsScanned, elapsedMs, findings });

describe('formatProgressLine', () => {
  test('names the phase before history, with findings once there are some', () => {
    expect(formatProgressLine({ phase: 'refs', commitsScanned: 0, elapsedMs: 0, findings: 0 })).toBe('… Reading branch and notes refs');
    expect(formatProgressLine({ phase: 'paths', commitsScanned: 0, elapsedMs: 5, findings: 1 })).toBe('… Checking files, 1 finding');
  });

  test('shows the commits so far, the rate and the findings when no total is known', () => {
    expect(formatProgressLine(history(12400, 400, 3))).toBe('… Scanning history: 12,400 commits (31,000/s), 3 findings');
    expect(formatProgressLine(history(1, 0, 1))).toBe('… Scanning history: 1 commit, 1 finding');
  });

  test('shows commits out of the expected total, and the time left once the rate has run for a second', () => {
    expect(formatProgressLine(history(12400, 400, 3), { expectedCommits: 100000 })).toBe('… Scanning history: 12,400 / 100,000 commits (31,000/s), 3 findings');
    expect(formatProgressLine(history(25000, 1000), { expectedCommits: 100000 })).toBe('… Scanning history: 25,000 / 100,000 commits (25,000/s, 3 s left)');
    expect(formatProgressLine(history(10000, 2000), { expectedCommits: 1000000 })).toBe('… Scanning history: 10,000 / 1,000,000 commits (5,000/s, 3 min 18 s left)');
    expect(formatProgressLine(history(99999, 4000), { expectedCommits: 100000 })).toBe('… Scanning history: 99,999 / 100,000 commits (25,000/s, 1 s left)');
  });

  test('drops a total that the scan has already passed (a commit-graph older than the newest commits)', () => {
    expect(formatProgressLine(history(5000, 2000), { expectedCommits: 4000 })).toBe('… Scanning history: 5,000 commits (2,500/s)');
  });

  test('says when done what was scanned and how long it took, leaving the totals to the report', () => {
    expect(formatProgressLine({ phase: 'done', commitsScanned: 10004, elapsedMs: 270, findings: 111 }, { expectedCommits: 20000 })).toBe('✔ Scanned 10,004 commits in 0.3 s');
    expect(formatFailedLine()).toBe('✘ Scan failed');
  });

  test('fits the terminal, one column short so the line never wraps', () => {
    const line = formatProgressLine(history(12400, 400, 3), { expectedCommits: 100000, columns: 40 });
    expect(line).toBe('… Scanning history: 12,400 / 100,000 c…');
    expect(line).toHaveLength(39);
    expect(formatProgressLine(history(12400, 400, 3), { columns: 120 })).toBe('… Scanning history: 12,400 commits (31,000/s), 3 findings');
  });

  test('colors the marker and dims the rate, and cuts by visible characters, not escape bytes', () => {
    expect(formatProgressLine(history(12400, 400, 3), { color: true })).toBe('\x1b[36m… \x1b[39mScanning history: 12,400 commits\x1b[2m (31,000/s)\x1b[22m, 3 findings');
    expect(formatProgressLine(history(12400, 400, 3), { color: true, columns: 36 })).toBe('\x1b[36m… \x1b[39mScanning history: 12,400 commits\x1b[2m…\x1b[22m');
    expect(formatFailedLine({ color: true })).toBe('\x1b[31m✘ \x1b[39mScan failed');
  });
});
