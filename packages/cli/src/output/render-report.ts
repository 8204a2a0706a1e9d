/** @fileoverview Renders a scan result in the format the user chose, with this CLI's tool information. */
import {
  CATALOG,
  CATALOG_VERSION,
  collectTextRows,
  DEFAULT_TEXT_LIMIT,
  renderTextRows,
  REPORT_FORMATS,
  REPORTERS,
  STREAMING_REPORTERS,
  streamRepositoryScan,
  type ReportFormat,
  type ScanOptions,
  type ScanResult,
  type StreamedScan,
  type StreamingFormat,
  type TextLayout,
  type ToolInfo,
} from '@aiguard/core';
import { usageError } from './cli-error.js';
import { openReportOutput } from './report-output.js';
import { cliVersion } from '../version.js';

/** Formats `aiguard scan` can write: every core report format. Only `text` is ever interactive. */
export const SCAN_FORMATS = REPORT_FORMATS;
export type ScanFormat = ReportFormat;

/** Who made the report, as JSON and SARIF record it. */
export function toolInfo(): ToolInfo {
  return { name: 'aiguard', version: cliVersion(), catalogVersion: CATALOG_VERSION, informationUri: 'https://github.com/aiguard/aiguard' };
}

/** How a report is laid out: `color` and `text` apply to the text format only, machine formats never carry ANSI codes. */
export interface RenderOptions {
  readonly color: boolean;
  readonly text?: TextLayout;
  /** `--max-size`: the most characters a Markdown report may have. */
  readonly maxSize?: number;
}

/** The report text for `format`. */
export function renderReport(format: ScanFormat, result: ScanResult, options: RenderOptions): string {
  return REPORTERS[format](result, { tool: toolInfo(), assistants: CATALOG, color: format === 'text' && options.color, ...(options.text ? { text: options.text } : {}), ...(options.maxSize !== undefined ? { maxSize: options.maxSize } : {}) });
}

/** True for the formats written as findings arrive (JSON, NDJSON, SARIF, CSV, Code Quality). */
export function isStreamingFormat(format: string): format is StreamingFormat {
  return Object.hasOwn(STREAMING_REPORTERS, format);
}

/**
 * Scans and writes the report as findings arrive, to stdout or to `file` (renamed into place only once complete;
 * removed if the scan fails). Findings come in scan order: refs, tags and notes, files, then history newest first.
 */
export async function streamReport(format: StreamingFormat, options: ScanOptions, file: string | undefined): Promise<StreamedScan> {
  const output = await openReportOutput(file);
  const context = { tool: toolInfo(), assistants: CATALOG, color: false };
  try {
    let stream: ReturnType<(typeof STREAMING_REPORTERS)[StreamingFormat]> | undefined;
    const scan = await streamRepositoryScan(options, {
      begin: (head) => {
        stream = STREAMING_REPORTERS[format](head, context);
        output.write(stream.begin());
      },
      add: (finding) => output.write(stream!.finding(finding)),
      drain: () => output.flush(),
    });
    output.write(stream!.end(scan));
    await output.commit();
    return scan;
  } catch (error) {
    await output.discard();
    throw error;
  }
}

/**
 * Scans and renders the plain text report, keeping only the rows it shows (the first `--limit` per assistant and
 * verdict) and counting the rest, so a history full of evidence costs no more memory than one with a little.
 */
export async function scanToText(options: ScanOptions, render: RenderOptions): Promise<{ readonly scan: StreamedScan; readonly report: string }> {
  const layout = render.text ?? {};
  // Counts only: one row per assistant and verdict is plenty to hold.
  const rows = collectTextRows(layout.summaryOnly ? 1 : (layout.limit ?? DEFAULT_TEXT_LIMIT));
  const scan = await streamRepositoryScan(options, { begin: () => {}, add: (finding) => rows.add(finding) });
  return { scan, report: renderTextRows(scan, rows.done(), { assistants: CATALOG, color: render.color, text: layout }) };
}

/** The text layout `--summary` and `--limit` ask for, fitted to `stream`'s width when it is a terminal. */
export function textLayout(values: { summary?: boolean; limit?: string }, stream: { isTTY?: boolean; columns?: number }): TextLayout {
  return {
    ...(values.summary ? { summaryOnly: true } : {}),
    ...(values.limit !== undefined ? { limit: parseLimit(values.limit) } : {}),
    ...(stream.isTTY && stream.columns ? { width: stream.columns } : {}),
  };
}

/** `--max-size N` for the Markdown format: a whole number of characters, large enough for the summary. */
export function parseMaxSize(value: string | undefined, format: string): number | undefined {
  if (value === undefined) return undefined;
  if (format !== 'markdown') throw usageError(`--max-size bounds the markdown report; got --format ${format}`);
  if (!/^\d+$/.test(value) || Number(value) < 1024) throw usageError(`--max-size must be a number of characters, at least 1024 (65536 fits a GitHub comment); got "${value}"`);
  return Number(value);
}

function parseLimit(value: string): number {
  if (!/^\d+$/.test(value)) throw usageError(`--limit must be a whole number of rows per assistant (0 for all); got "${value}"`);
  return Number(value);
}
