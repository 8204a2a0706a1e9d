/** @fileoverview The JUnit XML report, for the test views of GitLab, Jenkins and Azure DevOps. */
import type { Finding, Verdict } from '../model/finding.js';
import { describeModel } from './finding-model.js';
import type { ScanResult } from '../model/scan-result.js';
import { describeDecidedBy } from '../policy/describe-decision.js';
import { lookUpCatalog, type CatalogLookup } from '../catalog-lookup.js';
import { describePlace } from './finding-place.js';
import type { ReportContext } from './reporter.js';
import type { ReportHead } from './report-stream.js';
import { groupByAssistant } from './finding-groups.js';

/** The one passing test case written when no finding blocks, so the report is never empty (Jenkins fails on an empty one). */
export const JUNIT_CLEAN_TESTCASE = 'no blocking findings';

// XML 1.0 `Char`: anything else (C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF) makes the document ill-formed.
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const VERDICT_WORDS: Record<Verdict, string> = { block: 'Blocked', warn: 'Warning', info: 'Info' };

/**
 * Renders a scan result as JUnit XML: one `<testsuite>` per assistant with findings, in the order the findings
 * come (blocking first), and one `<testcase>` per finding, named by signature and place, with classname
 * `aiguard.<assistant>`. A `block` finding fails (`<failure type="block">`). A `warn` finding is `<skipped>` with
 * its message: CI test views show skipped cases apart from passes, so a warning is seen but never fails the
 * pipeline. An `info` finding passes. Every case carries its details (evidence, strength, deciding layer,
 * fingerprint) in `<failure>` text or `<system-out>`. When nothing blocks, a suite `aiguard` with the passing
 * case {@link JUNIT_CLEAN_TESTCASE} follows. Each suite's `<properties>` name the target, the tool and every
 * policy layer that applied. Text is XML-escaped, and characters XML 1.0 cannot hold are dropped, so hostile
 * evidence always yields a well-formed document.
 *
 * @example
 * ```xml
 * <?xml version="1.0" encoding="UTF-8"?>
 * <testsuites name="aiguard" tests="3" failures="1" errors="0" skipped="1" time="0">
 *   <testsuite name="Claude Code (Anthropic)" tests="3" failures="1" errors="0" skipped="1" time="0">
 *     <properties>
 *       <property name="aiguard.target" value="repository /work/repo"/>
 *       <property name="aiguard.policy" value="repository /work/repo/.aiguard.json"/>
 *     </properties>
 *     <testcase classname="aiguard.claude-code" name="claude-code/claude-md at CLAUDE.md" file="CLAUDE.md" time="0">
 *       <failure type="block" message="Blocked: Claude Code (Anthropic) evidence at CLAUDE.md">…</failure>
 *     </testcase>
 *     <testcase classname="aiguard.claude-code" name="claude-code/branch at refs/heads/claude/x-3T29K" time="0">
 *       <skipped message="Warning: Claude Code (Anthropic) evidence at refs/heads/claude/x-3T29K"/>
 *       <system-out>…</system-out>
 *     </testcase>
 *   </testsuite>
 * </testsuites>
 * ```
 */
export function renderJunit(result: ScanResult, context: Pick<ReportContext, 'tool' | 'assistants'>): string {
  const catalog = lookUpCatalog(context.assistants);
  const suites = [...groupByAssistant(result.findings)].map(([assistant, findings]) => ({
    assistant,
    counts: { tests: findings.length, failures: count(findings, 'block'), skipped: count(findings, 'warn') },
    cases: findings.map((finding) => `${junitTestcase(finding, result, catalog)}\n`),
  }));
  return [...junitDocument(result, context, suites)].join('');
}

/** One assistant's suite: its counts, and its test cases as text (each case ends with a newline), in report order. */
export interface JunitSuite {
  readonly assistant: string;
  readonly counts: JunitCounts;
  readonly cases: Iterable<string>;
}

/**
 * The JUnit document in pieces, around suites whose cases may come from anywhere (kept findings, or files a
 * streamed scan spooled them to): the same text {@link renderJunit} gives, since every suite opens with its counts.
 */
