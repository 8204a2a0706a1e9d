/** @fileoverview Sisyphus (oh-my-opencode): the orchestrating agent built on OpenCode. Research §30. */
import { defineAssistant, valueWithEmail } from './define.js';

export default defineAssistant({
  id: 'sisyphus',
  name: 'Sisyphus',
  vendor: 'Sisyphus Labs',
  providers: ['anthropic', 'openai', 'google'],
  homepage: 'https://sisyphuslabs.ai',
  signatures: [
    {
      id: 'sisyphus/co-author-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-authored-by: Sisyphus <clio-agent@sisyphuslabs.ai> trailer.',
      keys: ['co-authored-by'],
      value: valueWithEmail('clio-agent@sisyphuslabs.ai'),
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22clio-agent%40sisyphuslabs.ai%22', ref: 'anthropics/claude-code and google-gemini/gemini-cli refs (research §30)' },
      examples: {
        matches: [
          'Co-authored-by: Sisyphus <clio-agent@sisyphuslabs.ai>',
          'CO-AUTHORED-BY: Sisyphus <Clio-Agent@SisyphusLabs.ai>',
          'Refactor router (#90)\n\n* Split files\n\n---------\n\nCo-authored-by: Sisyphus <clio-agent@sisyphuslabs.ai>',
        ],
        nonMatches: [
          { value: 'Co-authored-by: Sisyphus <sisyphus@example.org>', reason: 'a display name alone is not matched' },
          { value: 'Co-authored-by: Clio Example <clio@sisyphuslabs.ai>', reason: 'a human at sisyphuslabs.ai' },
        ],
      },
    },
  ],
});
