// The extension's activationEvents, generated from the catalog; `node scripts/activation-events.mjs --write` updates
// package.json (after the core build), and test/unit/activation-events.test.ts fails while it is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { CATALOG, workspaceMarkerGlobs } from '@aiguard/core';

/** The activation events package.json must list. */
export function activationEvents() {
  const markers = workspaceMarkerGlobs(CATALOG).map((glob) => `workspaceContains:${glob.startsWith('**/') ? glob : `**/${glob}`}`);
  return ['onStartupFinished', ...markers, 'workspaceContains:.aiguard.json'];
}

if (process.argv.includes('--write')) {
  const file = new URL('../package.json', import.meta.url);
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  manifest.activationEvents = activationEvents();
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}
