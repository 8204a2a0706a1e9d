/** @fileoverview claude-flow (ruvnet): an orchestrator that drives Claude Code swarms and signs their commits. */
import { defineAssistant } from './define.js';

export default defineAssistant({
  id: 'claude-flow',
  name: 'claude-flow',
  vendor: 'ruvnet',
  providers: ['anthropic'],
  homepage: 'https://github.com/ruvnet/claude-flow',
  signatures: [
    {
      id: 'claude-flow/co-author-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-Authored-By: claude-flow <ruv@ruv.net>, the trailer claude-flow\'s commit template writes (its author\'s address).',
      keys: ['co-authored-by'],
      value: /^\s*claude-flow\s*<\s*ruv@ruv\.net\s*>/i,
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22claude-flow%20%3Cruv%40ruv.net%3E%22', ref: 'commits and CLAUDE.md commit templates in public repositories (research/signatures-update.md)' },
      examples: {
        matches: ['Co-Authored-By: claude-flow <ruv@ruv.net>', 'fix(audit): tables\n\nCo-Authored-By: claude-flow <ruv@ruv.net>'],
        nonMatches: [
          { value: 'Co-Authored-By: Reuven Cohen <ruv@ruv.net>', reason: 'the author himself co-authoring, a human' },
          { value: 'Co-Authored-By: claude-flow <bot@example.org>', reason: 'a different address' },
        ],
      },
    },
  ],
});
