/** @fileoverview How reports say that a clone was shallow or partial, so a short scan never reads as a complete one. */
import type { RepositoryTarget } from '../model/scan-result.js';

/** Scope words for a report's target line: `SHALLOW CLONE: older commits not scanned`, `PARTIAL CLONE: ...`. */
export function incompleteScope(target: RepositoryTarget): string[] {
  return [target.shallow ? 'SHALLOW CLONE: older commits not scanned' : '', target.partialClone ? 'PARTIAL CLONE: missing objects not scanned' : ''].filter(Boolean);
}
