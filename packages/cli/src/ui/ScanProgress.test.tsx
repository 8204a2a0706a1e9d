/** @fileoverview Tests for the live progress line, as a terminal shows it. */
import { stripVTControlCharacters } from 'node:util';
import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { ScanProgress } from './ScanProgress.js';

let app: ReturnType<typeof render> | undefined;
afterEach(() => app?.unmount());

function frame(node: ReactElement): string {
  app = render(node);
  return stripVTControlCharacters(app.lastFrame() ?? '');
}

describe('ScanProgress', () => {
  test('shows the phase, the commits so far, the rate and the findings', () => {
    expect(frame(<ScanProgress progress={{ phase: 'history', commitsScanned: 12400, elapsedMs: 400, findings: 3 }} />)).toBe(
      '… Scanning history: 12,400 commits (31,000/s), 3 findings',
    );
    expect(frame(<ScanProgress progress={{ phase: 'history', commitsScanned: 1, elapsedMs: 0, findings: 1 }} />)).toBe('… Scanning history: 1 commit, 1 finding');
  });

  test('says when done what was scanned and how long it took, leaving the totals to the report', () => {
    expect(frame(<ScanProgress progress={{ phase: 'done', commitsScanned: 10004, elapsedMs: 270, findings: 111 }} />)).toBe('✔ Scanned 10,004 commits in 0.3 s');
  });
});
