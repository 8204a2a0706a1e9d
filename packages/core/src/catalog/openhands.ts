/** @fileoverview OpenHands (All Hands AI): the open-source software-engineering agent. Research §30. */
import { defineAssistant } from './define.js';

export default defineAssistant({
  id: 'openhands',
  name: 'OpenHands',
  vendor: 'All Hands AI',
  providers: ['anthropic', 'openai', 'google', 'local'],
  homepage: 'https://www.all-hands.dev',
  signatures: [
    {
      id: 'openhands/repo-microagent',
      kind: 'repo-path',
      strength: 'strong',
      description: 'OpenHands repository microagent (.openhands/microagents/repo.md).',
      globs: ['**/.openhands/microagents/repo.md'],
      source: { tag: '3P', url: 'https://github.com/intellectronica/ruler/blob/0fa2cae/README.md', ref: 'intellectronica/ruler@0fa2cae README.md' },
      examples: {
        matches: ['.openhands/microagents/repo.md'],
        nonMatches: [{ value: 'docs/openhands/microagents/repo.md', reason: 'not the dot folder' }],
      },
    },
  ],
});
