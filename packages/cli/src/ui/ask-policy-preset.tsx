/** @fileoverview Mounts the policy init form; the only module that imports ink and react on the policy init path. */
import { render } from 'ink';
import { CATALOG } from '@aiguard/core';
import { PolicyInitForm, type PolicyInitAnswer, type PolicyTarget } from './PolicyInitForm.js';

/** Asks for a preset, ids and a target file in the terminal; undefined when the user cancels. */
export async function askPolicyPreset(targets: readonly PolicyTarget[], force: boolean): Promise<PolicyInitAnswer | undefined> {
  let answer: PolicyInitAnswer | undefined;
  const app = render(<PolicyInitForm targets={targets} force={force} assistantIds={CATALOG.map((a) => a.id)} onDone={(value) => (answer = value)} />, {
    stdout: process.stdout,
    patchConsole: false,
  });
  await app.waitUntilExit();
  return answer;
}
