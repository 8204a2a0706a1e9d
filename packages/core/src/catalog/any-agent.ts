/**
 * @fileoverview Conventions that prove "some AI agent is used" but not which one (research §33.1): shared
 * instruction and MCP files, the AI_AGENT variable and tool-neutral trailers. Never strong on their own.
 */
import { defineAssistant } from './define.js';

const RULER = 'intellectronica/ruler@0fa2cae README.md';
const AIT = 'block/aittributor@f8c4839 README.md';

export default defineAssistant({
  id: 'any-agent',
  name: 'Unspecified AI agent',
  vendor: 'various',
  providers: [],
  homepage: 'https://agents.md',
  signatures: [
    {
      id: 'any-agent/agents-md',
      kind: 'repo-path',
      strength: 'shared',
      description: 'AGENTS.md or AGENT.md instructions, read by most agents (Codex, Cursor, Copilot, Amp, Zed, Junie, Qwen, ...).',
      globs: ['**/AGENTS.md', '**/AGENT.md'],
      source: { tag: 'V', url: 'https://github.com/RooCodeInc/Roo-Code/blob/cb83656718/src/core/prompts/sections/custom-instructions.ts', ref: `RooCodeInc/Roo-Code@cb83656718 src/core/prompts/sections/custom-instructions.ts; zed prompts.rs RULES_FILE_NAMES; 3P ${RULER}, agents.md adopters list` },
      examples: {
        matches: ['AGENTS.md', 'packages/api/AGENTS.md', 'AGENT.md'],
        nonMatches: [
          { value: 'docs/agents.md', reason: 'lower-case page, e.g. about human support agents' },
          { value: 'AGENTS.md.orig', reason: 'a merge leftover, not read by any tool' },
        ],
      },
    },
    {
      id: 'any-agent/agents-override',
      kind: 'repo-path',
      strength: 'weak',
      description: 'AGENTS.override.md, an override of AGENTS.md (format unconfirmed; Codex is said to read it).',
      globs: ['**/AGENTS.override.md'],
      source: { tag: '3P', url: 'https://github.com/intellectronica/ruler/blob/0fa2cae/README.md', ref: `${RULER} (AGENTS.override.md unconfirmed)` },
      examples: {
        matches: ['AGENTS.override.md', 'svc/AGENTS.override.md'],
        nonMatches: [{ value: 'AGENTS.md', reason: 'reported by any-agent/agents-md' }],
      },
    },
    {
      id: 'any-agent/mcp-json',
      kind: 'repo-path',
      strength: 'shared',
      description: '.mcp.json project MCP server list, read and written by several agents.',
      globs: ['**/.mcp.json'],
      source: { tag: 'V', url: 'https://github.com/anthropics/claude-code/blob/5cfc0a19/CHANGELOG.md', ref: `anthropics/claude-code@5cfc0a19 CHANGELOG.md; 3P ${RULER}` },
      examples: {
        matches: ['.mcp.json', 'apps/web/.mcp.json'],
        nonMatches: [{ value: 'mcp.json', reason: 'not the dot file' }],
      },
    },
    {
      id: 'any-agent/agents-skills',
      kind: 'repo-path',
      strength: 'shared',
      description: '.agents/skills/, the tool-neutral skills folder.',
      globs: ['**/.agents/skills/**'],
      source: { tag: '3P', url: 'https://github.com/intellectronica/ruler/blob/0fa2cae/README.md', ref: `${RULER}; research §33.1` },
      examples: {
        matches: ['.agents/skills/release/SKILL.md'],
        nonMatches: [{ value: '.agent/rules/style.md', reason: 'Antigravity\'s singular .agent folder' }],
      },
    },
    {
      id: 'any-agent/home-agents-md',
      kind: 'home-path',
      strength: 'shared',
      description: '~/.agents/AGENTS.md, user-wide instructions several agents read.',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.agents/AGENTS.md'],
      source: { tag: 'V', url: 'https://github.com/cline/cline/blob/21cb8d2525/docs/customization/cline-rules.mdx', ref: 'cline/cline@21cb8d2525 docs/customization/cline-rules.mdx' },
      examples: {
        matches: ['~/.agents/AGENTS.md'],
        nonMatches: [{ value: '~/.codex/AGENTS.md', reason: 'Codex\'s own folder, reported by openai-codex' }],
      },
    },
    {
      id: 'any-agent/ai-agent-env',
      kind: 'env-var',
      strength: 'shared',
      description: 'AI_AGENT, the cross-tool variable agents set in processes they spawn (Claude Code since 2.1.120).',
      name: 'AI_AGENT',
      value: /\S/,
      source: { tag: 'V', url: 'https://github.com/anthropics/claude-code/blob/5cfc0a19/CHANGELOG.md', ref: 'anthropics/claude-code@5cfc0a19 CHANGELOG.md 2.1.120; 3P vercel/detect-agent@3ab1df1 README.md' },
      examples: {
        matches: ['AI_AGENT=claude-code', 'AI_AGENT=1'],
        nonMatches: [
          { value: 'AI_AGENT=', reason: 'empty' },
          { value: 'AI_AGENTS_DIR=/opt/agents', reason: 'a different variable' },
        ],
      },
    },
    {
      id: 'any-agent/ai-assisted-trailer',
      kind: 'commit-trailer',
      strength: 'shared',
      description: 'Ai-assisted: true, added by the block/aittributor hook next to a Co-authored-by for whichever agent ran.',
      keys: ['ai-assisted'],
      value: /^\s*true\s*$/i,
      source: { tag: 'V', url: 'https://github.com/block/aittributor/blob/f8c4839/README.md', ref: `${AIT} (prepare-commit-msg hook)` },
      examples: {
        matches: [
          'Ai-assisted: true',
          'AI-ASSISTED: TRUE',
          'Add flags (#12)\n\n* Add flags\n\n---------\n\nCo-authored-by: Goose <opensource@block.xyz>\nAi-assisted: true',
        ],
        nonMatches: [
          { value: 'Ai-assisted: false', reason: 'explicitly not assisted' },
          { value: 'This change was AI-assisted: true story.', reason: 'prose, not a trailer line' },
        ],
      },
    },
    {
      id: 'any-agent/assisted-by-trailer',
      kind: 'commit-trailer',
      strength: 'shared',
      description: 'Kernel-style Assisted-by: AGENT_NAME:MODEL_VERSION trailer naming any agent (tool-specific files add the name).',
      keys: ['assisted-by'],
      value: /^(?!.*<[^<>]*@[^<>]*>)\s*\S/,
      source: { tag: 'V', url: 'https://github.com/charmbracelet/crush/blob/37f36e938/README.md', ref: 'docs.kernel.org/process/coding-assistants; referenced by charmbracelet/crush@37f36e938 README.md' },
      examples: {
        matches: [
          'Assisted-by: Gemini:gemini-2.5-pro',
          'ASSISTED-BY: GitHub Copilot',
          'net: fix leak (#7)\n\n* Fix leak\n\n---------\n\nAssisted-by: OpenCode:kimi-k2',
        ],
        nonMatches: [
          { value: 'Assisted-by: Nathan Example <nathan@zed.dev>', reason: 'a human helper with an email; @zed.dev co-authors are Zed staff, never AI (§23)' },
          { value: 'Co-authored-by: Antonio Example <antonio@zed.dev>', reason: 'Zed staff co-author trailer, a human' },
          { value: 'Assisted-by:', reason: 'an empty value is not a trailer' },
          { value: 'This was assisted by Copilot.', reason: 'prose, not a trailer' },
        ],
      },
    },
    {
      id: 'any-agent/anthropic-api-key-env',
      kind: 'env-var',
      strength: 'shared',
      description: "An Anthropic API credential in the environment (named, never read): some tool here can send code to Anthropic's API.",
      name: 'ANTHROPIC_API_KEY',
      isSecret: true,
      provider: 'anthropic',
      source: { tag: 'V', url: 'https://github.com/anthropics/claude-code/blob/5cfc0a19/CHANGELOG.md', ref: 'anthropics/claude-code@5cfc0a19 CHANGELOG.md (ANTHROPIC_API_KEY); research Claude Code env: ANTHROPIC_* shared with other Anthropic-API tools' },
      examples: {
        matches: ['ANTHROPIC_API_KEY=sk-ant-api03-xxxx', 'ANTHROPIC_API_KEY'],
        nonMatches: [
          { value: 'ANTHROPIC_BASE_URL=https://proxy.example.com', reason: 'a base URL, not a credential' },
          { value: 'MY_ANTHROPIC_API_KEY_BACKUP=x', reason: 'a different variable' },
        ],
      },
    },
    {
      id: 'any-agent/generated-by-trailer',
      kind: 'commit-trailer',
      strength: 'shared',
      description: 'Generated-by: <tool or model>, the Apache Software Foundation\'s trailer for AI-generated changes, naming a known model family.',
      keys: ['generated-by'],
      value: /\b(?:claude|gpt-?\d|chatgpt|gemini|copilot|codex|deepseek|qwen|grok|llama|mistral|codestral|kimi|glm|cursor|windsurf)\b/i,
      source: { tag: 'V', url: 'https://www.apache.org/legal/generative-tooling.html', ref: 'ASF Generative Tooling Guidance (Generated-by: trailer)' },
      examples: {
        matches: ['Generated-by: ChatGPT 5', 'Generated-by: GitHub Copilot', 'Fix NPE (#12)\n\nGenerated-by: Gemini 2.5 Pro'],
        nonMatches: [
          { value: 'Generated-by: protoc 3.21', reason: 'a code generator, not an AI model' },
          { value: 'Generated-by: scripts/update-deps.sh', reason: 'a script' },
        ],
      },
    },
  ],
});
