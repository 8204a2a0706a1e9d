/** @fileoverview JetBrains AI Assistant: the AI plugin bundled with JetBrains IDEs (Junie has its own file). Research §21. */
import { defineAssistant, githubNoreplyEmail } from './define.js';

const GITAI = 'git-ai-project/git-ai@55a1d728f';
const RULER = 'intellectronica/ruler@0fa2cae README.md';

export default defineAssistant({
  id: 'jetbrains-ai',
  name: 'JetBrains AI Assistant',
  vendor: 'JetBrains',
  providers: ['jetbrains', 'openai', 'anthropic', 'google'],
  homepage: 'https://www.jetbrains.com/ai-assistant/',
  signatures: [
    {
      id: 'jetbrains-ai/plugin',
      kind: 'editor-extension',
      strength: 'strong',
      description: 'JetBrains AI Assistant plugin (com.intellij.ml.llm, which also hosts Junie classes).',
      editor: 'jetbrains',
      ids: ['com.intellij.ml.llm'],
      source: { tag: '3P', url: 'https://github.com/git-ai-project/git-ai/blob/55a1d728f/StackTraceAnalyzer.kt', ref: `${GITAI} StackTraceAnalyzer.kt, visualstudio/DESIGN.md` },
      examples: {
        matches: ['com.intellij.ml.llm', 'COM.INTELLIJ.ML.LLM'],
        nonMatches: [
          { value: 'org.jetbrains.junie', reason: 'Junie, reported by its own file' },
          { value: 'com.intellij.ml.llm.matterhorn.junie', reason: 'a package inside the plugin, not a plugin id' },
        ],
      },
    },
    {
      id: 'jetbrains-ai/rules',
      kind: 'repo-path',
      strength: 'strong',
      description: 'AI Assistant project rules in .aiassistant/rules/*.md.',
      globs: ['**/.aiassistant/rules/*.md'],
      source: { tag: '3P', url: 'https://github.com/intellectronica/ruler/blob/0fa2cae/README.md', ref: `${RULER}; V jetbrains.com/help/ai-assistant/configure-agent-behavior` },
      examples: {
        matches: ['.aiassistant/rules/style.md', 'backend/.aiassistant/rules/testing.md'],
        nonMatches: [
          { value: 'docs/aiassistant/rules/style.md', reason: 'not the dot folder' },
          { value: 'AGENTS.md', reason: 'shared file AI Assistant also reads (any-agent)' },
        ],
      },
    },
    {
      id: 'jetbrains-ai/aiignore',
      kind: 'repo-path',
      strength: 'strong',
      description: '.aiignore, the file that keeps paths away from JetBrains AI.',
      globs: ['**/.aiignore'],
      source: { tag: '3P', url: 'https://www.jetbrains.com/ai-assistant/', ref: 'awesome-agent-conventions' },
      examples: {
        matches: ['.aiignore', 'web/.aiignore'],
        nonMatches: [{ value: '.cursorignore', reason: 'Cursor\'s ignore file' }],
      },
    },
    {
      id: 'jetbrains-ai/bot-identity',
      kind: 'commit-identity',
      strength: 'weak',
      description: 'jetbrains-ai[bot] (220155983) GitHub App identity, known from one detector list only.',
      email: githubNoreplyEmail('jetbrains-ai[bot]'),
      source: { tag: '3P', url: 'https://github.com/chaoss/disclosure/blob/90877f4/detection/constants.go', ref: 'chaoss/disclosure@90877f4 detection/constants.go only' },
      examples: {
        matches: ['jetbrains-ai[bot] <220155983+jetbrains-ai[bot]@users.noreply.github.com>'],
        nonMatches: [
          { value: 'JetBrains AI <ai@jetbrains.com>', reason: 'a jetbrains.com address, not the bot' },
          { value: 'jetbrains-ai-fan <7+jetbrains-ai-fan@users.noreply.github.com>', reason: 'a human login' },
        ],
      },
    },
  ],
});
