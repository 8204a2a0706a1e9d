/** @fileoverview Lets a test ask the e2e runner (outside VS Code) for a screenshot through request files. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `<dir>/<name>` and resolves with the `.done` path once the runner has saved `<outdir>/<name>.png`. */
export async function requestScreenshot(name: string, timeoutMs = 15_000): Promise<string> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`bad screenshot name: ${name}`);
  const dir = process.env.AIGUARD_E2E_SCREENSHOT_DIR;
  if (!dir) throw new Error('AIGUARD_E2E_SCREENSHOT_DIR is not set: run the suite through test/e2e/run.mjs');
  const done = join(dir, `${name}.done`);
  writeFileSync(join(dir, name), '');
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(done)) {
    if (Date.now() > deadline) throw new Error(`no screenshot "${name}" after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return done;
}
