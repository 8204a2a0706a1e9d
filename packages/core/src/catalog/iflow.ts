/** @fileoverview iFlow CLI (Alibaba's iFlow): a terminal coding agent; known by the marker it sets in its shells. */
import { defineAssistant } from './define.js';

export default defineAssistant({
  id: 'iflow',
  name: 'iFlow CLI',
  vendor: 'Alibaba',
  providers: ['alibaba', 'moonshot', 'zhipu', 'deepseek'],
  homepage: 'https://github.com/iflow-ai/iflow-cli',
  signatures: [
    {
      id: 'iflow/cli-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'IFLOW_CLI=1, set in the shells iFlow CLI runs.',
      name: 'IFLOW_CLI',
      value: /^1$/,
      source: { tag: '3P', url: 'https://github.com/vercel/detect-agent', ref: 'detector leads (research/signatures-update.md: iFlow CLI env IFLOW_CLI=1)' },
      examples: { matches: ['IFLOW_CLI=1'], nonMatches: [{ value: 'IFLOW=1', reason: 'a different variable' }] },
    },
    {
      id: 'iflow/npm-package',
      kind: 'package',
      strength: 'strong',
      description: 'iFlow CLI from npm.',
      ecosystem: 'npm',
      names: ['@iflow-ai/iflow-cli'],
      source: { tag: 'V', url: 'https://github.com/iflow-ai/iflow-cli', ref: 'iflow-ai/iflow-cli README (npm i -g @iflow-ai/iflow-cli)' },
      examples: { matches: ['npm:@iflow-ai/iflow-cli'], nonMatches: [{ value: 'npm:iflow', reason: 'an unrelated unscoped package' }] },
    },
  ],
});
