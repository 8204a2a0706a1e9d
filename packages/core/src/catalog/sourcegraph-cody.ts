/** @fileoverview Sourcegraph Cody: IDE extension and GitHub app. Amp is amp.ts. Research §17, §31. */
import { defineAssistant, githubNoreplyEmail } from './define.js';

export default defineAssistant({
  id: 'sourcegraph-cody',
  name: 'Sourcegraph Cody',
  vendor: 'Sourcegraph',
  providers: ['sourcegraph', 'anthropic', 'openai', 'google', 'mistral'],
  homepage: 'https://sourcegraph.com/cody',
  signatures: [
    {
      id: 'sourcegraph-cody/github-app-identity',
      kind: 'commit-identity',
      strength: 'weak',
      description: 'sourcegraph-cody[bot] GitHub App (id 201248094), known only from a third-party detector list.',
      email: githubNoreplyEmail('sourcegraph-cody[bot]'),
      source: { tag: '3P', url: 'https://github.com/chaoss/disclosure/blob/90877f4/detection/constants.go', ref: 'chaoss/disclosure@90877f4 detection/constants.go (only source)' },
      examples: {
        matches: ['sourcegraph-cody[bot] <201248094+sourcegraph-cody[bot]@users.noreply.github.com>'],
        nonMatches: [
          { value: 'Cody Example <cody@sourcegraph.com>', reason: 'a human at sourcegraph.com, whatever the name' },
          { value: 'sourcegraph-bot <1+sourcegraph-bot@users.noreply.github.com>', reason: 'a different login' },
        ],
      },
    },
    {
      id: 'sourcegraph-cody/vscode-extension',
      kind: 'editor-extension',
      strength: 'strong',
      description: 'Cody VS Code extension.',
      editor: 'vscode',
      ids: ['sourcegraph.cody-ai'],
      source: { tag: '3P', url: 'https://marketplace.visualstudio.com/items?itemName=sourcegraph.cody-ai', ref: 'Sourcegraph blog posts and READMEs' },
      examples: {
        matches: ['sourcegraph.cody-ai', 'Sourcegraph.Cody-AI'],
        nonMatches: [{ value: 'sourcegraph.amp', reason: 'Amp, a separate assistant' }],
      },
    },
  ],
});
