/** @fileoverview Gemini Code Assist (Google): IDE extension and the gemini-code-assist[bot] GitHub review app. Research §7. */
import { defineAssistant, githubNoreplyEmail, valueWithGithubNoreply } from './define.js';

const GEM = 'google-gemini/gemini-cli';

export default defineAssistant({
  id: 'gemini-code-assist',
  name: 'Gemini Code Assist',
  vendor: 'Google',
  providers: ['google'],
  homepage: 'https://codeassist.google',
  signatures: [
    {
      id: 'gemini-code-assist/suggestion-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-authored-by trailer for gemini-code-assist[bot], added when one of its review suggestions is committed.',
      keys: ['co-authored-by'],
      value: valueWithGithubNoreply('gemini-code-assist[bot]'),
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22176961590%2Bgemini-code-assist%5Bbot%5D%40users.noreply.github.com%22', ref: `${GEM} history (2,102 trailers)` },
      examples: {
        matches: [
          'Update src/utils.ts\n\nCo-authored-by: gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>',
          'Add cache (#3301)\n\n* Add cache\n\n* Update packages/core/src/cache.ts\n\nCo-authored-by: gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>\n\n* Fix lint',
          'co-authored-by: Gemini Code Assist <176961590+GEMINI-CODE-ASSIST[BOT]@users.noreply.github.com>',
        ],
        nonMatches: [
          { value: 'Co-authored-by: gemini-cli-robot <gemini-cli-robot@google.com>', reason: 'the Gemini CLI release bot, not AI authorship' },
          { value: 'Co-authored-by: Jane Roe <jane@google.com>', reason: 'a human at google.com' },
          { value: 'Addressed the gemini-code-assist review comments.', reason: 'prose, not a trailer' },
        ],
      },
    },
    {
      id: 'gemini-code-assist/github-app-identity',
      kind: 'commit-identity',
      strength: 'strong',
      description: 'gemini-code-assist[bot] (176961590) as a commit author or committer.',
      email: githubNoreplyEmail('gemini-code-assist[bot]'),
      name: /^gemini-code-assist\[bot\]$/i,
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22176961590%2Bgemini-code-assist%5Bbot%5D%40users.noreply.github.com%22', ref: `${GEM} history (2,106 trailers naming the app)` },
      examples: {
        matches: ['gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>'],
        nonMatches: [
          { value: 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>', reason: 'the Actions bot, not AI authorship' },
          { value: 'gemini-cli-robot <gemini-cli-robot@google.com>', reason: 'the Gemini CLI release bot' },
        ],
      },
    },
    {
      id: 'gemini-code-assist/review-config',
      kind: 'repo-path',
      strength: 'strong',
      description: 'Review app configuration .gemini/config.yaml and .gemini/styleguide.md.',
      globs: ['.gemini/config.yaml', '.gemini/styleguide.md'],
      source: { tag: '3P', url: 'https://codeassist.google', ref: 'several repositories\' docs via code search' },
      examples: {
        matches: ['.gemini/config.yaml', '.gemini/styleguide.md'],
        nonMatches: [{ value: '.gemini/settings.json', reason: 'Gemini CLI project settings' }],
      },
    },
    {
      id: 'gemini-code-assist/aiexclude',
      kind: 'repo-path',
      strength: 'strong',
      description: '.aiexclude file keeping files from Gemini Code Assist.',
      globs: ['**/.aiexclude'],
      source: { tag: '3P', url: 'https://codeassist.google', ref: 'awesome-agent-conventions (rules-ignore-files)' },
      examples: {
        matches: ['.aiexclude', 'services/billing/.aiexclude'],
        nonMatches: [{ value: '.aiignore', reason: 'a different ignore file' }],
      },
    },
    {
      id: 'gemini-code-assist/vscode-extension',
      kind: 'editor-extension',
      strength: 'strong',
      description: 'Gemini Code Assist VS Code extension.',
      editor: 'vscode',
      ids: ['Google.geminicodeassist'],
      source: { tag: '3P', url: 'https://marketplace.visualstudio.com/items?itemName=Google.geminicodeassist', ref: 'many READMEs and nix packages' },
      examples: {
        matches: ['Google.geminicodeassist', 'google.geminicodeassist'],
        nonMatches: [{ value: 'Google.gemini-cli-vscode-ide-companion', reason: 'the Gemini CLI companion, a different assistant' }],
      },
    },
  ],
});
