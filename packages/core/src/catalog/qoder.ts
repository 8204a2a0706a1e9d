/** @fileoverview Qoder (Alibaba): the agentic IDE and Qoder CLI; co-author identity and the markers its terminals carry. */
import { defineAssistant, valueWithEmail } from './define.js';

const HOOK = 'https://www.npmjs.com/package/@ai-coding-workshop/commit-msg';

export default defineAssistant({
  id: 'qoder',
  name: 'Qoder',
  vendor: 'Alibaba',
  providers: ['alibaba', 'anthropic', 'openai', 'google'],
  homepage: 'https://qoder.com',
  signatures: [
    {
      id: 'qoder/co-author-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-authored-by / Co-developed-by: Qoder <noreply@qoder.com> (also the .com.cn address of the China build).',
      keys: ['co-authored-by', 'co-developed-by'],
      value: valueWithEmail('noreply@qoder.com', 'noreply@qoder.com.cn'),
      source: { tag: '3P', url: HOOK, ref: '@ai-coding-workshop/commit-msg tool configs (Qoder, Qoder CLI); O agent instructions via code search' },
      examples: {
        matches: ['Co-authored-by: Qoder <noreply@qoder.com>', 'Co-developed-by: Qoder CLI <noreply@qoder.com>', 'Co-authored-by: Qoder <noreply@qoder.com.cn>'],
        nonMatches: [
          { value: 'Co-authored-by: Qoder <notice-noreply@qoder.com>', reason: 'the newsletter sender, not the agent' },
          { value: 'Co-authored-by: Lin Example <lin@qoder.com>', reason: 'a human at qoder.com' },
        ],
      },
    },
    {
      id: 'qoder/cli-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'QODER_CLI=1, set in the shells Qoder CLI runs.',
      name: 'QODER_CLI',
      value: /^1$/,
      source: { tag: '3P', url: HOOK, ref: '@ai-coding-workshop/commit-msg Qoder CLI config (QODER_CLI=1)' },
      examples: { matches: ['QODER_CLI=1'], nonMatches: [{ value: 'QODER_CLI=0', reason: 'switched off' }] },
    },
    {
      id: 'qoder/ide-brand-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'VSCODE_BRAND=Qoder, set in the Qoder IDE\'s terminals.',
      name: 'VSCODE_BRAND',
      value: /^Qoder$/i,
      source: { tag: '3P', url: HOOK, ref: '@ai-coding-workshop/commit-msg Qoder IDE config (VSCODE_BRAND=Qoder)' },
      examples: { matches: ['VSCODE_BRAND=Qoder'], nonMatches: [{ value: 'VSCODE_BRAND=Cursor', reason: 'another VS Code fork' }] },
    },
    {
      id: 'qoder/ide-bundle-env',
      kind: 'env-var',
      strength: 'strong',
      description: '__CFBundleIdentifier=com.qoder.ide, the macOS bundle id inherited by processes the Qoder IDE starts.',
      name: '__CFBundleIdentifier',
      value: /^com\.qoder\.ide$/i,
      source: { tag: '3P', url: HOOK, ref: '@ai-coding-workshop/commit-msg Qoder IDE config (__CFBundleIdentifier=com.qoder.ide)' },
      examples: { matches: ['__CFBundleIdentifier=com.qoder.ide'], nonMatches: [{ value: '__CFBundleIdentifier=com.microsoft.VSCode', reason: 'VS Code' }] },
    },
  ],
});
