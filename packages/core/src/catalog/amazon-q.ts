/** @fileoverview Amazon Q Developer: IDE extension, the `q` CLI and the GitHub app. Kiro is kiro.ts. Research §15, §31. */
import { defineAssistant, githubNoreplyEmail } from './define.js';

const RULES_DOC = 'docs.aws.amazon.com amazonq context-project-rules';

export default defineAssistant({
  id: 'amazon-q',
  name: 'Amazon Q Developer',
  vendor: 'Amazon',
  providers: ['amazon', 'anthropic'],
  homepage: 'https://aws.amazon.com/q/developer/',
  signatures: [
    {
      id: 'amazon-q/github-app-identity',
      kind: 'commit-identity',
      strength: 'weak',
      description: 'amazon-q-developer[bot] GitHub App (id 208079219), known only from a third-party detector list.',
      email: githubNoreplyEmail('amazon-q-developer[bot]'),
      source: { tag: '3P', url: 'https://github.com/chaoss/disclosure/blob/90877f4/detection/constants.go', ref: 'chaoss/disclosure@90877f4 detection/constants.go (only source)' },
      examples: {
        matches: ['amazon-q-developer[bot] <208079219+amazon-q-developer[bot]@users.noreply.github.com>'],
        nonMatches: [
          { value: 'Jeff <jeff@amazon.com>', reason: 'a human at amazon.com' },
          { value: 'amazon-q-developer <5+amazon-q-developer@users.noreply.github.com>', reason: 'a human login without [bot]' },
        ],
      },
    },
    {
      id: 'amazon-q/project-rules',
      kind: 'repo-path',
      strength: 'strong',
      description: '.amazonq/rules project rules folder.',
      globs: ['**/.amazonq/rules/**'],
      source: { tag: 'V', url: 'https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/context-project-rules.html', ref: RULES_DOC },
      examples: {
        matches: ['.amazonq/rules/security.md', 'svc/.amazonq/rules/style.md'],
        nonMatches: [{ value: 'amazonq/rules/security.md', reason: 'not a dot folder' }],
      },
    },
    {
      id: 'amazon-q/context-file',
      kind: 'repo-path',
      strength: 'strong',
      description: 'AmazonQ.md context file read by the default Q CLI agent.',
      globs: ['**/AmazonQ.md'],
      source: { tag: '3P', url: 'https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/context-project-rules.html', ref: 'zenn.dev article (2025-07)' },
      examples: {
        matches: ['AmazonQ.md', 'services/api/AmazonQ.md'],
        nonMatches: [{ value: 'docs/amazon-q.md', reason: 'a document about Q, not the context file' }],
      },
    },
    {
      id: 'amazon-q/cli-config',
      kind: 'home-path',
      strength: 'strong',
      description: 'Amazon Q CLI folder ~/.aws/amazonq (MCP config, profiles, agents, history, prompts).',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.aws/amazonq', '.aws/amazonq/**'],
      source: { tag: '3P', url: 'https://aws.github.io/amazon-q-developer-cli', ref: 'AWS dev.to post; V aws.github.io/amazon-q-developer-cli agent format' },
      examples: {
        matches: ['~/.aws/amazonq/mcp.json', '~/.aws/amazonq/cli-agents/reviewer.json', '~/.aws/amazonq'],
        nonMatches: [{ value: '~/.aws/credentials', reason: 'plain AWS CLI credentials' }],
      },
    },
    {
      id: 'amazon-q/cli-chat-process',
      kind: 'process',
      strength: 'weak',
      description: 'A `q chat` process (the `q` name is generic; other tools called q exist).',
      pattern: /^\S*[/\\]q(?:\.exe)?\s+(?:\S*[/\\])?q(?:\.exe)?\s+chat(?:\s|$)/i,
      source: { tag: 'V', url: 'https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/command-line-custom-agents.html', ref: 'AWS docs custom agents (q chat --agent <name>)' },
      examples: {
        matches: ['/opt/homebrew/bin/q q chat --agent reviewer', '/home/ana/.local/bin/q q chat'],
        nonMatches: [
          { value: '/usr/bin/q q -H "select count(*) from data.csv"', reason: 'harelba/q, a text-as-SQL tool' },
          { value: '/usr/bin/python3 python3 q chat', reason: 'not the q executable' },
        ],
      },
    },
    {
      id: 'amazon-q/vscode-extension',
      kind: 'editor-extension',
      strength: 'strong',
      description: 'Amazon Q VS Code extension.',
      editor: 'vscode',
      ids: ['AmazonWebServices.amazon-q-vscode'],
      source: { tag: '3P', url: 'https://marketplace.visualstudio.com/items?itemName=AmazonWebServices.amazon-q-vscode', ref: 'many links, including aws/aws-toolkit-vscode code' },
      examples: {
        matches: ['AmazonWebServices.amazon-q-vscode', 'amazonwebservices.amazon-q-vscode'],
        nonMatches: [{ value: 'AmazonWebServices.aws-toolkit-vscode', reason: 'the AWS Toolkit, not the assistant' }],
      },
    },
    {
      id: 'amazon-q/homebrew',
      kind: 'package',
      strength: 'strong',
      description: 'Amazon Q CLI from Homebrew (a cask).',
      ecosystem: 'brew-cask',
      names: ['amazon-q'],
      source: { tag: '3P', url: 'https://github.com/aws/amazon-q-developer-cli', ref: 'zenn.dev article (brew install amazon-q); cask per aws/amazon-q-developer-cli README' },
      examples: {
        matches: ['brew-cask:amazon-q'],
        nonMatches: [{ value: 'brew-cask:aws-vault', reason: 'an unrelated AWS tool' }],
      },
    },
  ],
});
