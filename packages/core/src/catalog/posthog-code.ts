/** @fileoverview PostHog Code: PostHog's coding agent, which marks the commits it makes with a Generated-By trailer. */
import { defineAssistant } from './define.js';

export default defineAssistant({
  id: 'posthog-code',
  name: 'PostHog Code',
  vendor: 'PostHog',
  providers: ['anthropic', 'openai'],
  homepage: 'https://posthog.com',
  signatures: [
    {
      id: 'posthog-code/generated-by-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Generated-By: PostHog Code (written with a Task-Id: trailer).',
      keys: ['generated-by'],
      value: /^\s*PostHog Code\b/i,
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22Generated-By%3A%20PostHog%20Code%22', ref: 'commits in public repositories (research/signatures-update.md)' },
      examples: {
        matches: ['Generated-By: PostHog Code\nTask-Id: 019a2c1e-7f7d-7000-8000-000000000000', 'generated-by: posthog code'],
        nonMatches: [
          { value: 'Generated-By: PostHog CLI', reason: 'another PostHog tool' },
          { value: 'Task-Id: 019a2c1e', reason: 'a task id alone names no tool' },
        ],
      },
    },
  ],
});
