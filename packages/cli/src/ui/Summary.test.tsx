/** @fileoverview Tests for the end-of-scan summary and the live progress line, as a terminal shows them. */
import { stripVTControlCharacters } from 'node:util';
import { CATALOG, type ScanResult } from '@aiguard/core';
import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { ScanProgress } from './ScanProgress.js';
import { Summary } from './Summary.js';

let app: ReturnType<typeof render> | undefined;
afterEach(() => app?.unmount());

function frame(node: ReactElement): string {
  app = render(node);
  return stripVTControlCharacters(app.lastFrame() ?? '');
}

function result(block: number, warn: number, policyFile?: string): ScanResult {
  return {
    target: { kind: 'repository', path: '/work/app', isBare: false, history: true },
    policy: { found: policyFile !== undefined, layers: policyFile ? [{ layer: 'repository', file: policyFile }] : [] },
    summary: { commitsScanned: 12, refsScanned: 2, pathsScanned: 40, suppressed: 0, findings: { block, warn, info: 0 }, byAssistant: { 'claude-code': { block, warn, info: 0 } } },
    findings: [],
  };
}

describe('Summary', () => {
  test('names the assistant and its vendor, the policy layer and the blocking count, singular for one', () => {
    const text = frame(<Summary result={result(1, 1, '/work/app/.aiguard.json')} assistants={CATALOG} />);
    expect(text).toContain('Claude Code (Anthropic): 1 blocked 1 warning');
    expect(text).toContain('Policy: repository /work/app/.aiguard.json');
    expect(text).toContain('12 commits, 2 refs, 40 files scanned. 1 blocking finding.');
  });

  test('says plainly when nothing blocks and when no policy was found', () => {
    const text = frame(<Summary result={result(0, 3)} assistants={CATALOG} />);
    expect(text).toContain('3 warnings');
    expect(text).toContain('No policy found: every finding is reported as a warning.');
    expect(text).toContain('No blocking finding.');
  });
});

describe('ScanProgress', () => {
  test('shows the phase, the commits so far, the rate and the findings', () => {
    expect(frame(<ScanProgress progress={{ phase: 'history', commitsScanned: 12400, elapsedMs: 400, findings: 3 }} />)).toBe(
      '… Scanning history: 12,400 commits (31,000/s), 3 findings',
    );
    expect(frame(<ScanProgress progress={{ phase: 'done', commitsScanned: 0, elapsedMs: 0, findings: 1 }} />)).toBe('✔ Done: 0 commits, 1 finding');
  });
});
