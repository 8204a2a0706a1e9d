/** @fileoverview Augment Code: the VS Code and JetBrains extensions and the Auggie CLI. Research §22. */
import { defineAssistant } from './define.js';

const CLI_DOCS = 'docs.augmentcode.com/cli; augmentcode/auggie README';
const RULES_DOCS = 'docs.augmentcode.com/cli/rules; augmentcode/auggie README';

export default defineAssistant({
  id: 'augment',
  name: 'Augment Code',
  vendor: 'Augment Code',
  providers: ['augment'],
  homepage: 'https://www.augmentcode.com',
  signatures: [
    {
      id: 'augment/vscode-extension',
      kind: 'editor-extension',
      strength: 'strong',
      description: 'Augment VS Code extension.',
      editor: 'vscode',
      ids: ['augment.vscode-augment'],
      source: { tag: '3P', url: 'https://marketplace.visualstudio.com/items?itemName=augment.vscode-augment', ref: 'many READMEs linking the Marketplace item' },
      examples: {
        matches: ['augment.vscode-augment', 'Augment.vscode-augment'],
        nonMatches: [{ value: 'augment.other-extension', reason: 'a different extension id' }],
      },
    },
    {
      id: 'augment/cli-package',
      kind: 'package',
      strength: 'strong',
      description: 'Auggie CLI from npm.',
      ecosystem: 'npm',
      names: ['@augmentcode/auggie'],
      source: { tag: 'V', url: 'https://docs.augmentcode.com/cli', ref: CLI_DOCS },
      examples: {
        matches: ['npm:@augmentcode/auggie'],
        nonMatches: [{ value: 'npm:auggie', reason: 'an unscoped package of another author' }],
      },
    },
    {
      id: 'augment/cli-binary',
      kind: 'package',
      strength: 'strong',
      description: 'auggie binary on PATH.',
      ecosystem: 'binary',
      names: ['auggie'],
      source: { tag: 'V', url: 'https://docs.augmentcode.com/cli', ref: CLI_DOCS },
      examples: {
        matches: ['binary:auggie'],
        nonMatches: [{ value: 'binary:augment', reason: 'not the CLI\'s binary name' }],
      },
    },
    {
      id: 'augment/cli-process',
      kind: 'process',
      strength: 'strong',
      description: 'Auggie CLI running from its npm package (matched by package path).',
      pattern: /@augmentcode[/\\]auggie[/\\]/i,
      source: { tag: 'V', url: 'https://docs.augmentcode.com/cli', ref: CLI_DOCS },
      examples: {
        matches: ['/usr/bin/node node /usr/lib/node_modules/@augmentcode/auggie/dist/index.js --print hi'],
        nonMatches: [{ value: '/usr/bin/vim vim augment-notes.md', reason: 'editing a file named after the tool' }],
      },
    },
    {
      id: 'augment/workspace-rules',
      kind: 'repo-path',
      strength: 'strong',
      description: 'Augment workspace rules and commands (.augment/rules/, .augment/commands/) and legacy guidelines files.',
      globs: ['**/.augment/rules/**', '**/.augment/commands/**', '**/.augment-guidelines', '**/.augment/guidelines.md'],
      source: { tag: 'V', url: 'https://docs.augmentcode.com/cli/rules', ref: RULES_DOCS },
      examples: {
        matches: ['.augment/rules/testing.md', '.augment/commands/review.md', '.augment-guidelines', '.augment/guidelines.md'],
        nonMatches: [
          { value: 'src/augment/rules.ts', reason: 'not the dot folder' },
          { value: 'CLAUDE.md', reason: 'Augment also reads CLAUDE.md and AGENTS.md, which are not Augment-specific' },
        ],
      },
    },
    {
      id: 'augment/user-rules',
      kind: 'home-path',
      strength: 'strong',
      description: 'Augment user rules in ~/.augment/rules/.',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.augment/rules', '.augment/rules/**'],
      source: { tag: 'V', url: 'https://docs.augmentcode.com/cli/rules', ref: RULES_DOCS },
      examples: {
        matches: ['~/.augment/rules/style.md'],
        nonMatches: [{ value: '~/.augmented/rules/style.md', reason: 'a different folder' }],
      },
    },
    {
      id: 'augment/agent-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'AUGMENT_AGENT in processes the Augment agent runs (from a detector list only).',
      name: 'AUGMENT_AGENT',
      source: { tag: '3P', url: 'https://github.com/vercel/detect-agent/blob/3ab1df1/agents.json', ref: 'vercel/detect-agent@3ab1df1 agents.json' },
      examples: {
        matches: ['AUGMENT_AGENT=1'],
        nonMatches: [{ value: 'AUGMENT=1', reason: 'a different variable' }],
      },
    },
    {
      id: 'augment/cli-command',
      kind: 'command',
      strength: 'strong',
      description: "Auggie, Augment's CLI, started in a terminal (`auggie`, or `npx @augmentcode/auggie`).",
      programs: ['auggie'],
      packages: ['@augmentcode/auggie'],
      source: { tag: 'V', url: 'https://docs.augmentcode.com/cli', ref: 'docs.augmentcode.com/cli; augmentcode/auggie README' },
      examples: {
        matches: ['auggie', 'npx @augmentcode/auggie'],
        nonMatches: [{ value: 'augment --help', reason: "not the CLI's name" }],
      },
    },
  ],
});
