/** @fileoverview Tiny node:assert test registry for the in-editor e2e suite: `test(name, fn)` plus `runRegistered()`. */

type TestFn = () => void | Promise<void>;

const registered: { name: string; fn: TestFn }[] = [];

/** run.mjs prints lines with this prefix bare on stdout and sends the workbench's own log to workbench.log. */
const REPORT_PREFIX = '[aiguard-e2e] ';

function report(text: string): void {
  for (const line of text.split('\n')) console.log(REPORT_PREFIX + line);
}

/** Registers a test; test files call this at import time, index.ts runs them in registration order. */
export function test(name: string, fn: TestFn): void {
  registered.push({ name, fn });
}

/** Runs every registered test in order, prints one line each and a closing `N passed, N failed` line; rejects on failure. */
export async function runRegistered(): Promise<void> {
  let passed = 0;
  let failed = 0;
  for (const { name, fn } of registered) {
    const started = Date.now();
    try {
      await fn();
      passed++;
      report(`ok - ${name} (${Date.now() - started} ms)`);
    } catch (err) {
      failed++;
      const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
      report(`not ok - ${name} (${Date.now() - started} ms)\n${detail}`);
    }
  }
  report(`${passed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} e2e test(s) failed`);
}
