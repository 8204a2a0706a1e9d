/** @fileoverview Tests that the progress painter draws at a bounded rate however often the scan reports, and ends on the final line. */
import type { ScanProgress } from '@aiguard/core';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { FRAME_INTERVAL_MS, startProgressPainter, type ProgressSource } from './progress-painter.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A terminal that keeps every write. */
function recordingTerminal(columns = 120) {
  const writes: string[] = [];
  return { writes, columns, write: (text: string) => writes.push(text) };
}

/** Progress the test moves by hand, as a scan's onProgress would. */
function movingSource(): ProgressSource & { latest: ScanProgress; expectedCommits: number | undefined } {
  return { latest: { phase: 'refs', commitsScanned: 0, findings: 0, elapsedMs: 0 }, expectedCommits: undefined };
}

describe('startProgressPainter', () => {
  test('draws the first frame at once, before any timer fires', () => {
    const terminal = recordingTerminal();
    startProgressPainter(movingSource(), terminal, { color: false }).stop('done');
    expect(terminal.writes[0]).toBe('\r\x1b[2K… Reading branch and notes refs');
  });

  test('draws at most one frame per interval while the scan reports every millisecond', () => {
    const terminal = recordingTerminal();
    const source = movingSource();
    const painter = startProgressPainter(source, terminal, { color: false });
    const seconds = 3;
    for (let ms = 1; ms <= seconds * 1000; ms++) {
      source.latest = { phase: 'history', commitsScanned: ms * 40, findings: Math.floor(ms / 100), elapsedMs: ms };
      vi.advanceTimersByTime(1);
    }
    // The first frame plus one per interval: 31 frames for 3,000 progress reports.
    expect(painter.frames).toBe(1 + (seconds * 1000) / FRAME_INTERVAL_MS);
    expect(terminal.writes.at(-1)).toBe('\r\x1b[2K… Scanning history: 120,000 commits (40,000/s), 30 findings');
    painter.stop('✔ Scanned 120,000 commits in 3.0 s');
    expect(terminal.writes.at(-1)).toBe('\r\x1b[2K✔ Scanned 120,000 commits in 3.0 s\n');
  });

  test('draws nothing while the line stays the same, and nothing at all after it is stopped', () => {
    const terminal = recordingTerminal();
    const source = movingSource();
    const painter = startProgressPainter(source, terminal, { color: false });
    vi.advanceTimersByTime(10 * FRAME_INTERVAL_MS);
    expect(painter.frames).toBe(1);
    source.expectedCommits = 500;
    source.latest = { phase: 'history', commitsScanned: 100, findings: 0, elapsedMs: 50 };
    vi.advanceTimersByTime(FRAME_INTERVAL_MS);
    expect(terminal.writes.at(-1)).toBe('\r\x1b[2K… Scanning history: 100 / 500 commits (2,000/s)');
    painter.stop('✔ Scanned 100 commits in 0.1 s');
    const written = terminal.writes.length;
    source.latest = { phase: 'history', commitsScanned: 400, findings: 0, elapsedMs: 200 };
    vi.advanceTimersByTime(10 * FRAME_INTERVAL_MS);
    expect(terminal.writes).toHaveLength(written);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('cuts each frame to the terminal width read at the time of drawing', () => {
    const terminal = recordingTerminal(30);
    const source = movingSource();
    source.latest = { phase: 'history', commitsScanned: 12400, findings: 3, elapsedMs: 400 };
    const painter = startProgressPainter(source, terminal, { color: false });
    expect(terminal.writes[0]).toBe('\r\x1b[2K… Scanning history: 12,400 c…');
    painter.stop('');
  });
});
