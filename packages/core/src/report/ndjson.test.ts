/** @fileoverview Tests for the NDJSON report: golden files, one self-contained object per line, and hostile text that must not break a line. */
import { describe, expect, test } from 'vitest';
import type { Finding } from '../model/finding.js';
import type { ScanResult } from '../model/scan-result.js';
import { SAMPLE_AUDIT } from '../../../../test/helpers/report/audit-sample.js';
import { expectGolden } from '../../../../test/helpers/report/golden.js';
import { renderJson } from './json.js';
import { renderNdjson } from './ndjson.js';
import { SAMPLE_SCAN, SAMPLE_TOOL } from '../../../../test/helpers/report/sample-scan.js';

const context = { tool: SAMPLE_TOOL };

function parseLines(text: string): Record<string, any>[] {
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line));
}

describe('renderNdjson', () => {
  test('renders the sample scan as the golden file', () => {
    expectGolden('ndjson-basic.ndjson', renderNdjson(SAMPLE_SCAN, context));
  });

  test('renders the sample audit as the golden file', () => {
    expectGolden('ndjson-audit.ndjson', renderNdjson(SAMPLE_AUDIT, context));
  });

  test('writes one finding line per finding, then one summary line, each with a type', () => {
    const lines = parseLines(renderNdjson(SAMPLE_SCAN, context));
    expect(lines.map((line) => line.type)).toEqual(['finding', 'finding', 'finding', 'summary']);
    expect(lines.at(-1)!.summary).toEqual(JSON.parse(renderJson(SAMPLE_SCAN, { tool: SAMPLE_TOOL })).summary);
  });

  test("gives each finding line the JSON report's finding fields, plus the tool, run, target and policy layers", () => {
    const json = JSON.parse(renderJson(SAMPLE_SCAN, { tool: SAMPLE_TOOL }));
    const lines = parseLines(renderNdjson(SAMPLE_SCAN, context)).slice(0, -1);
    lines.forEach((line, index) => {
      const { type, schemaVersion, tool, run, target, policy, ...finding } = line;
      expect(finding).toEqual(json.findings[index]);
      expect({ type, schemaVersion, tool, run, target, policy }).toEqual({ type: 'finding', schemaVersion: 2, tool: json.tool, run: json.run, target: json.target, policy: json.policy });
      expect(run).toMatchObject({ runId: SAMPLE_SCAN.run!.runId, machineId: SAMPLE_SCAN.run!.machineId, aiguardVersion: SAMPLE_TOOL.version });
    });
    expect(lines[0]!.policy).toEqual({ found: true, layers: [{ layer: 'repository', file: '/work/repo/.aiguard.json' }] });
  });

  test('gives audit finding lines the host, os, user and audit source, and the summary line the audit block', () => {
    const lines = parseLines(renderNdjson(SAMPLE_AUDIT, context));
    expect(lines.slice(0, -1).map(({ host, os, user, source }) => ({ host, os, user, source }))).toEqual([
      { host: 'ws-042', os: 'linux 6.1.0', user: 'ana', source: 'home' },
      { host: 'ws-042', os: 'linux 6.1.0', user: 'bea', source: 'extensions' },
      { host: 'ws-042', os: 'linux 6.1.0', user: 'ana', source: 'processes' },
      { host: 'ws-042', os: 'linux 6.1.0', user: undefined, source: 'repositories' },
    ]);
    expect(lines.at(-1)!.audit).toEqual(JSON.parse(renderJson(SAMPLE_AUDIT, { tool: SAMPLE_TOOL })).audit);
    expect(lines.at(-1)!.policy.layers.map((layer: { layer: string }) => layer.layer)).toEqual(['managed', 'user']);
  });

  test('leaves the audit fields out of a repository scan', () => {
    for (const line of parseLines(renderNdjson(SAMPLE_SCAN, context))) {
      expect(Object.keys(line)).not.toContain('host');
      expect(Object.keys(line)).not.toContain('source');
    }
  });

  test('keeps each record on one line whatever line breaks the scanned text holds, and the text round-trips', () => {
    const hostile = 'a\nb\rc\u2028d\u2029e\u0085f\u0000g"h\\i\uD800';
    const finding: Finding = { ...SAMPLE_SCAN.findings[0]!, excerpt: hostile, location: { path: hostile } };
    const text = renderNdjson({ ...SAMPLE_SCAN, findings: [finding] }, context);
    expect(text.match(/[\r\u2028\u2029\u0085]/)).toBeNull();
    const lines = parseLines(text);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.evidence).toBe(hostile);
    expect(lines[0]!.location.path).toBe(hostile);
  });

  test('writes only the summary line when there is nothing to report', () => {
    const empty: ScanResult = { ...SAMPLE_SCAN, findings: [], summary: { ...SAMPLE_SCAN.summary, findings: { block: 0, warn: 0, info: 0 }, byAssistant: {} } };
    expect(parseLines(renderNdjson(empty, context)).map((line) => line.type)).toEqual(['summary']);
  });
});
