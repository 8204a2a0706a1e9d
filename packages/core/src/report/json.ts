/** @fileoverview The JSON report: a scan result as a stable, versioned document for scripts and dashboards. */
import type { Location } from '../model/evidence.js';
import type { Finding, Verdict } from '../model/finding.js';
import type { ModelMention } from '../model/model-mention.js';
import type { RunInfo } from '../model/run.js';
import type { PolicyInfo, ScanResult, ScanSummary, ScanTarget, ToolInfo } from '../model/scan-result.js';
import { auditSourceOf } from '../audit-source.js';
import { describeDecidedBy } from '../policy/describe-decision.js';
import { auditJson } from './audit-sections.js';
import type { ReportContext } from './reporter.js';
import { indentedJson, renderWhole, type ReportHead, type ReportStream } from './report-stream.js';

/**
 * Bumped when a field is removed or changes meaning; adding a field keeps the version. 2: a commit finding stands for
 * one tool in one commit (all its signatures in `signatures`), findings name `model` and `provider`, `run` (who,
 * where, when, which policy) is always present and commit findings carry `commit` (author, committer, subject,
 * refs), the fields fleet tools key on; a reader of version 1 cannot rely on them. Key order is not part of the
 * schema: since the report is streamed, `findings` comes before `summary` (which only the end of a scan knows).
 */
export const JSON_REPORT_SCHEMA_VERSION = 2;

// Keys are written in this order whatever order the scan built them in, so reports diff cleanly.
const LOCATION_KEYS = ['repository', 'commit', 'ref', 'path', 'line', 'role', 'pid', 'extensionId', 'user'] as const satisfies readonly (keyof Location)[];

/**
 * Renders a scan result as JSON: 2-space indented, keys in a fixed order, ending with a newline.
 *
 * @example
 * ```json
 * {
 *   "schemaVersion": 2,
 *   "tool": { "name": "aiguard", "version": "0.1.0", "catalogVersion": "2026.11.22" },
 *   "run": { "runId": "6f1c…", "startedAt": "2026-12-07T09:50:00.000Z", "host": "ws-042", "machineId": "4c4c…",
 *            "os": "linux", "osVersion": "6.1.0", "user": "ana", "aiguardVersion": "0.1.0",
 *            "catalogVersion": "2026.11.22", "policyDigest": "sha256:9b0e…" },
 *   "target": { "kind": "repository", "path": "/work/repo", "isBare": false, "history": true },
 *   "policy": { "found": true, "layers": [{ "layer": "repository", "file": "/work/repo/.aiguard.json" }] },
 *   "findings": [{ "fingerprint": "…", "assistant": "claude-code",
 *                  "model": { "id": "claude-opus-4.6", "written": "Claude Opus 4.6", "provider": "anthropic" },
 *                  "provider": "anthropic", "signature": "claude-code/co-author-trailer",
 *                  "kind": "commit-trailer", "strength": "strong", "verdict": "block", "decidedBy": "…",
 *                  "location": { "repository": "/work/repo", "commit": "3f2a…", "line": 5 },
 *                  "evidence": "Co-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>", "date": "2026-03-02T10:15:00+01:00",
 *                  "commit": { "authorName": "Ana", "authorEmail": "ana@example.com", "authorDate": "…", "committerName": "Ana",
 *                              "committerEmail": "ana@example.com", "committerDate": "…", "subject": "Fix login", "refs": ["refs/heads/main"] },
 *                  "signatures": [{ "signature": "claude-code/co-author-trailer", "kind": "commit-trailer", … }] }],
 *   "summary": { "commitsScanned": 42, "refsScanned": 3, "pathsScanned": 17,
 *                "findings": { "block": 1, "warn": 0, "info": 0 }, "byAssistant": { ... }, "suppressed": 0 }
 * }
 * ```
 * (Shown compacted; the real output puts every key on its own line.) In an audit every finding also carries `host`,
 * `os`, `user` and `source`, so a fleet index can filter findings without joining them to the target.
 */
export function renderJson(result: ScanResult, context: Pick<ReportContext, 'tool'>): string {
  return renderWhole(openJson, result, context);
}

/**
 * The JSON report written as findings arrive: the head (`schemaVersion`, `tool`, `run`, `target`, `policy`), the
 * `findings` one by one, then `summary` (and an audit's `audit`), which only the end knows. The text is exactly what
 * `JSON.stringify(report, null, 2)` gives for that key order.
 */
