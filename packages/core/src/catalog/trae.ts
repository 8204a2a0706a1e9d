/** @fileoverview Trae (ByteDance): the Trae IDE, TraeWork, TRAE CLI and the MarsCode extension it grew from. Research §24. */
import { defineAssistant, valueWithEmail } from './define.js';

const TRAEWORK_DOCS = 'w3cschool TraeWork rules page (mirror of Trae docs)';
const OSQ = 'osquery/osquery@a5b14f63d osquery/tables/applications/vscode_extensions.cpp (trae edition)';

export default defineAssistant({
  id: 'trae',
  name: 'Trae',
  vendor: 'ByteDance',
  providers: ['bytedance', 'anthropic', 'openai', 'google'],
  homepage: 'https://www.trae.ai',
  signatures: [
    {
      id: 'trae/cli-co-author-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-authored-by: TRAE CLI <traecli@bytedance.com> trailer (observed; whether it is on by default is unconfirmed).',
      keys: ['co-authored-by'],
      value: valueWithEmail('traecli@bytedance.com'),
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22traecli%40bytedance.com%22', ref: 'sgl-project/sglang commit (2026-08-21) and several repos via code search' },
      examples: {
        matches: [
          'Co-authored-by: TRAE CLI <traecli@bytedance.com>',
          'CO-AUTHORED-BY: TRAE CLI <TraeCLI@ByteDance.com>',
          'Speed up the scheduler (#9120)\n\n* Batch requests\n\n* Add benchmark\n\n---------\n\nCo-authored-by: TRAE CLI <traecli@bytedance.com>\nCo-authored-by: Li Example <li.example@bytedance.com>',
        ],
        nonMatches: [
          { value: 'Co-authored-by: Li Example <li.example@bytedance.com>', reason: 'a human at bytedance.com, a shared domain' },
          { value: 'Co-authored-by: TRAE CLI <trae@example.com>', reason: 'not the TRAE CLI address; display names are not matched' },
          { value: 'Tried TRAE CLI (traecli@bytedance.com) for this refactor.', reason: 'prose, not a trailer' },
        ],
      },
    },
    {
      id: 'trae/project-rules',
      kind: 'repo-path',
      strength: 'strong',
      description: 'Trae project rules: any .md under .trae/rules/ (project_rules.md originally).',
      globs: ['**/.trae/rules/**/*.md'],
      source: { tag: '3P', url: 'https://docs.trae.ai/ide/rules-for-ai', ref: 'mirrors of Trae docs (w3cschool traedocs, InfoQ/Volcengine article)' },
      examples: {
        matches: ['.trae/rules/project_rules.md', 'app/.trae/rules/testing.md'],
        nonMatches: [
          { value: 'docs/trae/rules/project_rules.md', reason: 'not the dot folder' },
          { value: 'CLAUDE.local.md', reason: 'TraeWork imports it, but it is Claude Code\'s file' },
        ],
      },
    },
    {
      id: 'trae/user-rules',
      kind: 'home-path',
      strength: 'strong',
      description: 'TraeWork user rules in ~/.trae-cn/user_rules.',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.trae-cn/user_rules', '.trae-cn/user_rules/**'],
      source: { tag: '3P', url: 'https://docs.trae.ai/ide/rules-for-ai', ref: TRAEWORK_DOCS },
      examples: {
        matches: ['~/.trae-cn/user_rules', '~/.trae-cn/user_rules/style.md'],
        nonMatches: [{ value: '~/.trae-cn-backup/user_rules', reason: 'a different folder' }],
      },
    },
    {
      id: 'trae/extensions-dir',
      kind: 'home-path',
      strength: 'strong',
      description: 'Trae editor extensions folder and its remote server folder.',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.trae/extensions', '.trae/extensions/**', '.trae-server', '.trae-server/**'],
      source: { tag: 'V', url: 'https://github.com/osquery/osquery/blob/a5b14f63d/osquery/tables/applications/vscode_extensions.cpp', ref: OSQ },
      examples: {
        matches: ['~/.trae/extensions/extensions.json', '~/.trae-server/extensions/extensions.json'],
        nonMatches: [{ value: '~/.vscode/extensions/extensions.json', reason: 'VS Code\'s folder' }],
      },
    },
    {
      id: 'trae/marscode-extension',
      kind: 'editor-extension',
      strength: 'strong',
      description: 'MarsCode VS Code extension, the plugin Trae grew from.',
      editor: 'vscode',
      ids: ['MarsCode.marscode-extension'],
      source: { tag: '3P', url: 'https://marketplace.visualstudio.com/items?itemName=MarsCode.marscode-extension', ref: 'README links to the Marketplace item' },
      examples: {
        matches: ['MarsCode.marscode-extension', 'marscode.marscode-extension'],
        nonMatches: [{ value: 'marscode.marscode-theme', reason: 'a different extension id' }],
      },
    },
    {
      id: 'trae/noreply-co-author-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-authored-by: TRAE CLI <noreply@bytedance.com> or TRAE Agent <noreply@trae.ai>.',
      keys: ['co-authored-by'],
      value: /^\s*TRAE\b[^<]*<\s*noreply@bytedance\.com\s*>|<\s*noreply@trae\.ai\s*>/i,
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22TRAE%20CLI%20%3Cnoreply%40bytedance.com%3E%22', ref: 'commits in public repositories (research/signatures-update.md)' },
      examples: {
        matches: ['Co-authored-by: TRAE CLI <noreply@bytedance.com>', 'Co-authored-by: TRAE Agent <noreply@trae.ai>'],
        nonMatches: [
          { value: 'Co-authored-by: Build Bot <noreply@bytedance.com>', reason: 'ByteDance\'s shared noreply address without the TRAE name' },
          { value: 'Co-authored-by: Wei <wei@trae.ai>', reason: 'a human at trae.ai' },
        ],
      },
    },
  ],
});
