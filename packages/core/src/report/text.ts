/** @fileoverview The plain text report for CI logs and pipes; the interactive terminal view lives in the CLI. */
import { incompleteScope } from './incomplete-history.js';
import type { Finding, Verdict } from '../model/finding.js';
import type { PolicyInfo, ScanResult, ScanSummary, ScanTarget } from '../model/scan-result.js';
import { makeExcerpt } from '../text/excerpt.js';
import { auditTextSections } from './audit-sections.js';
import { lookUpCatalog } from '../catalog-lookup.js';
import { groupByAssistant } from './finding-groups.js';
import type { ReportContext } from './reporter.js';

/** How to render the text report. */
export interface TextReportOptions {
  /** Wrap verdicts and names in ANSI colors. The caller decides (TTY, NO_COLOR, FORCE_COLOR); the renderer never looks. */
  readonly color: boolean;
}

/** The exact sentence shown when no policy file was found. */
export const NO_POLICY_NOTICE = 'No policy found: every finding is reported as a warning. Add .aiguard.json or pass --policy FILE.';

const TAGS: Record<Verdict, string> = { block: 'BLOCK', warn: 'WARN', info: 'INFO' };
const TAG_WIDTH = 5;
// A long path or ref should not push every other line's description off the screen.
const MAX_PLACE_WIDTH = 40;
const SHORT_COMMIT = 12;

const ANSI = { bold: [1, 22], dim: [2, 22], red: [31, 39], yellow: [33, 39], gray: [90, 39] } as const;
type Style = keyof typeof ANSI;
const TAG_STYLES: Record<Verdict, readonly Style[]> = { block: ['red', 'bold'], warn: ['yellow'], info: ['gray'] };

/**
 * Renders a scan result as plain text: a header naming the repository and the policy, the findings grouped by
 * assistant (one line each: verdict, where, what the signature is, and the evidence when it says more than
 * where), then the counts. Every scanned string passes through {@link makeExcerpt}, so a hostile path or ref
 * cannot write escape sequences to the terminal.
 *
 * @example
 * ```text
 * aiguard report for /work/repo
 * Policy: repository /work/repo/.aiguard.json
 *
 * Claude Code (Anthropic): 1 blocked, 1 warning, 1 info
 *   BLOCK  CLAUDE.md                  CLAUDE.md memory file
 *   WARN   refs/heads/claude/x-3T29K  claude/<slug>-<id> branch made by Claude Code on the web or the Action (a human can type it too)
 *   INFO   3f2a9c1d0e4b               Co-Authored-By trailer with Anthropic's noreply address: Co-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>
 *
 * Scanned 42 commits, 3 refs and 17 paths.
 * Findings: 1 blocked, 1 warning, 1 info; 2 suppressed by policy.
 * ```
 */
export function renderText(result: ScanResult, { assistants, ...options }: Pick<ReportContext, 'assistants'> & TextReportOptions): string {
  const paint = (text: string, ...styles: readonly Style[]): string =>
    options.color ? styles.reduce((painted, style) => `\x1b[${ANSI[style][0]}m${painted}\x1b[${ANSI[style][1]}m`, text) : text;
  const catalog = lookUpCatalog(assistants);
  // An audit spans the repositories under --root: each repository finding names its repository.
  const places = new Map(result.findings.map((finding) => [finding, place(finding, result.target.kind === 'workstation')]));
  const placeWidth = Math.min(MAX_PLACE_WIDTH, Math.max(0, ...[...places.values()].map((text) => text.length)));

  const lines = [...header(result.target, result.policy), ''];
  if (result.findings.length === 0) lines.push('No findings.', '');
  for (const [assistant, findings] of groupByAssistant(result.findings)) {
    lines.push(`${paint(catalog.assistantLabel(assistant), 'bold')}: ${countWords(countVerdicts(findings), { skipZero: true })}`);
    for (const finding of findings) {
      const tag = paint(TAGS[finding.verdict].padEnd(TAG_WIDTH), ...TAG_STYLES[finding.verdict]);
      const description = catalog.signatureDescription(finding.signature).replace(/\.$/, '');
      // A path or ref finding's evidence is its own name, already shown as where.
      const { path, ref } = finding.location;
      const evidence = finding.excerpt === (path ?? ref) || finding.excerpt === '' ? '' : `: ${paint(makeExcerpt(finding.excerpt), 'dim')}`;
      lines.push(`  ${tag}  ${places.get(finding)!.padEnd(placeWidth)}  ${description}${evidence}`.trimEnd());
    }
    lines.push('');
  }
  lines.push(...auditTextSections(result), ...footer(result.summary));
  return `${lines.join('\n')}\n`;
}

function header(target: ScanTarget, policy: PolicyInfo): string[] {
  const policyLine = policy.found ? `Policy: ${policy.layers.map((layer) => `${layer.layer} ${makeExcerpt(layer.file)}`).join(', ')}` : NO_POLICY_NOTICE;
  if (target.kind === 'workstation') return [`aiguard audit of ${makeExcerpt(target.host)} (${makeExcerpt(target.os)})`, policyLine];
  const scope = [target.isBare ? 'bare' : '', target.range ? `range ${makeExcerpt(target.range)}` : '', target.history ? '' : 'refs and paths only', ...incompleteScope(target)].filter(Boolean);
  return [`aiguard report for ${makeExcerpt(target.path)}${scope.length > 0 ? ` (${scope.join('; ')})` : ''}`, policyLine];
}

function footer(summary: ScanSummary): string[] {
  const scanned = `Scanned ${plural(summary.commitsScanned, 'commit')}, ${plural(summary.refsScanned, 'ref')} and ${plural(summary.pathsScanned, 'path')}.`;
  return [scanned, `Findings: ${countWords(summary.findings, { skipZero: false })}; ${summary.suppressed} suppressed by policy.`];
}

/** Where the evidence is: a short commit id, `path[:line]`, or a ref name. Git's `rev:path` syntax is why a commit shows no line. */
function place(finding: Finding, withRepository: boolean): string {
  const { repository, commit, ref, path, line, pid, extensionId } = finding.location;
  const shortCommit = commit?.slice(0, SHORT_COMMIT);
  const text =
    path !== undefined
      ? `${path}${line !== undefined ? `:${line}` : ''}${shortCommit !== undefined ? ` @${shortCommit}` : ''}`
      : (shortCommit ?? ref ?? extensionId ?? (pid !== undefined ? `pid ${pid}` : ''));
  return makeExcerpt(withRepository && repository !== undefined ? `${repository}: ${text}` : text);
}

function countVerdicts(findings: readonly Finding[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { block: 0, warn: 0, info: 0 };
  for (const finding of findings) counts[finding.verdict]++;
  return counts;
}

function countWords(counts: Readonly<Record<Verdict, number>>, { skipZero }: { skipZero: boolean }): string {
  const words: [number, string][] = [
    [counts.block, `${counts.block} blocked`],
    [counts.warn, plural(counts.warn, 'warning')],
    [counts.info, `${counts.info} info`],
  ];
  return words
    .filter(([count]) => !skipZero || count > 0)
    .map(([, word]) => word)
    .join(', ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
