/** @fileoverview Amp (ampcode.com, from Sourcegraph): CLI and editor extension. Research §17, §31. */
import { defineAssistant, valueWithEmail } from './define.js';

const DD = 'developersdigest.tech Amp config-files (quotes ampcode.com manual)';
const OBSERVED = 'observed since 2025-07-09, e.g. block/aittributor 719fecb0';

export default defineAssistant({
  id: 'amp',
  name: 'Amp',
  vendor: 'Sourcegraph',
  providers: ['anthropic', 'openai', 'google', 'sourcegraph'],
  homepage: 'https://ampcode.com',
  signatures: [
    {
      id: 'amp/co-author-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-authored-by trailer with Amp\'s address (on by default).',
      keys: ['co-authored-by'],
      value: valueWithEmail('amp@ampcode.com'),
      source: { tag: 'O', url: 'https://github.com/block/aittributor/commit/719fecb0', ref: `708 occurrences ${OBSERVED}` },
      examples: {
        matches: [
          'Co-authored-by: Amp <amp@ampcode.com>',
          'CO-AUTHORED-BY : Amp <AMP@ampcode.com>',
          'Speed up indexing (#512)\n\n* Batch writes\n\n* Tests\n\n---------\n\nAmp-Thread-ID: https://ampcode.com/threads/T-5b6c1a2e-8f3d-4c9a-b1e2-0d4f6a7b8c9d\nCo-authored-by: Amp <amp@ampcode.com>',
        ],
        nonMatches: [
          { value: 'Co-authored-by: Quinn <quinn@ampcode.com>', reason: 'a human at ampcode.com' },
          { value: 'Co-authored-by: Beyang <beyang@sourcegraph.com>', reason: 'a human at sourcegraph.com' },
          { value: 'Paired with Amp (amp@ampcode.com) on this fix.', reason: 'prose, not a trailer' },
        ],
      },
    },
    {
      id: 'amp/thread-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Amp-Thread-ID trailer linking the Amp thread that made the commit.',
      keys: ['amp-thread-id'],
      value: /ampcode\.com\/threads\/T-/i,
      source: { tag: 'O', url: 'https://github.com/block/aittributor/commit/719fecb0', ref: `641 occurrences ${OBSERVED}` },
      examples: {
        matches: ['Amp-Thread-ID: https://ampcode.com/threads/T-5b6c1a2e-8f3d-4c9a-b1e2-0d4f6a7b8c9d', 'amp-thread-id: https://ampcode.com/threads/T-0d4f6a7b'],
        nonMatches: [{ value: 'Thread-ID: https://ampcode.com/threads/T-5b6c1a2e', reason: 'a different trailer key' }],
      },
    },
    {
      id: 'amp/workspace-settings',
      kind: 'repo-path',
      strength: 'strong',
      description: '.amp/settings.json workspace settings.',
      globs: ['**/.amp/settings.json'],
      source: { tag: '3P', url: 'https://ampcode.com', ref: DD },
      examples: {
        matches: ['.amp/settings.json', 'web/.amp/settings.json'],
        nonMatches: [{ value: 'amp/settings.json', reason: 'not a dot folder (an audio project, say)' }],
      },
    },
    {
      id: 'amp/user-config',
      kind: 'home-path',
      strength: 'strong',
      description: 'Amp user settings, global AGENTS.md and plugins in ~/.config/amp (also on Windows).',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.config/amp/settings.json', '.config/amp/settings.jsonc', '.config/amp/AGENTS.md', '.config/amp/plugins/**'],
      source: { tag: '3P', url: 'https://github.com/git-ai-project/git-ai/blob/55a1d728f/src/mdm/agents/amp.rs', ref: `${DD}; git-ai-project/git-ai@55a1d728f src/mdm/agents/amp.rs` },
      examples: {
        matches: ['~/.config/amp/settings.json', '~/.config/amp/AGENTS.md', '~/.config/amp/plugins/review/plugin.ts'],
        nonMatches: [{ value: '~/.config/ampache/settings.json', reason: 'a different program' }],
      },
    },
    {
      id: 'amp/secrets',
      kind: 'home-path',
      strength: 'strong',
      description: 'Amp secrets store (~/.local/share/amp/secrets.json).',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.local/share/amp/secrets.json'],
      source: { tag: '3P', url: 'https://github.com/slashtechno/amped', ref: 'slashtechno/amped; steipete/CodexBar docs' },
      examples: {
        matches: ['~/.local/share/amp/secrets.json'],
        nonMatches: [{ value: '~/.local/share/ampd/secrets.json', reason: 'a different program' }],
      },
    },
    {
      id: 'amp/managed-settings-linux',
      kind: 'managed-policy-path',
      strength: 'strong',
      description: 'Amp managed settings on Linux.',
      platform: 'linux',
      path: '/etc/ampcode/managed-settings.json',
      source: { tag: '3P', url: 'https://ampcode.com', ref: DD },
      examples: {
        matches: ['/etc/ampcode/managed-settings.json'],
        nonMatches: [{ value: '/etc/amp/managed-settings.json', reason: 'not the ampcode folder' }],
      },
    },
    {
      id: 'amp/managed-settings-macos',
      kind: 'managed-policy-path',
      strength: 'strong',
      description: 'Amp managed settings on macOS.',
      platform: 'darwin',
      path: '/Library/Application Support/ampcode/managed-settings.json',
      source: { tag: '3P', url: 'https://ampcode.com', ref: DD },
      examples: {
        matches: ['/Library/Application Support/ampcode/managed-settings.json', '/Library/Application Support/AmpCode/managed-settings.json'],
        nonMatches: [{ value: '/Library/Application Support/ClaudeCode/managed-settings.json', reason: 'Claude Code\'s managed file' }],
      },
    },
    {
      id: 'amp/managed-settings-windows',
      kind: 'managed-policy-path',
      strength: 'strong',
      description: 'Amp managed settings on Windows (%ProgramData%).',
      platform: 'win32',
      path: 'C:\\ProgramData\\ampcode\\managed-settings.json',
      source: { tag: '3P', url: 'https://ampcode.com', ref: DD },
      examples: {
        matches: ['C:\\ProgramData\\ampcode\\managed-settings.json', 'c:/programdata/ampcode/managed-settings.json'],
        nonMatches: [{ value: 'C:\\Program Files\\ampcode\\managed-settings.json', reason: 'not the ProgramData location' }],
      },
    },
    {
      id: 'amp/vscode-extension',
      kind: 'editor-extension',
      strength: 'strong',
      description: 'Amp VS Code extension (also on Open VSX).',
      editor: 'vscode',
      ids: ['sourcegraph.amp'],
      source: { tag: '3P', url: 'https://marketplace.visualstudio.com/items?itemName=sourcegraph.amp', ref: 'nix packages and READMEs' },
      examples: {
        matches: ['sourcegraph.amp', 'Sourcegraph.Amp'],
        nonMatches: [{ value: 'sourcegraph.cody-ai', reason: 'Cody, a separate assistant' }],
      },
    },
    {
      id: 'amp/api-key-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'Amp API key in the environment (named, never read).',
      name: 'AMP_API_KEY',
      isSecret: true,
      source: { tag: '3P', url: 'https://github.com/slashtechno/amped', ref: 'slashtechno/amped; steipete/CodexBar docs' },
      examples: {
        matches: ['AMP_API_KEY=xxxx'],
        nonMatches: [{ value: 'AMPLIFY_API_KEY=abc', reason: 'AWS Amplify, not Amp' }],
      },
    },
    {
      id: 'amp/thread-link',
      kind: 'commit-marker',
      strength: 'strong',
      description: 'A link to an Amp thread (ampcode.com/threads/T-...) anywhere in the message, kept when the trailer is not.',
      pattern: /ampcode\.com\/threads\/T-[0-9a-f]{8}/i,
      source: { tag: 'O', url: 'https://github.com/Comfy-Org/ComfyUI_frontend/issues/17449', ref: 'thread links in prose and PR bodies (research/signatures-update.md)' },
      examples: {
        matches: ['Made in https://ampcode.com/threads/T-5b6c1a2e-8f3d-4c9a-b1e2-0d4f6a7b8c9d', 'See thread: ampcode.com/threads/T-0d4f6a7b-1111-2222-3333-444455556666'],
        nonMatches: [{ value: 'Docs: https://ampcode.com/manual', reason: 'a product page, not a thread' }],
      },
    },
    {
      id: 'amp/cli-command',
      kind: 'command',
      strength: 'weak',
      description: "`amp` started in a terminal: Amp's CLI, but `amp` is a generic program name.",
      programs: ['amp'],
      source: { tag: '3P', url: 'https://ampcode.com', ref: 'research/signatures.md Amp binary amp (3P ait process list)' },
      examples: {
        matches: ['amp', 'amp --execute "fix"'],
        nonMatches: [{ value: 'ampy put main.py', reason: 'a different program' }],
      },
    },
  ],
});
