/** @fileoverview Grok (xAI) used as a coding agent: the co-author trailer and footer seen in public repositories. */
import { defineAssistant, valueWithEmail } from './define.js';

export default defineAssistant({
  id: 'grok',
  name: 'Grok',
  vendor: 'xAI',
  providers: ['xai'],
  homepage: 'https://x.ai/grok',
  signatures: [
    {
      id: 'grok/co-author-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-Authored-By: Grok <noreply@x.ai>, the trailer Grok-driven agents add (x.ai noreply address).',
      keys: ['co-authored-by'],
      value: valueWithEmail('noreply@x.ai'),
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22noreply%40x.ai%22', ref: 'commits and agent instructions in public repositories (research/signatures-update.md)' },
      examples: {
        matches: ['Co-Authored-By: Grok <noreply@x.ai>', 'co-authored-by: Grok 4 <NOREPLY@X.AI>', 'Add ticker\n\n* Add\n\n---------\n\nCo-Authored-By: Grok <noreply@x.ai>'],
        nonMatches: [
          { value: 'Co-Authored-By: Elena Example <elena@x.ai>', reason: 'a human at x.ai' },
          { value: 'Co-Authored-By: Grok <grok@example.org>', reason: 'the display name alone proves nothing' },
          { value: 'We asked Grok (noreply@x.ai) about this.', reason: 'prose, not a trailer' },
        ],
      },
    },
    {
      id: 'grok/generated-with-footer',
      kind: 'commit-marker',
      strength: 'strong',
      description: '"Generated with [Grok](https://x.ai)" footer, the Claude-style footer written by Grok-driven agents.',
      pattern: /Generated with \[Grok\]\(https:\/\/(?:www\.)?x\.ai/i,
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22Generated%20with%20%5BGrok%5D%22', ref: 'commits in public repositories (research/signatures-update.md)' },
      examples: {
        matches: ['🤖 Generated with [Grok](https://x.ai)', 'Fix\n\n🤖 Generated with [Grok](https://x.ai/grok)\n\nCo-Authored-By: Grok <noreply@x.ai>'],
        nonMatches: [{ value: 'docs: compare Grok with other models', reason: 'prose about Grok' }],
      },
    },
  ],
});