export function openJson(head: ReportHead, { tool }: Pick<ReportContext, 'tool'>): ReportStream {
  let count = 0;
  return {
    begin: () => {
      const opening = indentedJson(
        { schemaVersion: JSON_REPORT_SCHEMA_VERSION, tool: { name: tool.name, version: tool.version, catalogVersion: tool.catalogVersion }, run: jsonRun(head.run, tool), target: jsonTarget(head.target), policy: jsonPolicy(head.policy) },
        0,
      );
      return `${opening.slice(0, -2)},\n  "findings": [`;
    },
    finding: (finding) => `${count++ === 0 ? '' : ','}\n    ${indentedJson({ ...jsonFinding(finding), ...jsonAuditFields(head, finding) }, 2)}`,
    end: (tail) => {
      // JSON.stringify drops undefined values, so optional fields (range, date, audit) appear only when set.
      const audit = auditJson(tail.audit);
      return `${count === 0 ? '' : '\n  '}],\n  "summary": ${indentedJson(jsonSummary(tail.summary), 1)}${audit === undefined ? '' : `,\n  "audit": ${indentedJson(audit, 1)}`}\n}\n`;
    },
  };
}

/**
 * For an audit, the columns a fleet index filters findings by, flattened out of the target and location (host, OS,
 * user, source); nothing for a repository scan.
 */
export function jsonAuditFields(result: Pick<ScanResult, 'target'>, finding: Finding): object {
  if (result.target.kind !== 'workstation') return {};
  return { host: result.target.host, os: result.target.os, user: finding.location.user, source: auditSourceOf(finding) };
}

/** The report's `run`, keys in a fixed order, with the tool and catalog versions so one object identifies a run. */
export function jsonRun(run: RunInfo | undefined, tool: ToolInfo): object | undefined {
  if (!run) return undefined;
  return {
    runId: run.runId,
    startedAt: run.startedAt,
    host: run.host,
    machineId: run.machineId,
    os: run.os,
    osVersion: run.osVersion,
    user: run.user,
    aiguardVersion: tool.version,
    catalogVersion: tool.catalogVersion,
    policyDigest: run.policyDigest,
  };
}

/** The report's `target`, keys in a fixed order; NDJSON lines carry the same object. */
export function jsonTarget(target: ScanTarget): object {
  return target.kind === 'repository'
    ? { kind: target.kind, path: target.path, isBare: target.isBare, range: target.range, history: target.history }
    : { kind: target.kind, host: target.host, os: target.os, users: target.users, roots: target.roots };
}

/** The report's `policy`: whether one was found and each layer that applied (layer + file). */
export function jsonPolicy(policy: PolicyInfo): object {
  return { found: policy.found, layers: policy.layers.map(({ layer, file }) => ({ layer, file })) };
}

/** The report's `summary`, assistants sorted by id. */
export function jsonSummary(summary: ScanSummary): object {
  return {
    commitsScanned: summary.commitsScanned,
    refsScanned: summary.refsScanned,
    pathsScanned: summary.pathsScanned,
    findings: countsByVerdict(summary.findings),
    byAssistant: Object.fromEntries(
      Object.keys(summary.byAssistant)
        .sort()
        .map((assistant) => [assistant, countsByVerdict(summary.byAssistant[assistant]!)]),
    ),
    suppressed: summary.suppressed,
  };
}

/** One entry of the report's `findings`, keys in a fixed order (without the audit `source`). */
export function jsonFinding(finding: Finding): object {
  return {
    fingerprint: finding.fingerprint,
    assistant: finding.assistant,
    model: finding.model && jsonModel(finding.model),
    models: finding.models?.map(jsonModel),
    provider: finding.provider,
    signature: finding.signature,
    kind: finding.kind,
    strength: finding.strength,
    verdict: finding.verdict,
    decidedBy: describeDecidedBy(finding.decidedBy),
    location: Object.fromEntries(LOCATION_KEYS.map((key) => [key, finding.location[key]])),
    evidence: finding.excerpt,
    date: finding.date,
    commit: finding.commit && {
      authorName: finding.commit.authorName,
      authorEmail: finding.commit.authorEmail,
      authorDate: finding.commit.authorDate,
      committerName: finding.commit.committerName,
      committerEmail: finding.commit.committerEmail,
      committerDate: finding.commit.committerDate,
      subject: finding.commit.subject,
      refs: finding.commit.refs,
    },
    signatures: finding.signatures?.map((seen) => ({ signature: seen.signature, kind: seen.kind, strength: seen.strength, line: seen.line, role: seen.role, evidence: seen.excerpt })),
  };
}

function jsonModel(model: ModelMention): object {
  return { id: model.id, written: model.written, provider: model.provider };
}

function countsByVerdict(counts: Readonly<Record<Verdict, number>>): Record<Verdict, number> {
  return { block: counts.block, warn: counts.warn, info: counts.info };
}
