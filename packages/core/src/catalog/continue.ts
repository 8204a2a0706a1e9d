/** @fileoverview Continue: VS Code extension, JetBrains plugin and the `cn` CLI. Research §13, §31. */
import { defineAssistant, githubNoreplyEmail, valueWithEmail } from './define.js';

const CONT = 'continuedev/continue@d0a3c0b626';
const SIGNATURE = `${CONT} extensions/cli/src/systemMessage.ts`;

export default defineAssistant({
  id: 'continue',
  name: 'Continue',
  vendor: 'Continue',
  providers: ['anthropic', 'openai', 'google', 'deepseek', 'mistral', 'xai', 'alibaba', 'moonshot', 'zhipu', 'amazon', 'local'],
  homepage: 'https://continue.dev',
  signatures: [
    {
      id: 'continue/anthropic-model-config',
      kind: 'config-content',
      strength: 'strong',
      description: 'A Continue config or model block in the repository using the Anthropic provider or a Claude model.',
      globs: ['.continue/**/*.{yaml,yml,json}', '**/.continuerc.json'],
      pattern: /^\s*(?:-\s*)?"?(?:provider"?\s*:\s*"?anthropic"?\s*,?\s*$|model"?\s*:\s*"?(?:[\w.-]+\/)*[\w.-]*claude-)/i,
      provider: 'anthropic',
      source: { tag: 'V', url: 'https://docs.continue.dev/reference', ref: 'docs.continue.dev/reference (models: provider, model), docs.continue.dev/yaml-migration; research §13 repo files .continue/models, .continue/assistants' },
      examples: {
        matches: [
          '.continue/models/claude.yaml\nname: Claude\nversion: 0.0.1\nschema: v1\nmodels:\n  - name: Claude Sonnet\n    provider: anthropic\n    model: claude-sonnet-4-5',
          '.continue/config.json\n{\n  "models": [\n    {\n      "title": "Anthropic",\n      "provider": "anthropic",\n      "apiKey": ""\n    }\n  ]\n}',
          '.continue/assistants/team.yml\nmodels:\n  - model: claude-3-7-sonnet-latest',
        ],
        nonMatches: [
          { value: '.continue/models/local.yaml\nmodels:\n  - name: Local\n    provider: ollama\n    model: qwen2.5-coder', reason: 'a local Ollama model' },
          { value: '.continue/rules/style.md\nprovider: anthropic', reason: 'a rules file, not a config file' },
          { value: '.continue/models/notes.yaml\n# we dropped provider: anthropic last year', reason: 'a comment mentioning the provider' },
        ],
      },
    },
    {
      id: 'continue/co-author-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-Authored-By trailer the Continue CLI adds by default (CONTINUE_CLI_DISABLE_COMMIT_SIGNATURE turns it off).',
      keys: ['co-authored-by'],
      value: valueWithEmail('noreply@continue.dev'),
      source: { tag: 'V', url: 'https://github.com/continuedev/continue/blob/d0a3c0b626/extensions/cli/src/systemMessage.ts', ref: `${SIGNATURE}; observed in 557 commits 2025-09-11 to 2026-05` },
      examples: {
        matches: [
          'Co-Authored-By: Continue <noreply@continue.dev>',
          'co-authored-BY: Continue <NoReply@Continue.dev>',
          'Refactor config loader (#7001)\n\n* Split loader\n\n* Tests\n\n---------\n\nGenerated with [Continue](https://continue.dev)\n\nCo-Authored-By: Continue <noreply@continue.dev>',
        ],
        nonMatches: [
          { value: 'Co-authored-by: Nate Sesti <nate@continue.dev>', reason: 'a human at continue.dev, not the tool address' },
          { value: 'Continue the migration; ask noreply@continue.dev why the docs lag.', reason: 'prose, not a trailer' },
        ],
      },
    },
    {
      id: 'continue/generated-with-footer',
      kind: 'commit-marker',
      strength: 'strong',
      description: '"Generated with [Continue](https://continue.dev)" footer of the Continue CLI.',
      pattern: /Generated with (?:\[Continue\]|Continue\s*\(?https?:\/\/(?:www\.)?continue\.dev)/i,
      source: { tag: 'V', url: 'https://github.com/continuedev/continue/blob/d0a3c0b626/extensions/cli/src/systemMessage.ts', ref: `${SIGNATURE}; observed in 557 commits` },
      examples: {
        matches: ['Generated with [Continue](https://continue.dev)', 'Add tests\n\nGenerated with [Continue](https://continue.dev)\n\nCo-Authored-By: Continue <noreply@continue.dev>'],
        nonMatches: [
          { value: 'Generated with continue-on-error so the job keeps going', reason: 'the word continue, not the footer' },
          { value: 'docs: explain how to use Continue in VS Code', reason: 'prose about the tool, not its footer' },
        ],
      },
    },
    {
      id: 'continue/bot-identity',
      kind: 'commit-identity',
      strength: 'weak',
      description: 'continue[bot] GitHub App (id 230936708), known only from a third-party detector list.',
      email: githubNoreplyEmail('continue[bot]'),
      source: { tag: '3P', url: 'https://github.com/chaoss/disclosure/blob/90877f4/detection/constants.go', ref: 'chaoss/disclosure@90877f4 detection/constants.go (only source)' },
      examples: {
        matches: ['continue[bot] <230936708+continue[bot]@users.noreply.github.com>'],
        nonMatches: [{ value: 'continue-dev <9+continue-dev@users.noreply.github.com>', reason: 'a human login' }],
      },
    },
    {
      id: 'continue/continue-dir',
      kind: 'repo-path',
      strength: 'strong',
      description: '.continue/ project folder: rules, prompts, agents, models, assistants and its .env.',
      globs: [
        '**/.continue/rules/**',
        '**/.continue/prompts/**',
        '**/.continue/agents/**',
        '**/.continue/models/**',
        '**/.continue/assistants/**',
        '**/.continue/.env',
      ],
      source: { tag: 'V', url: 'https://github.com/continuedev/continue/tree/d0a3c0b626', ref: `${CONT} core/ (config loading)` },
      examples: {
        matches: ['.continue/rules/style.md', '.continue/prompts/review.prompt', 'svc/.continue/agents/ci.yaml', '.continue/.env'],
        nonMatches: [{ value: 'continue/rules/style.md', reason: 'not a dot folder' }],
      },
    },
    {
      id: 'continue/config-files',
      kind: 'repo-path',
      strength: 'strong',
      description: '.continuerc.json, .continueignore and .continuerules files.',
      globs: ['**/.continuerc.json', '**/.continueignore', '**/.continuerules'],
      source: { tag: 'V', url: 'https://github.com/continuedev/continue/tree/d0a3c0b626', ref: `${CONT} core/ (config loading)` },
      examples: {
        matches: ['.continuerc.json', 'api/.continueignore', '.continuerules'],
        nonMatches: [{ value: '.continuerc.json.example', reason: 'a sample, not the file read' }],
      },
    },
    {
      id: 'continue/home-dir',
      kind: 'home-path',
      strength: 'strong',
      description: '~/.continue global folder (config.yaml or config.json).',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.continue', '.continue/**'],
      source: { tag: 'V', url: 'https://github.com/continuedev/continue/blob/d0a3c0b626/core/util', ref: `${CONT} core/util` },
      examples: {
        matches: ['~/.continue', '~/.continue/config.yaml'],
        nonMatches: [{ value: '~/.continuum/config', reason: 'a different folder' }],
      },
    },
    {
      id: 'continue/process',
      kind: 'process',
      strength: 'strong',
      description: 'Continue CLI running from its npm package (its `cn` command name is too generic).',
      pattern: /@continuedev[/\\]cli[/\\]/i,
      source: { tag: 'V', url: 'https://github.com/continuedev/continue/blob/d0a3c0b626/extensions/cli/package.json', ref: `${CONT} extensions/cli/package.json` },
      examples: {
        matches: ['/usr/bin/node node /usr/lib/node_modules/@continuedev/cli/dist/cn.js -p "fix lint"'],
        nonMatches: [{ value: '/usr/local/bin/cn cn -p hello', reason: 'a bare `cn` is too generic (§33.13)' }],
      },
    },
    {
      id: 'continue/vscode-extension',
      kind: 'editor-extension',
      strength: 'strong',
      description: 'Continue VS Code extension.',
      editor: 'vscode',
      ids: ['Continue.continue'],
      source: { tag: 'V', url: 'https://github.com/continuedev/continue/blob/d0a3c0b626/extensions/vscode/package.json', ref: `${CONT} extensions/vscode/package.json` },
      examples: {
        matches: ['Continue.continue', 'continue.continue'],
        nonMatches: [{ value: 'continue.continue-preview', reason: 'a different id' }],
      },
    },
    {
      id: 'continue/jetbrains-plugin',
      kind: 'editor-extension',
      strength: 'strong',
      description: 'Continue JetBrains plugin (Marketplace 22707).',
      editor: 'jetbrains',
      ids: ['com.github.continuedev.continueintellijextension'],
      source: { tag: 'V', url: 'https://github.com/continuedev/continue/blob/d0a3c0b626/extensions/intellij', ref: `${CONT} extensions/intellij plugin.xml` },
      examples: {
        matches: ['com.github.continuedev.continueintellijextension'],
        nonMatches: [{ value: 'com.github.copilot', reason: 'Copilot' }],
      },
    },
    {
      id: 'continue/npm-package',
      kind: 'package',
      strength: 'strong',
      description: 'The Continue CLI npm package.',
      ecosystem: 'npm',
      names: ['@continuedev/cli'],
      source: { tag: 'V', url: 'https://github.com/continuedev/continue/blob/d0a3c0b626/extensions/cli/package.json', ref: `${CONT} extensions/cli/package.json` },
      examples: {
        matches: ['npm:@continuedev/cli'],
        nonMatches: [{ value: 'npm:cn', reason: 'an unrelated package with the command\'s name' }],
      },
    },
    {
      id: 'continue/commit-signature-off-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'CONTINUE_CLI_DISABLE_COMMIT_SIGNATURE, set to stop the Continue CLI signing its commits (an opt-out, §33.7).',
      name: 'CONTINUE_CLI_DISABLE_COMMIT_SIGNATURE',
      source: { tag: 'V', url: 'https://github.com/continuedev/continue/blob/d0a3c0b626/extensions/cli/src/systemMessage.ts', ref: SIGNATURE },
      examples: {
        matches: ['CONTINUE_CLI_DISABLE_COMMIT_SIGNATURE=1', 'CONTINUE_CLI_DISABLE_COMMIT_SIGNATURE=true'],
        nonMatches: [{ value: 'CONTINUE_ON_ERROR=1', reason: 'not a Continue variable' }],
      },
    },
    {
      id: 'continue/global-dir-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'CONTINUE_GLOBAL_DIR, overriding the ~/.continue folder.',
      name: 'CONTINUE_GLOBAL_DIR',
      source: { tag: 'V', url: 'https://github.com/continuedev/continue/blob/d0a3c0b626/core/util', ref: `${CONT} core/util` },
      examples: {
        matches: ['CONTINUE_GLOBAL_DIR=/srv/continue'],
        nonMatches: [{ value: 'CONTINUE_DIR=/srv', reason: 'a different variable' }],
      },
    },
    {
      id: 'continue/cli-command',
      kind: 'command',
      strength: 'strong',
      description: 'The Continue CLI started through a package runner (`npx @continuedev/cli`).',
      programs: [],
      packages: ['@continuedev/cli'],
      source: { tag: 'V', url: 'https://github.com/continuedev/continue', ref: 'continuedev/continue CLI package @continuedev/cli' },
      examples: {
        matches: ['npx @continuedev/cli'],
        nonMatches: [{ value: 'npx @continuedev/config-types', reason: 'a library, not the CLI' }],
      },
    },
  ],
});
