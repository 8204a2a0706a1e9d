/** @fileoverview Entry VS Code calls via extensionTestsPath: imports every *.test.ts, then runs the registered tests. */
import { runRegistered } from './runner';
// Add new test files here (imports register their tests; order = run order). Each file registers only the tests
// of the scenario run.mjs opened (AIGUARD_E2E_SCENARIO).
import './smoke.test';
import './workspace.test';
import './commit-box.test';
import './extensions-terminal.test';
import './problems.test';
import './view.test';
import './session.test';

export async function run(): Promise<void> {
  await runRegistered();
}
