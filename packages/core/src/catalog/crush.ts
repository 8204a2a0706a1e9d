/** @fileoverview Crush (Charm): the terminal coding agent. Research §30. */
import { defineAssistant, valueWithEmail } from './define.js';

const CRUSH = 'charmbracelet/crush@37f36e938';
const OBSERVED = 'O 283+201+~400 Crush trailers and footers in mirrors';

export default defineAssistant({
  id: 'crush',
  name: 'Crush',
  vendor: 'Charm',
  providers: ['anthropic', 'openai', 'google', 'local'],
  homepage: 'https://github.com/charmbracelet/crush',
  signatures: [
    {
      id: 'crush/assisted-by-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Assisted-by: Crush:<provider>/<model>, Crush (<model>) or <model> via Crush (also as a co-author), Crush\'s attribution trailer.',
      keys: ['assisted-by', 'co-authored-by'],
      value: /^\s*crush\s*(?::|\(|$)|\svia\s+crush\b/i,
      source: { tag: 'V', url: 'https://github.com/charmbracelet/crush/blob/37f36e938/README.md', ref: `${CRUSH} README.md; ${OBSERVED}` },
      examples: {
        matches: [
          'Assisted-by: Crush:claude-sonnet-4-6',
          'ASSISTED-BY: Crush:hf:moonshotai/Kimi-K2.6',
          'Assisted-by: Claude Opus 4.6 via Crush',
          'Assisted-by: Crush:anthropic/claude-opus-5',
          'Assisted-by: DeepSeek V4 Pro via Crush <crush@charm.land>',
          'Co-authored-by: eu.anthropic.claude-opus-5 via Crush <charmcrush@users.noreply.github.com>',
          'Assisted-by: Crush (glm-5-turbo)',
          'Add exporter (#61)\n\n* Add exporter\n\n* Tests\n\n---------\n\nAssisted-by: Crush:glm-5.2',
        ],
        nonMatches: [
          { value: 'Assisted-by: Claude:claude-sonnet-4-6', reason: 'Claude Code, not Crush' },
          { value: 'Assisted-by: Crush Team <team@example.org>', reason: 'a human group, not the Crush:<model> form' },
          { value: 'Crush assisted by Claude', reason: 'prose, not a trailer' },
          { value: 'Assisted-by: Claude via Crushinator', reason: 'a different tool name' },
        ],
      },
    },
    {
      id: 'crush/co-author-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-Authored-By (or Assisted-by): Crush <crush@charm.land>, Crush\'s optional co-author trailer (noreply@crush.charm.land in early versions).',
      keys: ['co-authored-by', 'assisted-by'],
      value: valueWithEmail('crush@charm.land', 'noreply@crush.charm.land'),
      source: { tag: 'V', url: 'https://github.com/charmbracelet/crush/blob/37f36e938/README.md', ref: `${CRUSH} README.md; ${OBSERVED}` },
      examples: {
        matches: [
          'Co-Authored-By: Crush <crush@charm.land>',
          'co-authored-by: Crush <Crush@Charm.Land>',
          'Co-Authored-By: Crush <noreply@crush.charm.land>',
          'Assisted-by: Crush <crush@charm.land>',
          'Fix parser (#3)\n\n* Fix\n\n---------\n\nCo-Authored-By: Crush <crush@charm.land>',
        ],
        nonMatches: [
          { value: 'Co-Authored-By: Chris Example <chris@charm.land>', reason: 'a human at charm.land' },
          { value: 'Co-Authored-By: Crush <noreply@anthropic.com>', reason: 'Anthropic\'s address; the display name is not matched' },
        ],
      },
    },
    {
      id: 'crush/generated-with-footer',
      kind: 'commit-marker',
      strength: 'strong',
      description: '"💘 Generated with Crush" footer Crush adds to commits (other hearts in early and forked versions).',
      pattern: /^[ \t*_>]*(?:[^\sA-Za-z0-9]{1,4}\s*)?Generated with \[?Crush\b/m,
      source: { tag: 'V', url: 'https://github.com/charmbracelet/crush/blob/37f36e938/README.md', ref: `${CRUSH} README.md; ${OBSERVED}` },
      examples: {
        matches: [
          '💘 Generated with Crush',
          '💖 Generated with Crush',
          '💔 Generated with Crush',
          'Fix cache\n\n💘 Generated with Crush (GLM-5.3-flash)\n\nAssisted-by: Crush:glm-5.3-flash',
          '*Generated with Crush* | *Assisted-by: Crush:hf:moonshotai/Kimi-K2.6*',
        ],
        nonMatches: [
          { value: 'docs: forbid "Generated with Crush" footers in AGENTS.md', reason: 'prose quoting the footer' },
          { value: 'Generated with Crushinator', reason: 'a different name' },
        ],
      },
    },
    {
      id: 'crush/project-files',
      kind: 'repo-path',
      strength: 'strong',
      description: 'CRUSH.md context file and .crush.json / .crushrc project config.',
      globs: ['**/CRUSH.md', '**/.crush.json', '.crushrc'],
      source: { tag: 'V', url: 'https://github.com/charmbracelet/crush/blob/37f36e938/README.md', ref: `${CRUSH} README.md` },
      examples: {
        matches: ['CRUSH.md', 'pkg/CRUSH.md', '.crush.json', '.crushrc'],
        nonMatches: [{ value: 'docs/crush.md', reason: 'lower-case page, not the context file' }],
      },
    },
    {
      id: 'crush/user-config',
      kind: 'home-path',
      strength: 'strong',
      description: 'Crush user config (~/.config/crush) and data (~/.local/share/crush/crush.json).',
      platforms: ['linux', 'darwin'],
      globs: ['.config/crush', '.config/crush/**', '.local/share/crush/crush.json'],
      source: { tag: 'V', url: 'https://github.com/charmbracelet/crush/blob/37f36e938/README.md', ref: `${CRUSH} README.md` },
      examples: {
        matches: ['~/.config/crush/crush.json', '~/.local/share/crush/crush.json'],
        nonMatches: [{ value: '~/.config/candy-crush/save.dat', reason: 'a different folder' }],
      },
    },
    {
      id: 'crush/user-config-windows',
      kind: 'home-path',
      strength: 'strong',
      description: 'Crush data folder on Windows (%LOCALAPPDATA%\\crush).',
      platforms: ['win32'],
      globs: ['AppData/Local/crush', 'AppData/Local/crush/**'],
      source: { tag: 'V', url: 'https://github.com/charmbracelet/crush/blob/37f36e938/README.md', ref: `${CRUSH} README.md` },
      examples: {
        matches: ['~/AppData/Local/crush/crush.json'],
        nonMatches: [{ value: '~/AppData/Local/CandyCrush/save.dat', reason: 'a different folder' }],
      },
    },
    {
      id: 'crush/npm-package',
      kind: 'package',
      strength: 'strong',
      description: 'Crush from npm.',
      ecosystem: 'npm',
      names: ['@charmland/crush'],
      source: { tag: 'V', url: 'https://github.com/charmbracelet/crush/blob/37f36e938/README.md', ref: `${CRUSH} README.md` },
      examples: {
        matches: ['npm:@charmland/crush'],
        nonMatches: [{ value: 'npm:crush', reason: 'an unrelated unscoped package' }],
      },
    },
    {
      id: 'crush/homebrew',
      kind: 'package',
      strength: 'strong',
      description: 'Crush from Charm\'s Homebrew tap.',
      ecosystem: 'brew',
      names: ['charmbracelet/tap/crush'],
      source: { tag: 'V', url: 'https://github.com/charmbracelet/crush/blob/37f36e938/README.md', ref: `${CRUSH} README.md (brew install charmbracelet/tap/crush)` },
      examples: {
        matches: ['brew:charmbracelet/tap/crush'],
        nonMatches: [{ value: 'brew:charmbracelet/tap/glow', reason: 'another Charm tool' }],
      },
    },
    {
      id: 'crush/winget',
      kind: 'package',
      strength: 'strong',
      description: 'Crush from winget.',
      ecosystem: 'winget',
      names: ['charmbracelet.crush'],
      source: { tag: 'V', url: 'https://github.com/charmbracelet/crush/blob/37f36e938/README.md', ref: `${CRUSH} README.md (winget install charmbracelet.crush)` },
      examples: {
        matches: ['winget:charmbracelet.crush'],
        nonMatches: [{ value: 'winget:charmbracelet.glow', reason: 'another Charm tool' }],
      },
    },
    {
      id: 'crush/process',
      kind: 'process',
      strength: 'strong',
      description: 'Crush running from its npm package (matched by package path, not the bare name).',
      pattern: /@charmland[/\\]crush[/\\]/i,
      source: { tag: 'V', url: 'https://github.com/charmbracelet/crush/blob/37f36e938/README.md', ref: `${CRUSH} README.md (npm install -g @charmland/crush)` },
      examples: {
        matches: ['/usr/lib/node_modules/@charmland/crush/bin/crush crush run "fix tests"'],
        nonMatches: [{ value: '/usr/bin/vim vim CRUSH.md', reason: 'editing the context file is not running the tool' }],
      },
    },
    {
      id: 'crush/cli-command',
      kind: 'command',
      strength: 'strong',
      description: 'Crush started in a terminal (`crush`, or `npx @charmland/crush`).',
      programs: ['crush'],
      packages: ['@charmland/crush'],
      source: { tag: 'V', url: 'https://github.com/charmbracelet/crush', ref: 'charmbracelet/crush README (npm @charmland/crush, command crush)' },
      examples: {
        matches: ['crush', 'npx @charmland/crush'],
        nonMatches: [{ value: 'echo crush', reason: 'echo prints the word' }],
      },
    },
  ],
});
