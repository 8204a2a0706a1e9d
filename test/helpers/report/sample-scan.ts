/** @fileoverview The hand-made scan result, small catalog and tool info every report test renders. */
import { type Assistant, type Finding, type ScanResult, type ToolInfo } from '../../../packages/core/src/internal.js';

const REPOSITORY = '/work/repo';
const POLICY_FILE = `${REPOSITORY}/.aiguard.json`;

/** Who made the sample reports. */
export const SAMPLE_TOOL: ToolInfo = {
  name: 'aiguard',
  version: '0.1.0',
  catalogVersion: '2026.11.22',
  informationUri: 'https://github.com/aiguard/aiguard',
};

/** A one-assistant catalog, so catalog edits never change the golden files. */
export const SAMPLE_ASSISTANTS: readonly Assistant[] = [
  {
    id: 'claude-code',
    name: 'Claude Code',
    vendor: 'Anthropic',
    providers: ['anthropic'],
    homepage: 'https://claude.com/claude-code',
    signatures: [
      {
        id: 'claude-code/co-author-trailer',
        kind: 'commit-trailer',
        strength: 'strong',
        description: "Co-Authored-By trailer with Anthropic's noreply address.",
        keys: ['co-authored-by'],
        value: /<noreply@anthropic\.com>/i,
        source: { tag: 'V', url: 'https://example.org/source', ref: 'anthropics/claude-code@5cfc0a19 CHANGELOG.md 2.0.60' },
        examples: { matches: [], nonMatches: [] },
      },
      {
        id: 'claude-code/branch',
        kind: 'branch',
        strength: 'weak',
        description: 'claude/<slug>-<id> branch made by Claude Code on the web or the Action (a human can type it too).',
        pattern: /^claude\//,
        source: { tag: 'O', url: 'https://example.org/source', ref: 'observed in anthropics/claude-code-action' },
        examples: { matches: [], nonMatches: [] },
      },
      {
        id: 'claude-code/claude-md',
        kind: 'repo-path',
        strength: 'strong',
        description: 'CLAUDE.md memory file.',
        globs: ['**/CLAUDE.md'],
        source: { tag: 'V', url: 'https://docs.anthropic.com/en/docs/claude-code/memory', ref: 'Claude Code memory docs' },
        examples: { matches: [], nonMatches: [] },
      },
    ],
  },
];

const CLAUDE_MD: Finding = {
  assistant: 'claude-code',
  signature: 'claude-code/claude-md',
  kind: 'repo-path',
  strength: 'strong',
  location: { repository: REPOSITORY, path: 'CLAUDE.md' },
  excerpt: 'CLAUDE.md',
  fingerprint: '0d1f6c2b9a8e7d6c5b4a39281706f5e4',
  verdict: 'block',
  decidedBy: { layer: 'repository', file: POLICY_FILE, rule: 'assistants.claude-code: block' },
};

const BRANCH: Finding = {
  assistant: 'claude-code',
  signature: 'claude-code/branch',
  kind: 'branch',
  strength: 'weak',
  location: { repository: REPOSITORY, ref: 'refs/heads/claude/x-3T29K' },
  excerpt: 'refs/heads/claude/x-3T29K',
  fingerprint: '7a41c0de33b2e1f09876d5c4b3a29180',
  // Weak evidence is capped at warn even where the assistant is blocked.
  verdict: 'warn',
  decidedBy: { layer: 'repository', file: POLICY_FILE, rule: 'assistants.claude-code: block' },
};

const TRAILER: Finding = {
  assistant: 'claude-code',
  signature: 'claude-code/co-author-trailer',
  kind: 'commit-trailer',
  strength: 'strong',
  location: { repository: REPOSITORY, commit: '3f2a9c1d0e4b8a7f6e5d4c3b2a1908f7e6d5c4b3', line: 5 },
  excerpt: 'Co-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>',
  fingerprint: 'c3e8a1f49b2d7e6051a4c9d8e7f60123',
  date: '2025-11-03T14:22:09+01:00',
  commit: {
    authorName: 'Ana Dev',
    authorEmail: 'ana@example.com',
    authorDate: '2025-11-03T14:22:09+01:00',
    committerName: 'Ana Dev',
    committerEmail: 'ana@example.com',
    committerDate: '2025-11-03T14:25:00+01:00',
    subject: 'Fix the login form',
    refs: ['refs/heads/main', 'refs/tags/v1.2.0'],
  },
  model: { written: 'Claude Opus 4.6', id: 'claude-opus-4.6', provider: 'anthropic' },
  provider: 'anthropic',
  signatures: [
    { signature: 'claude-code/co-author-trailer', kind: 'commit-trailer', strength: 'strong', line: 5, excerpt: 'Co-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>' },
    { signature: 'claude-code/generated-with-footer', kind: 'commit-marker', strength: 'strong', line: 3, excerpt: '🤖 Generated with [Claude Code](https://claude.com/claude-code)' },
  ],
  // A commit from before the ban started is recorded, not failed.
  verdict: 'info',
  decidedBy: { layer: 'repository', file: POLICY_FILE, rule: 'enforceSince: 2026-01-01' },
};

/** A scan under a repository policy that blocks Claude Code: one path, one ref and one commit finding, one per verdict. */
export const SAMPLE_SCAN: ScanResult = {
  target: { kind: 'repository', path: REPOSITORY, isBare: false, history: true },
  policy: { found: true, layers: [{ layer: 'repository', file: POLICY_FILE }] },
  summary: {
    commitsScanned: 42,
    refsScanned: 3,
    pathsScanned: 17,
    findings: { block: 1, warn: 1, info: 1 },
    byAssistant: { 'claude-code': { block: 1, warn: 1, info: 1 } },
    suppressed: 2,
  },
  findings: [CLAUDE_MD, BRANCH, TRAILER],
  run: {
    runId: '0b7e2c1a-5d4f-4e3a-9c8b-7a6f5e4d3c2b',
    startedAt: '2026-12-07T09:50:00.000Z',
    host: 'dev-laptop',
    machineId: '6b1f0c2d3e4a5b6c7d8e9f0a1b2c3d4e',
    os: 'linux',
    osVersion: '6.1.0-28-amd64',
    user: 'ana',
    policyDigest: 'sha256:9b0e6a1c2d3e4f5061728394a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e',
  },
};

const NO_POLICY = { layer: 'default', rule: 'no policy found' } as const;

/** The same repository with no policy file: every finding a warning, in scan order (refs, paths, history). */
export const SAMPLE_SCAN_WITHOUT_POLICY: ScanResult = {
  ...SAMPLE_SCAN,
  policy: { found: false, layers: [] },
  summary: { ...SAMPLE_SCAN.summary, findings: { block: 0, warn: 3, info: 0 }, byAssistant: { 'claude-code': { block: 0, warn: 3, info: 0 } }, suppressed: 0 },
  findings: [BRANCH, CLAUDE_MD, TRAILER].map((finding) => ({ ...finding, verdict: 'warn', decidedBy: NO_POLICY })),
};
