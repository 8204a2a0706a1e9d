/** @fileoverview Mastra: the agent platform whose GitHub app commits for its cloud agents. */
import { defineAssistant, githubNoreplyEmail, valueWithGithubNoreply } from './define.js';

export default defineAssistant({
  id: 'mastra',
  name: 'Mastra',
  vendor: 'Mastra',
  providers: ['anthropic', 'openai', 'google'],
  homepage: 'https://mastra.ai',
  signatures: [
    {
      id: 'mastra/github-app-identity',
      kind: 'commit-identity',
      strength: 'strong',
      description: 'mastra-platform[bot] (GitHub user id 284800079) as author or committer.',
      email: githubNoreplyEmail('mastra-platform[bot]'),
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22284800079%2Bmastra-platform%5Bbot%5D%40users.noreply.github.com%22', ref: 'commits in public repositories (research/signatures-update.md)' },
      examples: {
        matches: ['mastra-platform[bot] <284800079+mastra-platform[bot]@users.noreply.github.com>', 'Mastra <284800079+mastra-platform@users.noreply.github.com>'],
        nonMatches: [{ value: 'mastra-platform <5+mastra-platform@users.noreply.github.com>', reason: 'a human login without [bot] and another id' }],
      },
    },
    {
      id: 'mastra/github-app-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'A co-author trailer naming mastra-platform[bot], whatever display name it carries.',
      keys: ['co-authored-by'],
      value: valueWithGithubNoreply('mastra-platform[bot]'),
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22284800079%2Bmastra-platform%5Bbot%5D%40users.noreply.github.com%22', ref: 'squash merges of the app\'s commits (research §33.6)' },
      examples: {
        matches: ['Co-authored-by: Mastra <284800079+mastra-platform[bot]@users.noreply.github.com>'],
        nonMatches: [{ value: 'Co-authored-by: Abhi <9+abhi@users.noreply.github.com>', reason: 'a human' }],
      },
    },
  ],
});
