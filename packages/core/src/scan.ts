/** @fileoverview Scans one repository: sources -> detectors -> policy -> a ScanResult. Sources are injectable. */
import { join } from 'node:path';
import { CATALOG } from './catalog/index.js';
import { compileCatalog } from './detectors/compiled-catalog.js';
import { isConfigFile } from './detectors/config-content.js';
import { detectAnnotationEvidence, detectCommitEvidence, detectConfigEvidence, detectPathEvidence, detectRefEvidence } from './detectors/repository-evidence.js';
import type { Evidence } from './model/evidence.js';
import type { Finding } from './model/finding.js';
import type { Policy } from './model/policy.js';
import type { RefRecord } from './model/records.js';
import type { RepositoryTarget, ScanResult } from './model/scan-result.js';
import { BASELINE_FILE } from './policy/baseline.js';
import { createEnforcer, type EnforcerOptions } from './policy/enforcer.js';
import { PolicyError } from './policy/parse-policy.js';
import { describeIgnore } from './policy/suppressions.js';
import { readBaselineFile } from './sources/baseline-file.js';
import { readAncestors } from './sources/commit-ancestry.js';
import { readContainingRefs } from './sources/commit-refs.js';
import { readRefAnnotations } from './sources/git-annotations.js';
import { readGitLogBatches } from './sources/git-log.js';
import { findRepository, readRefs, readRepositoryPaths, type RepositoryInfo } from './sources/git-repository.js';
import { readRepositoryFile } from './sources/repository-file.js';
import { readRefFiles } from './sources/git-ref-files.js';
import { countFindings, sortFindings } from './result-summary.js';
import { createFindingCompactor } from './finding-compaction.js';
import { loadPolicy } from './sources/policy-files.js';
import { checkCacheFile, HistoryCacheError } from './history-cache/cache-file.js';
import { defaultCacheFolder } from './history-cache/cache-key.js';
import { planHistory, type HistoryPlan } from './history-cache/history-plan.js';
import { describeRun, withLazyRun } from './fleet/run-info.js';
import type { RunInfo } from './model/run.js';
import { addContainingRefs, withRefsFromPass } from './fleet/commit-refs.js';
import type { FindingSink, RepositoryScan, RepositorySources, ScanOptions, ScanProgress, StreamedScan } from './scan-types.js';

export type { FindingSink, RepositoryScan, RepositorySources, ScanOptions, ScanProgress, StreamedScan } from './scan-types.js';

// Commit findings that waited for their containing refs go on in slices of this many.
const REFS_SLICE = 256;

/** The sources that read the real repository with git. */
export const GIT_SOURCES: RepositorySources = {
  findRepository: (path) => findRepository(path),
  readCommits: (options) => readGitLogBatches(options),
  readRefs: (repository) => readRefsFast(repository),
  readAnnotations: (repository, refs) => readRefAnnotations(refs, { cwd: repository.root }),
  readPaths: (repository, warnings) => readRepositoryPaths(repository, { warnings }),
  loadPolicy: (locations, ids) => loadPolicy(locations, ids),
  readFile: (repository, path, warnings) => readRepositoryFile(repository, path, warnings),
  readAncestors: (repository, commit) => readAncestors(repository.root, commit),
  readContainingRefs: (repository, commits) => readContainingRefs(repository.root, commits),
};

/** The refs from the ref files when they are plain, else from `git for-each-ref`. */
async function* readRefsFast(repository: RepositoryInfo): AsyncGenerator<RefRecord> {
  const refs = repository.commonDir ? await readRefFiles(repository.gitDir, repository.commonDir) : undefined;
  if (refs) yield* refs;
  else yield* readRefs({ cwd: repository.root });
}

/** Scans the repository that contains `options.path`. Throws on git errors and invalid policies. */
export async function scanRepository(options: ScanOptions): Promise<RepositoryScan> {
  const scanKeeping = async (rebuildCache: boolean): Promise<RepositoryScan> => {
    const findings: Finding[] = [];
    const compact = createFindingCompactor();
    const scan = await scanOnce(options, rebuildCache, { begin: () => {}, add: (finding) => findings.push(compact(finding)) }, { historyStarted: false, checkCache: false });
    return { ...scan, findings: sortFindings(findings) };
  };
  try {
    return await scanKeeping(false);
  } catch (error) {
    // Fail closed: a cache that turns out corrupt halfway is dropped and the whole scan starts over without it.
    if (error instanceof HistoryCacheError) return scanKeeping(true);
    throw error;
  }
}

