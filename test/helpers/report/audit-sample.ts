/** @fileoverview A hand-made workstation audit result (homes, an extension, a process, a repository under --root) for report tests. */
import { type Finding, type ScanResult } from '../../../packages/core/src/internal.js';

const MANAGED_POLICY = '/etc/aiguard/policy.json';
const USER_POLICY = '/home/ana/.config/aiguard/policy.json';
const BLOCKED_BY_IT = { layer: 'managed', file: MANAGED_POLICY, rule: 'assistants.claude-code: block' } as const;

const HOME_DIR: Finding = {
  assistant: 'claude-code',
  signature: 'claude-code/home-dir',
  kind: 'home-path',
  strength: 'strong',
  location: { path: '/home/ana/.claude', user: 'ana' },
  excerpt: '~/.claude',
  fingerprint: '5b7e0c1d2a3f4e5d6c7b8a9f0e1d2c3b',
  verdict: 'block',
  decidedBy: BLOCKED_BY_IT,
};

const EXTENSION: Finding = {
  assistant: 'claude-code',
  signature: 'claude-code/vscode-extension',
  kind: 'editor-extension',
  strength: 'strong',
  location: { path: '/home/bea/.vscode/extensions/anthropic.claude-code-2.1.0', extensionId: 'anthropic.claude-code', user: 'bea' },
  excerpt: 'anthropic.claude-code@2.1.0 (VS Code)',
  fingerprint: '8e9f0a1b2c3d4e5f60718293a4b5c6d7',
  verdict: 'block',
  decidedBy: BLOCKED_BY_IT,
};

const PROCESS: Finding = {
  assistant: 'claude-code',
  signature: 'claude-code/process',
  kind: 'process',
  strength: 'shared',
  location: { pid: 4242, user: 'ana' },
  excerpt: 'node /usr/lib/node_modules/@anthropic-ai/claude-code/cli.js --resume',
  fingerprint: '1f2e3d4c5b6a79880796a5b4c3d2e1f0',
  // Shared evidence is capped at warn by the user layer's minStrength.
  verdict: 'warn',
  decidedBy: { layer: 'user', file: USER_POLICY, rule: 'minStrength: strong' },
};

const COMMIT: Finding = {
  assistant: 'claude-code',
  signature: 'claude-code/co-author-trailer',
  kind: 'commit-trailer',
  strength: 'strong',
  location: { repository: '/srv/code/app', commit: '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b', line: 4 },
  excerpt: 'Co-Authored-By: Claude <noreply@anthropic.com>',
  fingerprint: 'aa11bb22cc33dd44ee55ff6677889900',
  date: '2025-06-30T09:00:00+02:00',
  commit: {
    authorName: 'Bea Ops',
    authorEmail: 'bea@example.com',
    authorDate: '2025-06-30T09:00:00+02:00',
    committerName: 'Bea Ops',
    committerEmail: 'bea@example.com',
    committerDate: '2025-06-30T09:00:00+02:00',
    subject: 'Add deploy script',
    refs: ['refs/heads/main'],
  },
  verdict: 'info',
  decidedBy: { layer: 'managed', file: MANAGED_POLICY, rule: 'enforceSince: 2026-01-01' },
};

/** An audit run as root under a managed and a user policy: two blocked, one warning, one info, two vendor controls and a note. */
export const SAMPLE_AUDIT: ScanResult = {
  target: { kind: 'workstation', host: 'ws-042', os: 'linux 6.1.0', users: ['ana', 'bea'], roots: ['/srv/code'] },
  policy: {
    found: true,
    layers: [
      { layer: 'managed', file: MANAGED_POLICY },
      { layer: 'user', file: USER_POLICY },
    ],
  },
  summary: {
    commitsScanned: 12,
    refsScanned: 2,
    pathsScanned: 40,
    findings: { block: 2, warn: 1, info: 1 },
    byAssistant: { 'claude-code': { block: 2, warn: 1, info: 1 } },
    suppressed: 0,
  },
  findings: [HOME_DIR, EXTENSION, PROCESS, COMMIT],
  run: {
    runId: '3c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f',
    startedAt: '2026-12-07T06:00:00.000Z',
    host: 'ws-042',
    machineId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    os: 'linux',
    osVersion: '6.1.0',
    user: 'root',
    policyDigest: 'sha256:1d2c3b4a5968778695a4b3c2d1e0f9e8d7c6b5a49382716050f4e3d2c1b0a998',
  },
  audit: {
    platform: 'linux',
    sources: { home: 9, processes: 80, extensions: 5, controls: 2, repositories: 1 },
    controls: [
      { vendor: 'Anthropic', control: 'Claude Code managed settings', file: '/etc/claude-code/managed-settings.json', state: 'missing' },
      {
        vendor: 'Microsoft',
        control: 'VS Code AllowedExtensions policy',
        file: '/etc/vscode/policy.json',
        state: 'present',
        excludesBanned: false,
        notExcluded: ['anthropic.claude-code'],
      },
    ],
    notes: [{ source: 'processes', message: '2 processes exited while being read' }],
    repositories: ['/srv/code/app'],
    homes: [
      { user: 'ana', home: '/home/ana' },
      { user: 'bea', home: '/home/bea' },
    ],
  },
};
