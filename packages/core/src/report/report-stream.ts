/** @fileoverview The streaming shape of a report: its head before any finding, one piece per finding, its tail last. */
import type { Finding } from '../model/finding.js';
import type { ScanResult } from '../model/scan-result.js';
import type { ReportContext } from './reporter.js';

/** What a report's opening needs, known before the first finding: the target, the policy layers and the run. */
export type ReportHead = Pick<ScanResult, 'target' | 'policy' | 'run'>;

/** What a report's closing needs, known only after the last finding: the counts (and an audit's sections). */
export type ReportTail = Pick<ScanResult, 'summary' | 'audit'>;

/**
 * A report written as findings arrive, so memory holds one finding's text at a time. `begin()`, then `finding()` for
 * each finding in order, then `end()`: the pieces joined are the whole report, the same text the buffered renderer
 * gives for a result with those findings in that order.
 */
export interface ReportStream {
  /** The text before the first finding. */
  begin(): string;
  /** The text for one finding (separators included). */
  finding(finding: Finding): string;
  /** The text after the last finding: summary and closing brackets. */
  end(tail: ReportTail): string;
}

/** Opens a streaming report for a scan whose head is known. */
export type StreamingReporter = (head: ReportHead, context: ReportContext) => ReportStream;

/** A whole report from a finished result, through its streaming writer: how the buffered renderers are built. */
export function renderWhole<C>(open: (head: ReportHead, context: C) => ReportStream, result: ScanResult, context: C): string {
  const stream = open(result, context);
  const parts = [stream.begin()];
  for (const finding of result.findings) parts.push(stream.finding(finding));
  parts.push(stream.end(result));
  return parts.join('');
}

/** `JSON.stringify(value, null, 2)` for a value nested `depth` levels deep in a 2-space indented document. */
export function indentedJson(value: unknown, depth: number): string {
  if (depth === 0) return JSON.stringify(value, null, 2);
  // Wrapped in `depth` one-element arrays, JSON.stringify indents the value itself in one pass; the wrappers are cut off.
  let wrapped: unknown = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  return text.slice(WRAPPER_OPEN[depth]!, text.length - WRAPPER_CLOSE[depth]!);
}

// The length of what `depth` array wrappers add before and after the value: `[\n  ` per level, `\n]` per level.
const WRAPPER_OPEN = Array.from({ length: 8 }, (_, depth) => Array.from({ length: depth }, (_, level) => `[\n${'  '.repeat(level + 1)}`).join('').length);
const WRAPPER_CLOSE = Array.from({ length: 8 }, (_, depth) => Array.from({ length: depth }, (_, level) => `\n${'  '.repeat(level)}]`).join('').length);
