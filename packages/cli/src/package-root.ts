/** @fileoverview Where the running CLI is installed: its package folder, or the standalone binary. */
import { isSea } from 'node:sea';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding the CLI's package.json. Every file that calls this sits one level inside it: the compiled
 * `dist/package-root.js` in the workspace and the bundled `dist/aiguard.cjs` in the published package (whose
 * `import.meta.url` the bundler points at the bundle itself).
 */
export function packageRoot(): string {
  return fileURLToPath(new URL('..', import.meta.url));
}

/** True inside a standalone binary (Node single executable application): no package folder, no node beside it. */
export function isStandaloneBinary(): boolean {
  return isSea();
}
