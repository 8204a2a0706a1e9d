/** @fileoverview Tests for the JUnit report: golden files, how verdicts map to test outcomes, and well-formed XML from hostile evidence. */
import { describeDecidedBy } from '../policy/describe-decision.js';
import { describe, expect, test } from 'vitest';
import type { Finding } from '../model/finding.js';
import type { ScanResult } from '../model/scan-result.js';
import { SAMPLE_AUDIT } from '../../../../test/helpers/report/audit-sample.js';
import { expectGolden } from '../../../../test/helpers/report/golden.js';
import { JUNIT_CLEAN_TESTCASE, renderJunit, stripNonXmlChars } from './junit.js';
import { SAMPLE_ASSISTANTS, SAMPLE_SCAN, SAMPLE_SCAN_WITHOUT_POLICY, SAMPLE_TOOL } from '../../../../test/helpers/report/sample-scan.js';
import { elementsNamed, parseXml, type XmlElement } from '../../../../test/helpers/report/xml-check.js';

const context = { tool: SAMPLE_TOOL, assistants: SAMPLE_ASSISTANTS };
const EMPTY: ScanResult = { ...SAMPLE_SCAN, findings: [], summary: { ...SAMPLE_SCAN.summary, findings: { block: 0, warn: 0, info: 0 }, byAssistant: {} } };

/** Each test case's name and outcome as a CI test view reads it. */
function outcomes(root: XmlElement): [string, string][] {
  return elementsNamed(root, 'testcase').map((testcase) => {
    const kinds = testcase.children.map((child) => child.name).filter((name) => name !== 'system-out');
    return [testcase.attributes.name!, kinds.includes('failure') ? 'failed' : kinds.includes('skipped') ? 'skipped' : 'passed'];
  });
}

function suiteProperties(suite: XmlElement): [string, string][] {
  return elementsNamed(suite, 'property').map((property) => [property.attributes.name!, property.attributes.value!]);
}

