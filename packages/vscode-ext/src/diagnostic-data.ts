/** @fileoverview Turns core findings into plain diagnostic data (file, line, message, severity, code); no vscode import. */
import { describeDecidedBy, type CatalogLookup, type DecidedBy, type Finding, type Verdict } from '@aiguard/core';

/** Severity names that map one-to-one onto vscode.DiagnosticSeverity in diagnostics.ts. */
export type DiagnosticSeverityName = 'error' | 'warning' | 'information';

/** One diagnostic as plain data, ready for diagnostics.ts to turn into a vscode.Diagnostic. */
export interface DiagnosticData {
  /** Absolute repository (or workspace folder) root the path is relative to. */
  readonly root: string;
  /** Repo-relative POSIX path of the flagged file. */
  readonly path: string;
  /** 0-based line; repo-path findings sit on the first line of the file. */
  readonly line: number;
  readonly message: string;
  readonly severity: DiagnosticSeverityName;
  /** The signature id, e.g. `claude-code/claude-md`; code actions key on it. */
  readonly code: string;
  readonly assistant: string;
  readonly verdict: Verdict;
  /** Which policy rule set the verdict; unset on diagnostics about the policy itself. */
  readonly decidedBy?: DecidedBy;
  /** The text that matched, to find on the line and underline; undefined underlines the whole line. */
  readonly matched?: string;
  /** A policy file outside the workspace that decided (the managed one), shown as related information. */
  readonly relatedFile?: { readonly file: string; readonly message: string };
}

const SEVERITY: Record<Verdict, DiagnosticSeverityName> = { block: 'error', warn: 'warning', info: 'information' };
const VERB: Record<Verdict, string> = { block: 'blocked by', warn: 'warning from', info: 'noted by' };
const NOUN: Record<Verdict, string> = { block: 'blocked', warn: 'warning', info: 'noted' };

/** A signature description cut to its first clause: `CLAUDE.md memory file (also read by ...).` -> `CLAUDE.md memory file`. */
export function shortDescription(description: string): string {
  const cut = description.search(/ \(|[.;:](?:\s|$)/);
  return (cut > 0 ? description.slice(0, cut) : description).trim();
}

/**
 * The policy source of a `decidedBy`, with the file shown relative to `root`: layer `repository`, file
 * `/r/.aiguard.json` -> `repository policy .aiguard.json`. The built-in default reads `no policy found (default: warn)`.
 */
export function policySource(decidedBy: DecidedBy, root?: string): string {
  if (decidedBy.layer === 'default') return describeDecidedBy(decidedBy);
  // In the editor the extra ("cli") layer is always the aiguard.policyFile setting.
  return `${decidedBy.layer === 'cli' ? 'settings' : decidedBy.layer} policy ${relativeTo(decidedBy.file, root)}`;
}

function relativeTo(file: string, root?: string): string {
  if (!root) return file;
  const base = root.endsWith('/') || root.endsWith('\\') ? root : `${root}/`;
  return file.startsWith(base) ? file.slice(base.length) : file;
}

/**
 * One line: `Claude Code (Anthropic): blocked by repository policy .aiguard.json — CLAUDE.md memory file`, or with no
 * policy layer deciding, `Cursor (Anysphere): warning, no policy found (default: warn) — Legacy .cursorrules`.
 */
export function findingMessage(finding: Finding, lookup: CatalogLookup, root?: string): string {
  const what = shortDescription(lookup.signatureDescription(finding.signature));
  const source = policySource(finding.decidedBy, root);
  const verdict = finding.decidedBy.layer === 'default' ? `${NOUN[finding.verdict]}, ${source}` : `${VERB[finding.verdict]} ${source}`;
  return `${lookup.assistantLabel(finding.assistant)}: ${verdict} — ${what}`;
}

/**
 * The diagnostic for a finding about a file in the working tree, or undefined for findings that are not about a
 * current file (commits, refs, files only seen in history): those go to the commits view.
 */
export function toDiagnosticData(finding: Finding, lookup: CatalogLookup, root: string): DiagnosticData | undefined {
  const { path, commit, line } = finding.location;
  if (!path || commit) return undefined;
  return {
    root,
    path,
    line: line && line > 0 ? line - 1 : 0,
    ...diagnosticMessage(finding, lookup, root),
    // A file's own path is the evidence for path signatures; config contents underline the matched text.
    ...(line && line > 0 && finding.excerpt !== path ? { matched: finding.excerpt } : {}),
    severity: SEVERITY[finding.verdict],
    code: finding.signature,
    assistant: finding.assistant,
    verdict: finding.verdict,
    decidedBy: finding.decidedBy,
  };
}

/**
 * A diagnostic's message, leading with what was found so the Problems panel, which cuts long lines, keeps it:
 * `CLAUDE.md memory file (Claude Code, Anthropic) — blocked by repository policy .aiguard.json`. A managed policy is
 * named by its layer; its file, outside the workspace, goes to related information instead of the message.
 */
export function diagnosticMessage(finding: Finding, lookup: CatalogLookup, root?: string): Pick<DiagnosticData, 'message' | 'relatedFile'> {
  const description = lookup.signatureDescription(finding.signature);
  const what = description ? shortDescription(description) : finding.signature;
  const assistant = lookup.assistant(finding.assistant);
  const who = assistant ? `${assistant.name}, ${assistant.vendor}` : finding.assistant;
  const evidence = finding.location.line && finding.excerpt !== finding.location.path ? `: ${finding.excerpt}` : '';
  const decidedBy = finding.decidedBy;
  const decided: Record<Verdict, string> = { block: 'blocked by', warn: 'warning from', info: 'noted by' };
  // With no layer at all, nothing is banned: the finding is for review, not a rule that fired.
  const verdict =
    decidedBy.layer === 'default'
      ? decidedBy.rule === 'no policy found'
        ? 'no policy applies, listed for review'
        : `${decided[finding.verdict]} the built-in default (no policy layer names it)`
      : `${decided[finding.verdict]} ${decidedBy.layer === 'managed' ? 'the managed policy' : policySource(decidedBy, root)}`;
  const managed = decidedBy.layer === 'managed' ? decidedBy.file : undefined;
  return {
    message: `${what} (${who})${evidence} — ${verdict}`,
    ...(managed ? { relatedFile: { file: managed, message: `the managed policy that ${finding.verdict === 'block' ? 'blocks' : 'flags'} ${assistant?.name ?? finding.assistant}` } } : {}),
  };
}
