/** @fileoverview Tests for the JSON report: the golden file, key order, and fields that appear only when they apply. */
import { describe, expect, test } from 'vitest';
import type { Finding } from '../model/finding.js';
import { expectGolden } from '../../../../test/helpers/report/golden.js';
import { renderJson } from './json.js';
import { SAMPLE_SCAN, SAMPLE_TOOL } from '../../../../test/helpers/report/sample-scan.js';

function withKeysReversed<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).reverse()) as T;
}

describe('renderJson', () => {
  test('renders the sample scan as the golden file', () => {
    expectGolden('json-basic.json', renderJson(SAMPLE_SCAN, { tool: SAMPLE_TOOL }));
  });

  test('writes keys in the same order whatever order the scan built them in', () => {
    const [first, ...rest] = SAMPLE_SCAN.findings as [Finding, ...Finding[]];
    const shuffled = withKeysReversed({ ...first, location: withKeysReversed(first.location) });
    const summary = { ...SAMPLE_SCAN.summary, findings: { info: 1, warn: 1, block: 1 } };
    expect(renderJson({ ...SAMPLE_SCAN, summary, findings: [shuffled, ...rest] }, { tool: SAMPLE_TOOL })).toBe(renderJson(SAMPLE_SCAN, { tool: SAMPLE_TOOL }));
  });

  test('includes the range and a finding date only when they are set', () => {
    const report = JSON.parse(renderJson({ ...SAMPLE_SCAN, target: { kind: 'repository', path: '/work/repo', isBare: false, history: true, range: 'main..HEAD' } }, { tool: SAMPLE_TOOL }));
    expect(report.target).toEqual({ kind: 'repository', path: '/work/repo', isBare: false, range: 'main..HEAD', history: true });
    expect(report.findings.map((finding: { date?: string }) => finding.date)).toEqual([undefined, undefined, '2025-11-03T14:22:09+01:00']);
    expect(Object.keys(JSON.parse(renderJson(SAMPLE_SCAN, { tool: SAMPLE_TOOL })).target)).toEqual(['kind', 'path', 'isBare', 'history']);
  });

  test('ends with a newline and indents with two spaces', () => {
    const text = renderJson(SAMPLE_SCAN, { tool: SAMPLE_TOOL });
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 2,');
  });
});
