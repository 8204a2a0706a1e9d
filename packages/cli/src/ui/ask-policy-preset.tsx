/** @fileoverview Mounts the policy init form; the only module that imports ink and react on the policy init path. */
import { render } from 'ink';
import { CATALOG } from '@aiguard/core';
import { PolicyInitForm, type PolicyInitAnswer } from './PolicyInitForm.js';

/** Asks for a preset in the terminal; undefined when the user cancels. */
export async function askPolicyPreset(file: string): Promise<PolicyInitAnswer | undefined> {
  let answer: PolicyInitAnswer | undefined;
  const app = render(<PolicyInitForm file={file} assistantIds={CATALOG.map((a) => a.id)} onDone={(value) => (answer = value)} />, { stdout: process.stdout, patchConsole: false });
  await app.waitUntilExit();
  return answer;
}