describe('renderJunit', () => {
  test('renders the sample scan as the golden file', () => {
    expectGolden('junit-basic.xml', renderJunit(SAMPLE_SCAN, context));
  });

  test('renders the sample audit as the golden file', () => {
    expectGolden('junit-audit.xml', renderJunit(SAMPLE_AUDIT, context));
  });

  test('renders a scan with no findings as the golden file: one passing case, so the report is never empty', () => {
    const xml = renderJunit(EMPTY, context);
    expectGolden('junit-clean.xml', xml);
    const root = parseXml(xml);
    expect(outcomes(root)).toEqual([[JUNIT_CLEAN_TESTCASE, 'passed']]);
    expect(root.attributes).toMatchObject({ tests: '1', failures: '0', skipped: '0' });
  });

  test('fails a blocking finding, skips a warning and passes an info finding, and adds the clean case only when nothing blocks', () => {
    const root = parseXml(renderJunit(SAMPLE_SCAN, context));
    expect(outcomes(root)).toEqual([
      ['claude-code/claude-md at CLAUDE.md', 'failed'],
      ['claude-code/branch at refs/heads/claude/x-3T29K', 'skipped'],
      ['claude-code/co-author-trailer at commit 3f2a9c1d0e4b8a7f6e5d4c3b2a1908f7e6d5c4b3 line 5', 'passed'],
    ]);
    expect(outcomes(parseXml(renderJunit(SAMPLE_SCAN_WITHOUT_POLICY, context))).at(-1)).toEqual([JUNIT_CLEAN_TESTCASE, 'passed']);
  });

  test('counts tests, failures and skips per suite and in total, and groups suites by assistant', () => {
    const other: Finding = { ...SAMPLE_SCAN.findings[0]!, assistant: 'cursor', signature: 'cursor/rules', location: { path: '.cursor/rules' } };
    const root = parseXml(renderJunit({ ...SAMPLE_SCAN, findings: [...SAMPLE_SCAN.findings, other] }, context));
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toMatchObject({ tests: '4', failures: '2', errors: '0', skipped: '1' });
    const suites = root.children.map(({ name, attributes }) => [name, attributes.name, attributes.tests, attributes.failures, attributes.skipped]);
    expect(suites).toEqual([
      ['testsuite', 'Claude Code (Anthropic)', '3', '1', '1'],
      ['testsuite', 'cursor', '1', '1', '0'],
    ]);
    for (const suite of root.children) expect(elementsNamed(suite, 'testcase')).toHaveLength(Number(suite.attributes.tests));
  });

  test('names the target, the tool and every policy layer that applied in each suite', () => {
    const root = parseXml(renderJunit(SAMPLE_AUDIT, context));
    expect(suiteProperties(root.children[0]!)).toEqual([
      ['aiguard.target', 'workstation ws-042 (linux 6.1.0)'],
      ['aiguard.version', '0.1.0'],
      ['aiguard.catalogVersion', '2026.11.22'],
      ['aiguard.policy', 'managed /etc/aiguard/policy.json'],
      ['aiguard.policy', 'user /home/ana/.config/aiguard/policy.json'],
    ]);
    expect(root.children[0]!.attributes.hostname).toBe('ws-042');
    const noPolicy = parseXml(renderJunit(SAMPLE_SCAN_WITHOUT_POLICY, context));
    expect(suiteProperties(noPolicy.children[0]!).at(-1)).toEqual(['aiguard.policy', 'none (no policy found: every finding is reported as a warning)']);
  });

  test('puts the evidence, deciding layer and fingerprint in the failure text', () => {
    const failure = elementsNamed(parseXml(renderJunit(SAMPLE_SCAN, context)), 'failure')[0]!;
    expect(failure.attributes).toEqual({ type: 'block', message: 'Blocked: Claude Code (Anthropic) evidence at CLAUDE.md' });
    expect(failure.text).toContain('Decided by: repository policy /work/repo/.aiguard.json (assistants.claude-code: block)\n');
    expect(failure.text).toContain('Fingerprint: 0d1f6c2b9a8e7d6c5b4a39281706f5e4');
  });

  test('escapes markup and drops characters XML 1.0 forbids in hostile evidence, paths and refs; the rest parses back unchanged', () => {
    const hostile = 'x<y>&z "q" \'a\' ]]> <!-- c --> <![CDATA[d]]> &amp; \u0000\u0001\u0008\u000B\u000C\u001B[31m\u007F tab\there\nline\r\nend \uD800 \uDFFF \uFFFE\uFFFF 😀 \u{10FFFF}';
    const kept = 'x<y>&z "q" \'a\' ]]> <!-- c --> <![CDATA[d]]> &amp; [31m\u007F tab\there\nline\r\nend    😀 \u{10FFFF}';
    expect(stripNonXmlChars(hostile)).toBe(kept);
    const blocked: Finding = { ...SAMPLE_SCAN.findings[0]!, assistant: hostile, excerpt: hostile, location: { path: hostile }, decidedBy: { layer: 'repository', file: hostile, rule: hostile } };
    const warned: Finding = { ...SAMPLE_SCAN.findings[1]!, excerpt: hostile, location: { ref: hostile } };
    const xml = renderJunit({ ...SAMPLE_SCAN, findings: [blocked, warned] }, context);
    const root = parseXml(xml);
    const [first, second] = elementsNamed(root, 'testcase');
    expect(first!.attributes.name).toBe(`claude-code/claude-md at ${kept}`);
    expect(first!.attributes.classname).toBe(`aiguard.${kept}`);
    expect(first!.attributes.file).toBe(kept);
    expect(root.children[0]!.attributes.name).toBe(kept);
    expect(elementsNamed(first!, 'failure')[0]!.text).toContain(`Evidence: ${kept}\nStrength`);
    expect(elementsNamed(second!, 'skipped')[0]!.attributes.message).toBe(`Warning: Claude Code (Anthropic) evidence at ${kept}`);
    expect(elementsNamed(second!, 'system-out')[0]!.text).toContain(`Decided by: ${describeDecidedBy(SAMPLE_SCAN.findings[1]!.decidedBy)}`);
    expect(xml).not.toContain(']]>');
    expect(xml).not.toContain('<!--');
  });

  test('the XML check rejects what the renderer must never write', () => {
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a>\u0001</a>')).toThrow(/U\+1 is not allowed/);
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a>&#1;</a>')).toThrow(/not well-formed/);
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a b="<"/>')).toThrow(/raw </);
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a>x & y</a>')).toThrow(/not well-formed/);
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a><b></a>')).toThrow(/not well-formed/);
  });
});
