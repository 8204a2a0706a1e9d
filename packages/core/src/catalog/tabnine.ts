/** @fileoverview Tabnine: IDE completions and chat. Research §16, §31 (no commit signature is known). */
import { defineAssistant } from './define.js';

export default defineAssistant({
  id: 'tabnine',
  name: 'Tabnine',
  vendor: 'Tabnine',
  providers: ['tabnine', 'anthropic', 'openai', 'google', 'mistral'],
  homepage: 'https://www.tabnine.com',
  signatures: [
    {
      id: 'tabnine/home-dir',
      kind: 'home-path',
      strength: 'weak',
      description: '~/.tabnine user folder (unconfirmed location).',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.tabnine', '.tabnine/**'],
      source: { tag: '3P', url: 'https://www.tabnine.com', ref: 'research §16 (marked unconfirmed)' },
      examples: {
        matches: ['~/.tabnine', '~/.tabnine/tabnine_config.json'],
        nonMatches: [{ value: '~/.tabnine-backup/config.json', reason: 'a different folder' }],
      },
    },
    {
      id: 'tabnine/vscode-extension',
      kind: 'editor-extension',
      strength: 'strong',
      description: 'Tabnine VS Code extension.',
      editor: 'vscode',
      ids: ['TabNine.tabnine-vscode'],
      source: { tag: '3P', url: 'https://marketplace.visualstudio.com/items?itemName=TabNine.tabnine-vscode', ref: 'many READMEs' },
      examples: {
        matches: ['TabNine.tabnine-vscode', 'tabnine.tabnine-vscode'],
        nonMatches: [{ value: 'Codeium.codeium', reason: 'Codeium' }],
      },
    },
    {
      id: 'tabnine/jetbrains-plugin',
      kind: 'editor-extension',
      strength: 'weak',
      description: 'Tabnine JetBrains plugin (id unconfirmed).',
      editor: 'jetbrains',
      ids: ['com.tabnine.TabNine'],
      source: { tag: '3P', url: 'https://plugins.jetbrains.com/search?search=com.tabnine.TabNine', ref: 'research §16, §31 (JetBrains id marked unconfirmed)' },
      examples: {
        matches: ['com.tabnine.TabNine'],
        nonMatches: [{ value: 'com.github.copilot', reason: 'Copilot' }],
      },
    },
  ],
});
