/** @fileoverview The GitLab Code Quality report (a JSON array of issues), for merge request widgets and pipeline tabs. */
import type { Finding, Verdict } from '../model/finding.js';
import type { ScanResult } from '../model/scan-result.js';
import { describeDecidedBy } from '../policy/describe-decision.js';
import { lookUpCatalog } from '../catalog-lookup.js';
import { describePlace } from './finding-place.js';
import type { ReportContext } from './reporter.js';
import { indentedJson, renderWhole, type ReportHead, type ReportStream } from './report-stream.js';

/** GitLab Code Quality severities by verdict: a blocked finding is a `blocker`, like the verdict that fails the job. */
export const CODEQUALITY_SEVERITIES = { block: 'blocker', warn: 'major', info: 'info' } as const satisfies Record<Verdict, string>;

/**
 * Where a finding without a file goes: GitLab needs a `location.path` on every issue. Commits and refs live in the
 * repository's git data, so they point there; the description says which commit or ref.
 */
export const CODEQUALITY_GIT_PATH = '.git';

/**
 * Renders a scan result as GitLab Code Quality JSON: one issue per finding with `description`, `check_name` (the
 * signature id), `fingerprint` (the finding's rebase-stable fingerprint, which holds no line number, so an issue
 * keeps its identity when lines move), `severity` and `location.path` / `location.lines.begin`.
 *
 * @example
 * ```json
 * [{ "type": "issue", "check_name": "claude-code/claude-md", "severity": "blocker",
 *    "description": "Blocked: Claude Code (Anthropic): CLAUDE.md memory file. At CLAUDE.md. Decided by …",
 *    "categories": ["Security"], "fingerprint": "0d1f6c2b…",
 *    "location": { "path": "CLAUDE.md", "lines": { "begin": 1 } } }]
 * ```
 */
export function renderCodeQuality(result: ScanResult, context: Pick<ReportContext, 'assistants'>): string {
  return renderWhole(openCodeQuality, result, context);
}

/** The Code Quality report written as findings arrive: `[`, one issue per finding, `]`. */
export function openCodeQuality(head: ReportHead, { assistants }: Pick<ReportContext, 'assistants'>): ReportStream {
  const catalog = lookUpCatalog(assistants);
  const isAudit = head.target.kind === 'workstation';
  let count = 0;
  return {
    begin: () => '[',
    finding: (finding) => {
      const issue = {
        type: 'issue',
        check_name: finding.signature,
        description: `${VERDICT_WORDS[finding.verdict]}: ${catalog.assistantLabel(finding.assistant)}: ${catalog.signatureDescription(finding.signature)} At ${describePlace(finding, { commitLength: 12, withRepository: isAudit })}: ${oneLine(finding.excerpt)}. Decided by ${describeDecidedBy(finding.decidedBy)}.`,
        categories: ['Security'],
        fingerprint: finding.fingerprint,
        severity: CODEQUALITY_SEVERITIES[finding.verdict],
        location: { path: issuePath(finding, isAudit), lines: { begin: finding.location.line ?? 1 } },
      };
      return `${count++ === 0 ? '' : ','}\n  ${indentedJson(issue, 1)}`;
    },
    // The same text as `JSON.stringify(issues, null, 2)`: `[]` when empty.
    end: () => `${count === 0 ? '' : '\n'}]\n`,
  };
}

const VERDICT_WORDS: Record<Verdict, string> = { block: 'Blocked', warn: 'Warning', info: 'Info' };

function issuePath(finding: Finding, isAudit: boolean): string {
  const { path, commit, ref } = finding.location;
  if (path !== undefined) return path;
  if (commit !== undefined || ref !== undefined || !isAudit) return CODEQUALITY_GIT_PATH;
  return describePlace(finding, { commitLength: 12, withRepository: true });
}

// Evidence is hostile text from scanned repositories: one line, control characters shown as escapes.
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
