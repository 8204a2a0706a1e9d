/** @fileoverview Renders a scan result in the format the user chose, with this CLI's tool information. */
import { CATALOG, CATALOG_VERSION, REPORT_FORMATS, REPORTERS, type ReportFormat, type ScanResult, type TextLayout, type ToolInfo } from '@aiguard/core';
import { usageError } from './cli-error.js';
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
