/**
 * @fileoverview Applies a policy's ignores and a baseline to findings, and records which matched, which expired and
 * which matched nothing. An ignore or baseline can only suppress a verdict its own layer could have set: an
 * ignore in .aiguard.json never hides a finding that the managed or user layer decided. The baseline counts as
 * the repository layer. A managed policy can forbid the lower layers' ignores (`allowIgnores: false`) and the
 * baseline (`allowBaselines: false`); forbidden ones are reported, never applied.
 */
import picomatch from 'picomatch';
import { POLICY_LAYER_ORDER, type Policy, type PolicyIgnore, type PolicyLayerName } from '../model/policy.js';
import type { Baseline, BaselineEntry } from './baseline.js';
import type { Finding } from '../model/finding.js';

/** One ignore and what became of it in this run. */
export interface IgnoreUse {
  readonly layer: PolicyLayerName;
  readonly file: string;
  /** Index in the file's `ignores` array. */
  readonly index: number;
  readonly ignore: PolicyIgnore;
  /** `expired`: its date passed, so it did not apply. `unused`: it matched no finding. `forbidden`: a managed policy says `allowIgnores: false`. */
  readonly state: 'used' | 'unused' | 'expired' | 'forbidden';
  /** Findings it suppressed. */
  readonly matched: number;
}

/** What ignores and the baseline did in a run. */
export interface SuppressionReport {
  readonly ignores: readonly IgnoreUse[];
  /** The baseline file, when one was used. */
  readonly baselineFile?: string;
  /** The managed policy that forbade the baseline (`allowBaselines: false`), when one did and a baseline was given. */
  readonly baselineForbiddenBy?: string;
  /** Baseline entries that matched no finding. */
  readonly unusedBaseline: readonly BaselineEntry[];
  /** Findings suppressed by ignores and by the baseline. */
  readonly suppressedByIgnores: number;
  readonly suppressedByBaseline: number;
}

interface CompiledIgnore {
  readonly use: { layer: PolicyLayerName; file: string; index: number; ignore: PolicyIgnore; expired: boolean; forbidden: boolean; matched: number };
  readonly matchesPath?: (path: string) => boolean;
}

/** Today as `YYYY-MM-DD` in UTC. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The managed layer's file that forbids lower layers' ignores or the baseline, if one does. */
function forbiddenBy(policy: Policy, key: 'allowIgnores' | 'allowBaselines'): string | undefined {
  return policy.layers.find((layer) => layer.layer === 'managed' && layer.document[key] === false)?.file;
}

/**
 * Filters findings through ignores and a baseline; call {@link Suppressor.suppressingLayer} per finding, then
 * {@link Suppressor.report}. Only policy/enforcer.ts uses it.
 */
export class Suppressor {
  private readonly ignores: CompiledIgnore[] = [];
  private readonly baseline = new Map<string, { entry: BaselineEntry; matched: number }>();
  private readonly baselineForbiddenBy: string | undefined;
  private byIgnores = 0;
  private byBaseline = 0;

  constructor(
    policy: Policy,
    private readonly baselineFile?: { readonly file: string; readonly baseline: Baseline },
    now: Date = new Date(),
  ) {
    const today = isoDay(now);
    const ignoresForbidden = forbiddenBy(policy, 'allowIgnores') !== undefined;
    for (const layer of policy.layers) {
      (layer.document.ignores ?? []).forEach((ignore, index) => {
        // An ignore applies until the day it names: from that day on it is expired.
        const expired = ignore.expires !== undefined && ignore.expires <= today;
        const forbidden = ignoresForbidden && layer.layer !== 'managed';
        this.ignores.push({
          use: { layer: layer.layer, file: layer.file, index, ignore, expired, forbidden, matched: 0 },
          ...(ignore.path !== undefined ? { matchesPath: picomatch(ignore.path, { dot: true }) } : {}),
        });
      });
    }
    this.baselineForbiddenBy = baselineFile ? forbiddenBy(policy, 'allowBaselines') : undefined;
    if (this.baselineForbiddenBy === undefined) for (const entry of baselineFile?.baseline.entries ?? []) this.baseline.set(entry.fingerprint, { entry, matched: 0 });
  }

  /**
   * The layer of the ignore (or `repository` for the baseline) that hides this finding, or undefined. An ignore
   * only hides a verdict its own layer or a weaker one decided.
   */
  suppressingLayer(finding: Finding): PolicyLayerName | undefined {
    const layer = finding.decidedBy.layer;
    const decidedRank = layer === 'default' ? POLICY_LAYER_ORDER.length : POLICY_LAYER_ORDER.indexOf(layer);
    for (const { use, matchesPath } of this.ignores) {
      if (use.expired || use.forbidden || POLICY_LAYER_ORDER.indexOf(use.layer) > decidedRank) continue;
      const { ignore } = use;
      if (ignore.assistant !== undefined && ignore.assistant !== finding.assistant) continue;
      if (ignore.signature !== undefined && ignore.signature !== finding.signature) continue;
      if (ignore.commit !== undefined && !finding.location.commit?.startsWith(ignore.commit.toLowerCase())) continue;
      if (matchesPath && (finding.location.path === undefined || !matchesPath(finding.location.path))) continue;
      use.matched++;
      this.byIgnores++;
      return use.layer;
    }
    const accepted = this.baseline.get(finding.fingerprint);
    if (accepted && POLICY_LAYER_ORDER.indexOf('repository') <= decidedRank) {
      accepted.matched++;
      this.byBaseline++;
      return 'repository';
    }
    return undefined;
  }

  /** What every ignore and baseline entry did. */
  report(): SuppressionReport {
    return {
      ignores: this.ignores.map(({ use }) => ({
        layer: use.layer,
        file: use.file,
        index: use.index,
        ignore: use.ignore,
        state: use.expired ? 'expired' : use.forbidden ? 'forbidden' : use.matched > 0 ? 'used' : 'unused',
        matched: use.matched,
      })),
      ...(this.baselineFile ? { baselineFile: this.baselineFile.file } : {}),
      ...(this.baselineForbiddenBy !== undefined ? { baselineForbiddenBy: this.baselineForbiddenBy } : {}),
      unusedBaseline: [...this.baseline.values()].filter((item) => item.matched === 0).map((item) => item.entry),
      suppressedByIgnores: this.byIgnores,
      suppressedByBaseline: this.byBaseline,
    };
  }
}

/** One line describing an ignore, e.g. `repository /r/.aiguard.json ignores[0] (path docs/**): "vendored examples"`. */
export function describeIgnore(use: IgnoreUse): string {
  const { ignore } = use;
  const selectors = (['assistant', 'signature', 'path', 'commit'] as const).filter((key) => ignore[key] !== undefined).map((key) => `${key} ${ignore[key]}`);
  const expiry = ignore.expires !== undefined ? (use.state === 'expired' ? `, expired ${ignore.expires}` : `, expires ${ignore.expires}`) : '';
  return `${use.layer} ${use.file} ignores[${use.index}] (${selectors.join(', ')}${expiry}): ${JSON.stringify(ignore.reason)}`;
}
