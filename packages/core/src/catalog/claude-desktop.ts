/** @fileoverview Claude desktop app (Anthropic): chat app with MCP config, and Cowork's embedded Claude Code. Research §2. */
import { defineAssistant } from './define.js';

const SMITHERY = 'smithery.ai claude-config skill; many MCP-server READMEs';
const TRUEFOUNDRY = 'truefoundry/tfy-local-ai-setup release v1.2.0 notes';

export default defineAssistant({
  id: 'claude-desktop',
  name: 'Claude desktop app',
  vendor: 'Anthropic',
  providers: ['anthropic'],
  homepage: 'https://claude.ai/download',
  signatures: [
    {
      id: 'claude-desktop/app-data-macos',
      kind: 'home-path',
      strength: 'strong',
      description: 'Claude desktop app-support folder (claude_desktop_config.json, developer_settings.json, Cowork VM image) and logs on macOS.',
      platforms: ['darwin'],
      globs: ['Library/Application Support/Claude', 'Library/Application Support/Claude/**', 'Library/Logs/Claude', 'Library/Logs/Claude/**'],
      source: { tag: '3P', url: 'https://claude.ai/download', ref: `${SMITHERY}; gist "Nuke Claude Desktop" (2026-05, VM bundle left after uninstall)` },
      examples: {
        matches: [
          '~/Library/Application Support/Claude/claude_desktop_config.json',
          '~/Library/Application Support/Claude/developer_settings.json',
          '~/Library/Logs/Claude/mcp.log',
        ],
        nonMatches: [
          { value: '~/Library/Application Support/Cursor/User/settings.json', reason: 'another app\'s folder' },
          { value: '~/.claude/settings.json', reason: 'Claude Code\'s folder, a different assistant' },
        ],
      },
    },
    {
      id: 'claude-desktop/app-data-windows',
      kind: 'home-path',
      strength: 'strong',
      description: 'Claude desktop MCP config and logs under %APPDATA%\\Claude on Windows.',
      platforms: ['win32'],
      globs: ['AppData/Roaming/Claude/claude_desktop_config.json', 'AppData/Roaming/Claude/Logs', 'AppData/Roaming/Claude/Logs/**'],
      source: { tag: '3P', url: 'https://claude.ai/download', ref: SMITHERY },
      examples: {
        matches: ['~/AppData/Roaming/Claude/claude_desktop_config.json', '~/AppData/Roaming/Claude/Logs/main.log'],
        nonMatches: [{ value: '~/AppData/Roaming/Code/User/settings.json', reason: 'VS Code\'s folder' }],
      },
    },
    {
      id: 'claude-desktop/community-linux-config',
      kind: 'home-path',
      strength: 'weak',
      description: 'Config folder of unofficial Linux builds of Claude desktop (no official Linux build exists).',
      platforms: ['linux'],
      globs: ['.config/Claude', '.config/Claude/**'],
      source: { tag: '3P', url: 'https://github.com/truefoundry/tfy-local-ai-setup', ref: `${TRUEFOUNDRY} (Desktop not on Linux); community build README` },
      examples: {
        matches: ['~/.config/Claude/claude_desktop_config.json'],
        nonMatches: [{ value: '~/.config/claude-code/settings.json', reason: 'a different folder' }],
      },
    },
    {
      id: 'claude-desktop/managed-preferences-macos',
      kind: 'managed-policy-path',
      strength: 'weak',
      description: 'Device-level managed preferences for the com.anthropic.claudefordesktop domain (per-user profiles sit one folder deeper).',
      platform: 'darwin',
      path: '/Library/Managed Preferences/com.anthropic.claudefordesktop.plist',
      source: { tag: '3P', url: 'https://github.com/truefoundry/tfy-local-ai-setup', ref: `${TRUEFOUNDRY} (domain under /Library/Managed Preferences/<user>/; device-level file name derived)` },
      examples: {
        matches: ['/Library/Managed Preferences/com.anthropic.claudefordesktop.plist'],
        nonMatches: [{ value: '/Library/Managed Preferences/com.anthropic.claudecode.plist', reason: 'Claude Code\'s managed domain' }],
      },
    },
    {
      id: 'claude-desktop/app-process',
      kind: 'process',
      strength: 'weak',
      description: 'A process running from the Claude.app bundle on macOS (bundle path not confirmed by a source).',
      pattern: /^\/Applications\/Claude\.app\/Contents\//,
      source: { tag: '3P', url: 'https://claude.ai/download', ref: 'research §2 app bundle row (/Applications/Claude.app; unconfirmed)' },
      examples: {
        matches: [
          '/Applications/Claude.app/Contents/MacOS/Claude /Applications/Claude.app/Contents/MacOS/Claude',
          '/Applications/Claude.app/Contents/Frameworks/Claude Helper (Renderer).app/Contents/MacOS/Claude Helper (Renderer) --type=renderer',
        ],
        nonMatches: [
          { value: '/Users/ana/.local/bin/claude claude -p hi', reason: 'the Claude Code CLI, a different assistant' },
          { value: '/usr/bin/open open /Applications/Claude.app', reason: 'a launcher naming the bundle, not the app itself' },
        ],
      },
    },
    {
      id: 'claude-desktop/cowork-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'CLAUDE_CODE_IS_COWORK, set in processes spawned by the desktop app\'s embedded Claude Code (Cowork).',
      name: 'CLAUDE_CODE_IS_COWORK',
      source: { tag: '3P', url: 'https://github.com/vercel/detect-agent/blob/3ab1df1/agents.json', ref: 'vercel/detect-agent@3ab1df1 agents.json (COWORK rule); V anthropics/claude-code@5cfc0a19 CHANGELOG.md (Claude Code Desktop)' },
      examples: {
        matches: ['CLAUDE_CODE_IS_COWORK=1', 'CLAUDE_CODE_IS_COWORK'],
        nonMatches: [{ value: 'CLAUDECODE=1', reason: 'plain Claude Code, not the desktop app' }],
      },
    },
  ],
});
