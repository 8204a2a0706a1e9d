/** @fileoverview Tests for the interactive scan view following a scan that is already running. */
import { stripVTControlCharacters } from 'node:util';
import type { RepositoryScan, ScanOptions } from '@aiguard/core';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, test } from 'vitest';
import { startLiveScan } from './live-scan.js';
import { ScanApp } from './ScanApp.js';

let app: ReturnType<typeof render> | undefined;
afterEach(() => app?.unmount());

/** The last frame drawn; after the view exits, the one it left on the terminal. */
const shown = (): string => stripVTControlCharacters(app!.frames.filter((frame) => frame.trim() !== '').at(-1) ?? '');

const tick = (ms = 30): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A scan that reports history progress, then finishes when `finish` is called (or fails with `fail`). */
function controlledScan() {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const scan = (options: ScanOptions): Promise<RepositoryScan> =>
    new Promise((resolve, reject) => {
      options.onProgress?.({ phase: 'history', commitsScanned: 1200, findings: 4, elapsedMs: 100 });
      finish = () => {
        options.onProgress?.({ phase: 'done', commitsScanned: 3000, findings: 9, elapsedMs: 250 });
        resolve({} as RepositoryScan);
      };
      fail = reject;
    });
  return { scan, finish: () => finish(), fail: (error: Error) => fail(error) };
}

describe('ScanApp', () => {
  test('shows the progress the scan reported before the view mounted, then the final line', async () => {
    const control = controlledScan();
    const live = startLiveScan({ path: '/repo' }, control.scan);
    app = render(<ScanApp live={live} />);
    await tick();
    expect(stripVTControlCharacters(app.lastFrame() ?? '')).toBe('… Scanning history: 1,200 commits (12,000/s), 4 findings');
    control.finish();
    await tick();
    expect(shown()).toBe('✔ Scanned 3,000 commits in 0.3 s');
  });

  test('says the scan failed instead of a progress line', async () => {
    const control = controlledScan();
    const live = startLiveScan({ path: '/repo' }, control.scan);
    app = render(<ScanApp live={live} />);
    control.fail(new Error('git exploded'));
    await tick();
    expect(shown()).toBe('✘ Scan failed');
    await expect(live.result).rejects.toThrow('git exploded');
  });
});
