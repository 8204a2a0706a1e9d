/** @fileoverview Renders a scan result in the format the user chose, with this CLI's tool information. */
import { CATALOG, CATALOG_VERSION, renderJson, renderSarif, renderText, type ScanResult, type ToolInfo } from '@aiguard/core';
import { cliVersion } from '../version.js';

/** Formats `aiguard scan` can write. */
export const SCAN_FORMATS = ['text', 'json', 'sarif'] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];

/** Who made the report, as JSON and SARIF record it. */
export function toolInfo(): ToolInfo {
  return { name: 'aiguard', version: cliVersion(), catalogVersion: CATALOG_VERSION, informationUri: 'https://github.com/aiguard/aiguard' };
}

/** The report text for `format`. */
export function renderReport(format: ScanFormat, result: ScanResult, options: { color: boolean }): string {
  switch (format) {
    case 'json':
      return renderJson(result, toolInfo());
    case 'sarif':
      return renderSarif(result, toolInfo(), CATALOG);
    case 'text':
      return renderText(result, CATALOG, options);
  }
}
