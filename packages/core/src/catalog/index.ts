/** @fileoverview The one registry of assistants: explicit imports, sorted by id. */
import type { Assistant } from '../model/assistant.js';
import claudeCode from './claude-code.js';

/** Bumped whenever a signature is added, removed or changes meaning; reports carry it. */
export const CATALOG_VERSION = '2026.11.22';

/** Every assistant the catalog knows, sorted by id. */
export const CATALOG = [
  claudeCode,
] as const satisfies readonly Assistant[];
