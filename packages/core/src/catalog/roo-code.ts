/** @fileoverview Roo Code: VS Code extension, CLI and the Roomote cloud agent. Research §11, §31. */
import { defineAssistant, exactEmail, valueWithEmail } from './define.js';

const ROO = 'RooCodeInc/Roo-Code@cb83656718';
const ROOMOTE_BOT = /^(?:\d+\+)?roomote(?:-v0)?\[bot\]@users\.noreply\.github\.com$/;

export default defineAssistant({
  id: 'roo-code',
  name: 'Roo Code',
  vendor: 'Roo Code',
  providers: ['anthropic', 'openai', 'google', 'deepseek', 'mistral', 'xai', 'alibaba', 'moonshot', 'zhipu', 'amazon', 'local'],
  homepage: 'https://roocode.com',
  signatures: [
    {
      id: 'roo-code/roomote-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-authored-by trailer with the Roomote cloud agent\'s address.',
      keys: ['co-authored-by'],
      value: valueWithEmail('roomote@roocode.com'),
      source: { tag: 'O', url: 'https://github.com/RooCodeInc/Roo-Code/tree/cb83656718', ref: `${ROO} e686deea (5,609 trailers)` },
      examples: {
        matches: [
          'Co-authored-by: Roo Code <roomote@roocode.com>',
          'co-Authored-BY: Roo Code <Roomote@RooCode.com>',
          'Add Gemini 3 to model list (#9876)\n\n* Add model\n\n* Fix pricing\n\n---------\n\nCo-authored-by: Roo Code <roomote@roocode.com>',
        ],
        nonMatches: [
          { value: 'Co-authored-by: Matt Rubens <matt@roocode.com>', reason: 'a human at roocode.com, not the agent address' },
          { value: 'Ported the prompt from Roo Code; see roomote@roocode.com thread.', reason: 'prose, not a trailer' },
        ],
      },
    },
    {
      id: 'roo-code/roomote-identity',
      kind: 'commit-identity',
      strength: 'strong',
      description: 'Roomote cloud agent commits as Roo Code <roomote@roocode.com>.',
      email: exactEmail('roomote@roocode.com'),
      source: { tag: 'O', url: 'https://github.com/RooCodeInc/Roo-Code/tree/cb83656718', ref: `${ROO} e686deea (3,155 author rows)` },
      examples: {
        matches: ['Roo Code <roomote@roocode.com>', 'Roomote <ROOMOTE@roocode.com>'],
        nonMatches: [{ value: 'Roo Code <hannes@roocode.com>', reason: 'a human at roocode.com, whatever the display name' }],
      },
    },
    {
      id: 'roo-code/roomote-app-identity',
      kind: 'commit-identity',
      strength: 'strong',
      description: 'The Roomote GitHub App (roomote[bot] or roomote-v0[bot]).',
      email: ROOMOTE_BOT,
      source: { tag: 'O', url: 'https://github.com/RooCodeInc/Roo-Code/tree/cb83656718', ref: `${ROO} dcc4ba25` },
      examples: {
        matches: ['roomote[bot] <219738659+roomote[bot]@users.noreply.github.com>', 'roomote-v0[bot] <219738659+roomote-v0[bot]@users.noreply.github.com>'],
        nonMatches: [{ value: 'roomote <55+roomote@users.noreply.github.com>', reason: 'a human login without [bot]' }],
      },
    },
    {
      id: 'roo-code/roomote-app-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-authored-by trailer for the Roomote GitHub App, left by squash merges of its commits.',
      keys: ['co-authored-by'],
      value: /<\s*(?:\d+\+)?roomote(?:-v0)?\[bot\]@users\.noreply\.github\.com\s*>/i,
      source: { tag: 'O', url: 'https://github.com/RooCodeInc/Roo-Code/tree/cb83656718', ref: `${ROO} dcc4ba25; squash-merge co-author copying per research §33.6` },
      examples: {
        matches: ['Co-authored-by: roomote[bot] <219738659+roomote[bot]@users.noreply.github.com>'],
        nonMatches: [{ value: 'Co-authored-by: roomote-fan <7+roomote-fan@users.noreply.github.com>', reason: 'a different login' }],
      },
    },
    {
      id: 'roo-code/roo-dir',
      kind: 'repo-path',
      strength: 'strong',
      description: '.roo/ project folder: rules, per-mode rules, MCP config, commands and skills.',
      globs: ['**/.roo/rules/**', '**/.roo/rules-*/**', '**/.roo/mcp.json', '**/.roo/commands/**', '**/.roo/skills/**'],
      source: { tag: 'V', url: 'https://github.com/RooCodeInc/Roo-Code/blob/cb83656718/src/services/roo-config', ref: `${ROO} src/services/roo-config, custom-instructions` },
      examples: {
        matches: ['.roo/rules/01-general.md', '.roo/rules-code/style.md', '.roo/mcp.json', 'app/.roo/commands/release.md'],
        nonMatches: [
          { value: '.roo/README.md', reason: 'not a file Roo reads' },
          { value: 'src/roo/rules/a.md', reason: 'not a dot folder' },
        ],
      },
    },
    {
      id: 'roo-code/roo-files',
      kind: 'repo-path',
      strength: 'strong',
      description: '.roomodes, .rooignore and the legacy .roorules / .roorules-<mode> files (Kilo also reads .roorules).',
      globs: ['**/.roomodes', '**/.rooignore', '**/.roorules', '**/.roorules-*'],
      source: { tag: 'V', url: 'https://github.com/RooCodeInc/Roo-Code/blob/cb83656718/src/services/roo-config', ref: `${ROO} src/services/roo-config, src/core/prompts/sections/custom-instructions.ts` },
      examples: {
        matches: ['.roomodes', '.rooignore', '.roorules', '.roorules-architect'],
        nonMatches: [{ value: '.clinerules', reason: 'Cline\'s rules file, though Roo reads it too' }],
      },
    },
    {
      id: 'roo-code/home-dir',
      kind: 'home-path',
      strength: 'strong',
      description: '~/.roo global folder (global rules and settings).',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.roo', '.roo/**'],
      source: { tag: 'V', url: 'https://github.com/RooCodeInc/Roo-Code/blob/cb83656718/src/services/roo-config', ref: `${ROO} src/services/roo-config tests (getGlobalRooDirectory)` },
      examples: {
        matches: ['~/.roo', '~/.roo/rules/global.md'],
        nonMatches: [{ value: '~/.roomba/config', reason: 'a different folder' }],
      },
    },
    {
      id: 'roo-code/process',
      kind: 'process',
      strength: 'strong',
      description: 'Roo Code CLI running from its npm package (the bare `roo` name is too generic).',
      pattern: /@roo-code[/\\]cli[/\\]/i,
      source: { tag: 'V', url: 'https://github.com/RooCodeInc/Roo-Code/blob/cb83656718/apps/cli/package.json', ref: `${ROO} apps/cli/package.json` },
      examples: {
        matches: ['/usr/bin/node node /usr/lib/node_modules/@roo-code/cli/dist/index.js --mode code'],
        nonMatches: [{ value: '/usr/local/bin/roo roo serve', reason: 'a bare `roo` is too generic (§33.13)' }],
      },
    },
    {
      id: 'roo-code/vscode-extension',
      kind: 'editor-extension',
      strength: 'strong',
      description: 'Roo Code VS Code extension.',
      editor: 'vscode',
      ids: ['RooVeterinaryInc.roo-cline'],
      source: { tag: 'V', url: 'https://github.com/RooCodeInc/Roo-Code/blob/cb83656718/src/package.json', ref: `${ROO} src/package.json` },
      examples: {
        matches: ['RooVeterinaryInc.roo-cline', 'rooveterinaryinc.roo-cline'],
        nonMatches: [{ value: 'saoudrizwan.claude-dev', reason: 'Cline, the project Roo forked' }],
      },
    },
    {
      id: 'roo-code/npm-package',
      kind: 'package',
      strength: 'strong',
      description: 'The Roo Code CLI npm package.',
      ecosystem: 'npm',
      names: ['@roo-code/cli'],
      source: { tag: 'V', url: 'https://github.com/RooCodeInc/Roo-Code/blob/cb83656718/apps/cli/package.json', ref: `${ROO} apps/cli/package.json` },
      examples: {
        matches: ['npm:@roo-code/cli'],
        nonMatches: [{ value: 'npm:roo', reason: 'an unrelated package' }],
      },
    },
    {
      id: 'roo-code/active-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'ROO_ACTIVE=true, set in the terminals Roo Code spawns.',
      name: 'ROO_ACTIVE',
      value: /^true$/i,
      source: { tag: 'V', url: 'https://github.com/RooCodeInc/Roo-Code/blob/cb83656718/src/integrations/terminal/Terminal.ts', ref: `${ROO} src/integrations/terminal/Terminal.ts` },
      examples: {
        matches: ['ROO_ACTIVE=true'],
        nonMatches: [{ value: 'ROO_ACTIVE=', reason: 'empty, not the marker' }],
      },
    },
    {
      id: 'roo-code/cli-command',
      kind: 'command',
      strength: 'strong',
      description: 'The Roo Code CLI started through a package runner (`npx @roo-code/cli`).',
      programs: [],
      packages: ['@roo-code/cli'],
      source: { tag: 'V', url: 'https://github.com/RooCodeInc/Roo-Code', ref: 'RooCodeInc/Roo-Code CLI package @roo-code/cli' },
      examples: {
        matches: ['npx @roo-code/cli'],
        nonMatches: [{ value: 'npx roo', reason: 'another package' }],
      },
    },
  ],
});