/**
 * Scans like {@link scanRepository} but hands each finding to `sink` as it is judged instead of keeping it, so
 * memory stays flat however many findings there are. With `withRefs`, commit findings wait for the refs lookup.
 */
export async function streamRepositoryScan(options: ScanOptions, sink: FindingSink): Promise<StreamedScan> {
  let added = 0;
  const state = { historyStarted: false, checkCache: true };
  try {
    return await scanOnce(options, false, { ...sink, add: (finding) => (added++, sink.add(finding)) }, state);
  } catch (error) {
    // Fail closed: a cache found corrupt (checked before history starts) is dropped and the scan starts over without
    // it. The findings before history come again in the same order and were already handed on, so they are skipped.
    if (!(error instanceof HistoryCacheError) || state.historyStarted) throw error;
    let skip = added;
    return scanOnce(options, true, { begin: () => {}, add: (finding) => (skip > 0 ? skip-- : sink.add(finding)), ...(sink.drain ? { drain: () => sink.drain!() } : {}) }, state);
  }
}

async function scanOnce(options: ScanOptions, rebuildCache: boolean, sink: FindingSink, state: { historyStarted: boolean; readonly checkCache: boolean }): Promise<StreamedScan> {
  const sources: RepositorySources = { ...GIT_SOURCES, ...options.sources };
  const assistants = options.assistants ?? CATALOG;
  const catalog = compileCatalog(assistants);
  const started = Date.now();
  const startedAt = options.runSources?.now?.() ?? new Date(started);
  const repository = await sources.findRepository(options.path);
  const policy =
    options.policy ??
    (await sources.loadPolicy(
      { ...options.policyLocations, repositoryRoot: repository.root, ...(options.policyFile ? { policyFile: options.policyFile } : {}) },
      assistants.map((a) => a.id),
    ));
  const baselineFile = options.useBaseline === false ? undefined : (options.baselineFile ?? join(repository.root, BASELINE_FILE));
  const baseline = baselineFile ? await readBaselineFile(baselineFile, options.baselineFile !== undefined) : undefined;
  const enforcer = createEnforcer({
    policy,
    assistants,
    ...(await commitBans(policy, repository, sources)),
    ...(baseline && baselineFile ? { baseline: { file: baselineFile, baseline } } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const counter = countFindings();
  const target: RepositoryTarget = {
    kind: 'repository',
    path: repository.root,
    isBare: repository.isBare,
    ...(options.range ? { range: options.range } : {}),
    history: options.history !== false,
    ...(repository.isShallow ? { shallow: true as const } : {}),
    ...(repository.isPartial ? { partialClone: true as const } : {}),
  };
  const policyInfo = { found: policy.layers.length > 0, layers: policy.layers.map(({ layer, file }) => ({ layer, file })) };
  let run: RunInfo | undefined;
  // Described when a report first reads it: only some formats print a run (withLazyRun).
  const describeThisRun = (): RunInfo => (run ??= describeRun({ policy, sources: { now: () => startedAt, ...options.runSources } }));
  sink.begin(withLazyRun({ target, policy: policyInfo }, describeThisRun));
  // Refs are looked up once history is read, so commit findings wait for them; everything else goes on at once.
  const awaitingRefs: Finding[] | undefined = options.withRefs && sources.readContainingRefs ? [] : undefined;
  const compact = createFindingCompactor();
  // The refs of the commit being judged, when the history pass learnt them along with it: its findings go out at once.
  let passRefs: { readonly commit: string; readonly names: readonly string[] } | undefined;
  const emit = (finding: Finding): void => {
    counter.add(finding);
    const commit = finding.location.commit;
    if (finding.commit && commit !== undefined && passRefs?.commit === commit) sink.add({ ...finding, commit: { ...finding.commit, refs: passRefs.names } });
    // A source that read the refs along with the commit leaves nothing to wait for.
    else if (awaitingRefs && finding.commit && !finding.commit.refs && commit !== undefined) awaitingRefs.push(compact(finding));
    else sink.add(finding);
  };
  const warnings: string[] = [];
  let commitsScanned = 0;
  let refsScanned = 0;
  let pathsScanned = 0;
  const interval = options.progressIntervalMs ?? 100;
  let lastReport = 0;
  const report = (phase: ScanProgress['phase'], force = false): void => {
    if (!options.onProgress) return;
    const now = Date.now();
    if (!force && now - lastReport < interval) return;
    lastReport = now;
    options.onProgress({ phase, commitsScanned, findings: counter.total(), elapsedMs: now - started });
  };
  const keep = (evidence: readonly Evidence[]): void => {
    for (const item of evidence) {
      const finding = enforcer.judge(item);
      if (finding) emit(finding);
    }
  };
  const keepHistory = (evidence: readonly Evidence[], plan: HistoryPlan | undefined): void => {
    if (plan) for (const item of evidence) plan.keep(item);
    keep(evidence);
  };

  let plan: HistoryPlan | undefined;
  const refsFromPass = new Map<string, readonly string[]>();
  const useCache = options.cache === true && !options.range && options.history !== false && !options.sources?.readCommits;
  const refs: RefRecord[] = [];
  if (!options.range) {
    report('refs', true);
    const annotated: RefRecord[] = [];
    for await (const ref of sources.readRefs(repository)) {
      refsScanned++;
      if (useCache) refs.push(ref);
      keep(detectRefEvidence(ref, catalog, repository.root));
      if (ref.name.startsWith('refs/tags/') || ref.name.startsWith('refs/notes/')) annotated.push(ref);
    }
    if (sources.readAnnotations && annotated.length > 0) {
      for await (const record of sources.readAnnotations(repository, annotated)) keep(detectAnnotationEvidence(record, catalog, repository.root));
    }
  }
  report('paths', true);
  for await (const path of sources.readPaths(repository, warnings)) {
    pathsScanned++;
    keep(detectPathEvidence(path, catalog, repository.root));
    if (sources.readFile && isConfigFile(path.path, catalog)) {
      const text = await sources.readFile(repository, path.path, warnings);
      if (text !== undefined) keep(detectConfigEvidence(path, text, catalog, repository.root));
    }
  }
  // Refs without HEAD happen: a bare server repository whose HEAD names `master` while only `main` was pushed.
  if (options.history !== false && (repository.hasHead || options.range || refsScanned > 0)) {
    report('history', true);
    plan = useCache ? await planHistory({ repository, refs, assistants, folder: options.cacheFolder ?? defaultCacheFolder(), withRefs: options.withRefs === true, rebuild: rebuildCache }) : undefined;
    try {
      // Read the cached evidence through once before any history finding goes out, so a corrupt cache can still be
      // dropped and the scan redone without handing on a finding twice.
      if (state.checkCache && plan && (!plan.hasNewCommits || plan.newCommitArgs.length > 0)) await checkCacheFile(plan.file);
      state.historyStarted = true;
      const revisions = options.range ? options.range.split(/\s+/).filter(Boolean) : undefined;
      if (plan?.hasNewCommits !== false) {
        const extraArgs = plan?.newCommitArgs ?? [];
        // Without a range every ref starts the walk, so the refs of each commit can be learnt in the same pass.
        const withContainingRefs = options.withRefs === true && !revisions;
        for await (const commits of sources.readCommits({ cwd: repository.root, ...(revisions ? { revisions } : {}), ...(extraArgs.length > 0 ? { extraArgs } : {}), ...(options.signal ? { signal: options.signal } : {}), ...(withContainingRefs ? { withContainingRefs } : {}) })) {
          for (const commit of commits) {
            const evidence = detectCommitEvidence(commit, catalog, repository.root);
            passRefs = evidence.length > 0 && commit.containingRefs ? { commit: commit.id, names: commit.containingRefs.names } : undefined;
            // The cache keeps the containing refs of evidence commits; those learnt here save it a walk.
            if (passRefs && plan) refsFromPass.set(passRefs.commit, passRefs.names);
            keepHistory(evidence, plan);
          }
          passRefs = undefined;
          plan?.observe(commits);
          commitsScanned += commits.length;
          report('history');
          await sink.drain?.();
        }
      }
      if (plan) {
        for await (const batch of plan.carried) {
          keepHistory(batch, plan);
          await sink.drain?.();
        }
        commitsScanned += plan.carriedCommits();
      }
    } catch (error) {
      await plan?.discard();
      // An incremental read fails when git no longer has a cached tip (pruned after a force push): start over in full.
      if (plan && plan.newCommitArgs.length > 0 && !(error instanceof HistoryCacheError) && !options.signal?.aborted) throw new HistoryCacheError(plan.file, (error as Error).message);
      throw error;
    }
  }
  report('done', true);
  const incomplete = incompleteHistoryNotice(repository);
  if (incomplete) warnings.unshift(incomplete);
  const suppressions = enforcer.suppressions();
  for (const use of suppressions.ignores) {
    if (use.state === 'expired') warnings.push(`expired ignore no longer applies: ${describeIgnore(use)}`);
    if (use.state === 'forbidden') warnings.push(`ignore not applied, the managed policy says allowIgnores: false: ${describeIgnore(use)}`);
  }
  if (suppressions.baselineForbiddenBy !== undefined) warnings.push(`baseline ${suppressions.baselineFile} not applied: the managed policy ${suppressions.baselineForbiddenBy} says allowBaselines: false`);
  const suppressed = enforcer.suppressed;
  let lookUpRefs = sources.readContainingRefs ? (commits: Iterable<string>) => sources.readContainingRefs!(repository, commits) : undefined;
  if (lookUpRefs && refsFromPass.size > 0) lookUpRefs = withRefsFromPass(refsFromPass, lookUpRefs);
  if (plan) lookUpRefs = await plan.finish(commitsScanned, lookUpRefs, options.withRefs === true);
  if (awaitingRefs && lookUpRefs && awaitingRefs.length > 0) {
    const refs = await lookUpRefs(new Set(awaitingRefs.map((finding) => finding.location.commit!)));
    // In slices, with the reader caught up after each, so the held findings never all turn into report text at once.
    for (let start = 0; start < awaitingRefs.length; start += REFS_SLICE) {
      for (const finding of await addContainingRefs(awaitingRefs.slice(start, start + REFS_SLICE), async () => refs)) sink.add(finding);
      await sink.drain?.();
    }
  }

  return withLazyRun({
    target,
    policy: policyInfo,
    summary: counter.summary({ commitsScanned, refsScanned, pathsScanned, suppressed }),
    warnings,
    suppressions,
  }, describeThisRun);
}

/** The notice for a clone that lacks history or objects: what was missed and how to fetch it. Exported for reports. */
export function incompleteHistoryNotice(repository: Pick<RepositoryInfo, 'isShallow' | 'isPartial'>): string | undefined {
  const notices = [
    repository.isShallow ? 'this is a shallow clone: commits before its cut-off were not there to scan (git fetch --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0)' : '',
    repository.isPartial ? 'this is a partial clone (--filter): objects it lacks were not scanned (clone again without --filter)' : '',
  ].filter(Boolean);
  return notices.length > 0 ? notices.join('; ') : undefined;
}

/** For every commit-based `enforceSince`, the commits before the ban, as the evaluation predicate. */
async function commitBans(policy: Policy, repository: RepositoryInfo, sources: RepositorySources): Promise<Pick<EnforcerOptions, 'isBeforeCommit'>> {
  const bans = new Map<string, ReadonlySet<string>>();
  for (const layer of policy.layers) {
    const since = layer.document.enforceSince;
    if (since === undefined || /^\d{4}-\d{2}-\d{2}/.test(since) || bans.has(since) || !sources.readAncestors) continue;
    try {
      bans.set(since, await sources.readAncestors(repository, since));
    } catch {
      throw new PolicyError(layer.file, '$.enforceSince', `commit ${since} is not in the repository ${repository.root}`);
    }
  }
  if (bans.size === 0) return {};
  return { isBeforeCommit: (since, commit) => bans.get(since)?.has(commit) ?? false };
}