export function* junitDocument(head: ReportHead, { tool, assistants }: Pick<ReportContext, 'tool' | 'assistants'>, suites: readonly JunitSuite[]): Generator<string> {
  const catalog = lookUpCatalog(assistants);
  const properties = suiteProperties(head, tool);
  const all: { name: string; counts: JunitCounts; cases: Iterable<string> }[] = suites.map((suite) => ({ name: catalog.assistantLabel(suite.assistant), counts: suite.counts, cases: suite.cases }));
  if (suites.every((suite) => suite.counts.failures === 0)) {
    all.push({ name: 'aiguard', cases: [`    <testcase classname="aiguard" name="${JUNIT_CLEAN_TESTCASE}" time="0"/>\n`], counts: { tests: 1, failures: 0, skipped: 0 } });
  }
  const total = all.reduce((sum, { counts }) => ({ tests: sum.tests + counts.tests, failures: sum.failures + counts.failures, skipped: sum.skipped + counts.skipped }), { tests: 0, failures: 0, skipped: 0 });
  const hostname = head.target.kind === 'workstation' ? ` hostname="${xmlAttribute(head.target.host)}"` : '';
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="aiguard"${countAttributes(total)}>\n`;
  for (const suite of all) {
    yield `  <testsuite name="${xmlAttribute(suite.name)}"${countAttributes(suite.counts)}${hostname}>\n${properties}\n`;
    yield* suite.cases;
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
}

/** A suite's counts, as its attributes give them. */
export interface JunitCounts {
  readonly tests: number;
  readonly failures: number;
  readonly skipped: number;
}

/** One `<testcase>` element for a finding, without a trailing newline. */
export function junitTestcase(finding: Finding, head: ReportHead, catalog: CatalogLookup): string {
  const isAudit = head.target.kind === 'workstation';
  const place = describePlace(finding, { commitLength: 40, withRepository: isAudit });
  const user = finding.location.user !== undefined ? ` (user ${finding.location.user})` : '';
  const name = `${finding.signature} at ${place}${user}`;
  // GitLab links a case to its file; only repository files have a path relative to the checkout.
  const file = !isAudit && finding.location.path !== undefined ? ` file="${xmlAttribute(finding.location.path)}"` : '';
  const message = `${VERDICT_WORDS[finding.verdict]}: ${catalog.assistantLabel(finding.assistant)} evidence at ${place}${user}`;
  const details = [
    `${catalog.assistantLabel(finding.assistant)}: ${catalog.signatureDescription(finding.signature)}`,
    `Verdict: ${finding.verdict}`,
    `Where: ${place}${user}`,
    `Evidence: ${finding.excerpt}`,
    `Strength: ${finding.strength}`,
    ...(describeModel(finding) ? [`Model: ${describeModel(finding)}`] : []),
    ...(finding.signatures && finding.signatures.length > 1 ? [`Signatures: ${finding.signatures.map((seen) => seen.signature).join(', ')}`] : []),
    `Decided by: ${describeDecidedBy(finding.decidedBy)}`,
    ...(finding.date !== undefined ? [`Date: ${finding.date}`] : []),
    `Fingerprint: ${finding.fingerprint}`,
  ].join('\n');
  const open = `    <testcase classname="${xmlAttribute(`aiguard.${finding.assistant}`)}" name="${xmlAttribute(name)}"${file} time="0">`;
  const body =
    finding.verdict === 'block'
      ? [`      <failure type="block" message="${xmlAttribute(message)}">${xmlText(details)}</failure>`]
      : [...(finding.verdict === 'warn' ? [`      <skipped message="${xmlAttribute(message)}"/>`] : []), `      <system-out>${xmlText(details)}</system-out>`];
  return [open, ...body, '    </testcase>'].join('\n');
}

function suiteProperties(head: ReportHead, tool: ReportContext['tool']): string {
  const { target, policy } = head;
  const targetText = target.kind === 'workstation' ? `workstation ${target.host} (${target.os})` : `repository ${target.path}`;
  const entries: [string, string][] = [
    ['aiguard.target', targetText],
    ['aiguard.version', tool.version],
    ['aiguard.catalogVersion', tool.catalogVersion],
    ...(policy.found ? policy.layers.map(({ layer, file }): [string, string] => ['aiguard.policy', `${layer} ${file}`]) : [['aiguard.policy', 'none (no policy found: every finding is reported as a warning)'] as [string, string]]),
  ];
  return ['    <properties>', ...entries.map(([name, value]) => `      <property name="${xmlAttribute(name)}" value="${xmlAttribute(value)}"/>`), '    </properties>'].join('\n');
}

function countAttributes({ tests, failures, skipped }: JunitCounts): string {
  return ` tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="0"`;
}

function count(findings: readonly Finding[], verdict: Verdict): number {
  return findings.filter((finding) => finding.verdict === verdict).length;
}

/** Drops characters XML 1.0 cannot hold, even as character references. */
export function stripNonXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** Element text: `&`, `<` and `>` escaped (`>` so `]]>` cannot appear); CR kept as a reference, since parsers fold raw CRs. */
function xmlText(text: string): string {
  return stripNonXmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** A double-quoted attribute value; tab, LF and CR as references, which attribute normalisation would turn into spaces. */
function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
