/** @fileoverview The NDJSON report: one self-contained JSON object per line, for fleet tools that ingest line by line. */
import type { ScanResult } from '../model/scan-result.js';
import { auditJson } from './audit-sections.js';
import type { ReportContext } from './reporter.js';
import { renderWhole, type ReportHead, type ReportStream } from './report-stream.js';
import { jsonAuditFields, jsonFinding, jsonPolicy, jsonRun, jsonSummary, jsonTarget } from './json.js';

/**
 * Bumped when a field is removed or changes meaning; adding a field keeps the version. Every line carries it. 2 (as
 * JSON 2): one finding per tool and commit with model and provider, `run` on every line, `commit` on commit findings.
 */
export const NDJSON_REPORT_SCHEMA_VERSION = 2;

// JSON.stringify leaves these raw; they end a line for Python's splitlines() and some log shippers.
const LINE_BREAKING = /[\u0085\u2028\u2029]/g;

/**
 * Renders a scan result as newline-delimited JSON: one `{"type":"finding"}` line per finding, in the result's
 * order, then one `{"type":"summary"}` line, each ending with LF. Every line stands alone: it names its tool,
 * run (run id, time, host, machine id, OS, user, policy digest), target and the policy layers that applied, so lines from many machines can be mixed in one index. A finding
 * line has the JSON report's finding fields; for an audit it also has `host`, `os`, `user` (where the finding has
 * one) and `source` (the audit source that found it). The summary line carries the JSON report's `summary` and,
 * for an audit, its `audit` block (vendor controls, notes). Scanned text never breaks a line: JSON escapes
 * control characters, and NEL, LS and PS are written as `\u` escapes too.
 *
 * @example
 * ```text
 * {"type":"finding","schemaVersion":2,"tool":{"name":"aiguard","version":"0.1.0","catalogVersion":"2026.11.22"},"run":{"runId":"6f1c…","startedAt":"2026-12-07T09:50:00.000Z","host":"ws-042",…},"target":{"kind":"repository","path":"/work/repo","isBare":false,"history":true},"policy":{"found":true,"layers":[{"layer":"repository","file":"/work/repo/.aiguard.json"}]},"fingerprint":"0d1f…","assistant":"claude-code","signature":"claude-code/claude-md","kind":"repo-path","strength":"strong","verdict":"block","decidedBy":"…","location":{"repository":"/work/repo","path":"CLAUDE.md"},"evidence":"CLAUDE.md"}
 * {"type":"summary","schemaVersion":2,"tool":{…},"run":{…},"target":{…},"policy":{…},"summary":{"commitsScanned":42,"refsScanned":3,"pathsScanned":17,"findings":{"block":1,"warn":1,"info":1},"byAssistant":{…},"suppressed":2}}
 * ```
 */
export function renderNdjson(result: ScanResult, context: Pick<ReportContext, 'tool'>): string {
  return renderWhole(openNdjson, result, context);
}

/** The NDJSON report written as findings arrive: one line per finding, the summary line last. */
export function openNdjson(head: ReportHead, { tool }: Pick<ReportContext, 'tool'>): ReportStream {
  const context = {
    schemaVersion: NDJSON_REPORT_SCHEMA_VERSION,
    tool: { name: tool.name, version: tool.version, catalogVersion: tool.catalogVersion },
    run: jsonRun(head.run, tool),
    target: jsonTarget(head.target),
    policy: jsonPolicy(head.policy),
  };
  return {
    begin: () => '',
    finding: (finding) => line({ type: 'finding', ...context, ...jsonAuditFields(head, finding), ...jsonFinding(finding) }),
    end: (tail) => line({ type: 'summary', ...context, summary: jsonSummary(tail.summary), audit: auditJson(tail.audit) }),
  };
}

function line(value: object): string {
  return `${JSON.stringify(value).replace(LINE_BREAKING, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
