/** @fileoverview Watches users' config and extension folders and --root trees, reporting banned assistants as they appear. */
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { CATALOG } from './catalog/index.js';
import { compileCatalog } from './detectors/compiled-catalog.js';
import { detectPathEvidence } from './detectors/repository-evidence.js';
import { detectExtensionEvidence, detectHomePathEvidence, homeProbes } from './detectors/workstation-evidence.js';
import { auditSourceOf } from './audit-source.js';
import type { Assistant } from './model/assistant.js';
import type { AuditSource, UserHome } from './model/audit.js';
import type { Evidence } from './model/evidence.js';
import type { Finding } from './model/finding.js';
import type { Policy } from './model/policy.js';
import type { Platform } from './model/signature.js';
import { createEnforcer } from './policy/enforcer.js';
import { jetbrainsFolders, parseExtensionFolderName, VSCODE_EXTENSION_FOLDERS } from './sources/editor-extensions.js';
import { watchFolders, type WatchEvent, type WatchHandle, type WatchTarget } from './sources/watch.js';

/** A finding that appeared, or one that went away because its path was deleted. */
export interface WatchReport {
  readonly change: 'found' | 'removed';
  readonly source: AuditSource;
  readonly finding: Finding;
  /** When the file system reported the change (ms since the epoch). */
  readonly eventTime: number;
}

/** What to watch. */
export interface WorkstationWatchOptions {
  readonly platform: Platform;
  readonly homes: readonly UserHome[];
  readonly roots?: readonly string[];
  readonly policy: Policy;
  readonly onReport: (report: WatchReport) => void;
  readonly onError?: (error: Error) => void;
  /** @default CATALOG */
  readonly assistants?: readonly Assistant[];
}

/** Most paths remembered as reported; beyond it the oldest are forgotten, so memory stays bounded over hours. */
const MAX_REPORTED = 10_000;
/** Levels below a config folder watched for new files (`.claude/projects/x` is deep enough to matter). */
const BELOW_PROBE = 2;
const ROOT_DEPTH = 16;
const PRUNED = new Set(['node_modules', '.git', '.hg', '.svn']);

/** Starts watching. Resolves once every watcher is ready; the handle stops them. */
export async function watchWorkstation(options: WorkstationWatchOptions): Promise<WatchHandle & { readonly targets: readonly string[] }> {
  const assistants = options.assistants ?? CATALOG;
  const catalog = compileCatalog(assistants);
  const enforcer = createEnforcer({ policy: options.policy, assistants });
  const extensionFolders = VSCODE_EXTENSION_FOLDERS.map((folder) => folder.path);
  const probes = [...new Set([...homeProbes(catalog, options.platform).map((probe) => probe.path), ...extensionFolders, ...jetbrainsFolders(options.platform)])];
  const maxProbeDepth = Math.max(...probes.map((probe) => probe.split('/').length));
  // Key -> paths reported under it: one home-path finding per user and signature, one per file in repositories.
  const reported = new Map<string, { path: string; finding: Finding; source: AuditSource }>();

  const isWatchedHomePath = (rel: string): boolean =>
    rel === '' ||
    probes.some((probe) => probe === rel || probe.startsWith(`${rel}/`) || (rel.startsWith(`${probe}/`) && rel.split('/').length - probe.split('/').length <= BELOW_PROBE));
  const targets: WatchTarget[] = [
    ...options.homes.map((home) => ({
      path: home.home,
      depth: maxProbeDepth + BELOW_PROBE,
      ignored: (path: string) => {
        const rel = relative(home.home, path);
        if (rel.startsWith('..')) return false;
        return !isWatchedHomePath(rel.split(sep).join('/'));
      },
    })),
    ...(options.roots ?? []).map((root) => ({
      path: root,
      depth: ROOT_DEPTH,
      ignored: (path: string) => relative(root, path).split(sep).some((segment) => PRUNED.has(segment)),
    })),
  ];

  const evidenceFor = (event: WatchEvent): Evidence[] => {
    const home = options.homes.find((candidate) => event.path === candidate.home || event.path.startsWith(candidate.home + sep));
    if (home) {
      const rel = relative(home.home, event.path).split(sep).join('/');
      const extensionFolder = extensionFolders.find((folder) => dirname(rel) === folder);
      if (extensionFolder && event.isDirectory) {
        const parsed = parseExtensionFolderName(rel.slice(extensionFolder.length + 1));
        if (!parsed) return [];
        const product = VSCODE_EXTENSION_FOLDERS.find((folder) => folder.path === extensionFolder)!.product;
        return detectExtensionEvidence({ user: home.user, home: home.home, editor: 'vscode', product, id: parsed.id, version: parsed.version, path: event.path }, catalog);
      }
      return detectHomePathEvidence([{ user: home.user, home: home.home, relativePath: rel, isDirectory: event.isDirectory }], catalog, options.platform);
    }
    const root = (options.roots ?? []).find((candidate) => event.path.startsWith(candidate + sep));
    if (!root) return [];
    const repository = findRepositoryRoot(dirname(event.path), root);
    return detectPathEvidence({ path: relative(repository, event.path).split(sep).join('/'), origin: 'worktree' }, catalog, repository);
  };

  const handleEvents = (events: readonly WatchEvent[]): void => {
    for (const event of events) {
      if (event.change === 'removed') {
        for (const [key, entry] of reported) {
          if (entry.path === event.path || entry.path.startsWith(event.path + sep)) {
            reported.delete(key);
            options.onReport({ change: 'removed', source: entry.source, finding: entry.finding, eventTime: event.time });
          }
        }
        continue;
      }
      for (const item of evidenceFor(event)) {
        const finding = enforcer.judge(item);
        if (!finding) continue;
        const source = auditSourceOf(finding);
        const key = source === 'home' ? `${finding.location.user}\n${finding.signature}` : `${finding.signature}\n${finding.location.repository ?? ''}\n${finding.location.path}`;
        if (reported.has(key)) continue;
        if (reported.size >= MAX_REPORTED) reported.delete(reported.keys().next().value!);
        reported.set(key, { path: event.path, finding, source });
        options.onReport({ change: 'found', source, finding, eventTime: event.time });
      }
    }
  };

  const handle = await watchFolders({ targets, onEvents: handleEvents, ...(options.onError ? { onError: options.onError } : {}) });
  return { ...handle, targets: targets.map((target) => target.path) };
}

/** The nearest folder at or above `folder` (not above `root`) that holds `.git`; `root` when none does. */
function findRepositoryRoot(folder: string, root: string): string {
  for (let current = folder; current.startsWith(root); current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (current === root) break;
  }
  return root;
}
