/** @fileoverview Tests for streamed reports: piece by piece they give the buffered text, for no findings and for many. */
import { describe, expect, test } from 'vitest';
import type { Finding } from '../model/finding.js';
import type { ScanResult } from '../model/scan-result.js';
import { SAMPLE_ASSISTANTS, SAMPLE_SCAN, SAMPLE_TOOL } from '../../../../test/helpers/report/sample-scan.js';
import { openCodeQuality } from './codequality.js';
import { openCsv } from './csv.js';
import { openJson } from './json.js';
import { openNdjson } from './ndjson.js';
import type { ReportStream } from './report-stream.js';
import { openSarif } from './sarif.js';

const CONTEXT = { tool: SAMPLE_TOOL, assistants: SAMPLE_ASSISTANTS, color: false };
const OPENERS = { json: openJson, ndjson: openNdjson, sarif: openSarif, csv: openCsv, codequality: openCodeQuality };
const JSON_DOCUMENTS = ['json', 'sarif', 'codequality'] as const;

/** The sample's findings repeated `times` over, each copy with its own fingerprint. */
function manyFindings(times: number): Finding[] {
  return Array.from({ length: times }, (_, i) => SAMPLE_SCAN.findings.map((finding) => ({ ...finding, fingerprint: `${finding.fingerprint.slice(0, 24)}${String(i).padStart(8, '0')}` }))).flat();
}

function streamed(stream: ReportStream, result: ScanResult): string[] {
  return [stream.begin(), ...result.findings.map((finding) => stream.finding(finding)), stream.end(result)];
}

describe.each(Object.entries(OPENERS))('the streamed %s report', (format, open) => {
  test.each([0, 1, 50])('is well formed and lists every finding once with %i copies of the sample findings', (times) => {
    const result: ScanResult = { ...SAMPLE_SCAN, findings: manyFindings(times) };
    const text = streamed(open(result, CONTEXT), result).join('');
    const count = result.findings.length;
    if ((JSON_DOCUMENTS as readonly string[]).includes(format)) {
      // Exactly JSON.stringify's own layout, so a streamed document diffs like a buffered one.
      expect(`${JSON.stringify(JSON.parse(text), null, 2)}\n`).toBe(text);
    }
    const fingerprints = result.findings.map((finding) => finding.fingerprint);
    for (const fingerprint of fingerprints) expect(text.split(fingerprint)).toHaveLength(2);
    if (format === 'json') expect(JSON.parse(text).findings).toHaveLength(count);
    if (format === 'ndjson') expect(text.trimEnd().split('\n')).toHaveLength(count + 1);
    if (format === 'csv') expect(text.split('\r\n').filter(Boolean)).toHaveLength(count + 1);
  });
});

describe('the streamed JSON report', () => {
  test('puts findings before the summary, which only the end of a scan knows', () => {
    const text = streamed(openJson(SAMPLE_SCAN, CONTEXT), SAMPLE_SCAN).join('');
    expect(Object.keys(JSON.parse(text))).toEqual(['schemaVersion', 'tool', 'run', 'target', 'policy', 'findings', 'summary']);
  });

  test('writes nothing that depends on the summary before the end', () => {
    const stream = openJson(SAMPLE_SCAN, CONTEXT);
    const before = stream.begin() + SAMPLE_SCAN.findings.map((finding) => stream.finding(finding)).join('');
    expect(before).not.toContain('"summary"');
    expect(stream.end(SAMPLE_SCAN)).toContain('"commitsScanned": 42');
  });
});

describe('the streamed SARIF report', () => {
  test('gives a rule the strictest level of its results even when the strictest comes last', () => {
    const [first] = SAMPLE_SCAN.findings as [Finding];
    const findings: Finding[] = [{ ...first, verdict: 'info' }, { ...first, verdict: 'warn' }, { ...first, verdict: 'block' }];
    const result = { ...SAMPLE_SCAN, findings };
    const log = JSON.parse(streamed(openSarif(result, CONTEXT), result).join(''));
    expect(log.runs[0].tool.driver.rules).toHaveLength(1);
    expect(log.runs[0].tool.driver.rules[0].defaultConfiguration.level).toBe('error');
    expect(log.runs[0].results.map((r: { ruleIndex: number }) => r.ruleIndex)).toEqual([0, 0, 0]);
  });
});
