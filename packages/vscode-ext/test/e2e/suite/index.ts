/** @fileoverview Entry VS Code calls via extensionTestsPath: imports every *.test.ts, then runs the registered tests. */
import { runRegistered } from './runner';
// Add new test files here (imports register their tests; order = run order).
import './smoke.test';

export async function run(): Promise<void> {
  await runRegistered();
}
