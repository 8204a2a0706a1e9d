/** @fileoverview Renders a scan result in the format the user chose, with this CLI's tool information. */
import { CATALOG, CATALOG_VERSION, REPORT_FORMATS, REPORTERS, type ReportFormat, type ScanResult, type ToolInfo } from '@aiguard/core';
import { cliVersion } from '../version.js';

/** Formats `aiguard scan` can write: every core report format. Only `text` is ever interactive. */
export const SCAN_FORMATS = REPORT_FORMATS;
export type ScanFormat = ReportFormat;

/** Who made the report, as JSON and SARIF record it. */
export function toolInfo(): ToolInfo {
  return { name: 'aiguard', version: cliVersion(), catalogVersion: CATALOG_VERSION, informationUri: 'https://github.com/aiguard/aiguard' };
}

/** The report text for `format`; `color` applies to the text format only, machine formats never carry ANSI codes. */
export function renderReport(format: ScanFormat, result: ScanResult, options: { color: boolean }): string {
  return REPORTERS[format](result, { tool: toolInfo(), assistants: CATALOG, color: format === 'text' && options.color });
}
