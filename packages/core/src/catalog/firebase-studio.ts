/** @fileoverview Firebase Studio (Google, formerly Project IDX): its AI rules and MCP files. Research §30. */
import { defineAssistant } from './define.js';

export default defineAssistant({
  id: 'firebase-studio',
  name: 'Firebase Studio',
  vendor: 'Google',
  providers: ['google'],
  homepage: 'https://firebase.studio',
  signatures: [
    {
      id: 'firebase-studio/ai-files',
      kind: 'repo-path',
      strength: 'strong',
      description: 'Firebase Studio AI rules and MCP config (.idx/airules.md, .idx/mcp.json).',
      globs: ['**/.idx/airules.md', '**/.idx/mcp.json'],
      source: { tag: '3P', url: 'https://github.com/intellectronica/ruler/blob/0fa2cae/README.md', ref: 'intellectronica/ruler@0fa2cae README.md' },
      examples: {
        matches: ['.idx/airules.md', '.idx/mcp.json'],
        nonMatches: [{ value: '.idx/dev.nix', reason: 'the workspace environment file, not an AI file' }],
      },
    },
  ],
});
