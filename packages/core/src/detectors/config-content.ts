/** @fileoverview Settings inside assistants' config files (a `claude-*` model in `.aider.conf.yml`): which files to read, what their lines show. */
import type { ConfigContentSignature } from '../model/signature.js';
import { foldLookalikes } from '../text/lookalikes.js';
import type { CompiledCatalog, PathEntry } from './catalog-index.js';

/** One config-content signature found in a file: the first line that matched it. */
export interface ConfigContentMatch {
  readonly entry: PathEntry<ConfigContentSignature>;
  /** 1-based line number. */
  readonly line: number;
  readonly text: string;
}

/** True when some config-content signature wants the file at this repo-relative path read. */
export function isConfigFile(path: string, catalog: CompiledCatalog): boolean {
  return catalog.configContents.some((entry) => entry.test(path));
}

/** The config-content signatures whose globs match `path` and a line of `text`, each with its first matching line. */
export function detectConfigContent(path: string, text: string, catalog: CompiledCatalog): ConfigContentMatch[] {
  const entries = catalog.configContents.filter((entry) => entry.test(path));
  if (entries.length === 0) return [];
  const lines = text.split(/\r?\n/);
  const matches: ConfigContentMatch[] = [];
  for (const entry of entries) {
    const index = lines.findIndex((line) => entry.signature.pattern.test(foldLookalikes(line)));
    if (index >= 0) matches.push({ entry, line: index + 1, text: lines[index]! });
  }
  return matches;
}
