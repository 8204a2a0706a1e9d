/**
 * @fileoverview Applies a policy's ignores and a baseline to findings, and records which matched, which expired and
 * which matched nothing. An ignore or baseline can only suppress a verdict its own layer could have set: an
 * ignore in .aiguard.json never hides a finding that the managed or user layer decided. The baseline counts as
 * the repository layer.
 */
import picomatch from 'picomatch';
import { POLICY_LAYER_ORDER, type Policy, type PolicyIgnore, type PolicyLayerName } from '../model/policy.js';
import type { Baseline, BaselineEntry } from './baseline.js';
import type { Evaluation } from './evaluate.js';

/** One ignore and what became of it in this run. */
export interface IgnoreUse {
  readonly layer: PolicyLayerName;
  readonly file: string;
  /** Index in the file's `ignores` array. */
  readonly index: number;
  readonly ignore: PolicyIgnore;
  /** `expired`: its date passed, so it did not apply. `unused`: it matched no finding. */
  readonly state: 'used' | 'unused' | 'expired';
  /** Findings it suppressed. */
  readonly matched: number;
}

/** What ignores and the baseline did in a run. */
export interface SuppressionReport {
  readonly ignores: readonly IgnoreUse[];
  /** The baseline file, when one was used. */
  readonly baselineFile?: string;
  /** Baseline entries that matched no finding. */
  readonly unusedBaseline: readonly BaselineEntry[];
  /** Findings suppressed by ignores and by the baseline. */
  readonly suppressedByIgnores: number;
  readonly suppressedByBaseline: number;
}

interface CompiledIgnore {
  readonly use: { layer: PolicyLayerName; file: string; index: number; ignore: PolicyIgnore; expired: boolean; matched: number };
  readonly matchesPath?: (path: string) => boolean;
}

/** Today as `YYYY-MM-DD` in UTC. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Filters findings through ignores and a baseline; call {@link Suppressor.suppresses} per finding, then {@link Suppressor.report}. */
export class Suppressor {
  private readonly ignores: CompiledIgnore[] = [];
  private readonly baseline = new Map<string, { entry: BaselineEntry; matched: number }>();
  private byIgnores = 0;
  private byBaseline = 0;

  constructor(
    policy: Policy,
    private readonly baselineFile?: { readonly file: string; readonly baseline: Baseline },
    now: Date = new Date(),
  ) {
    const today = isoDay(now);
    for (const layer of policy.layers) {
      (layer.document.ignores ?? []).forEach((ignore, index) => {
        // An ignore applies until the day it names: from that day on it is expired.
        const expired = ignore.expires !== undefined && ignore.expires <= today;
        this.ignores.push({
          use: { layer: layer.layer, file: layer.file, index, ignore, expired, matched: 0 },
          ...(ignore.path !== undefined ? { matchesPath: picomatch(ignore.path, { dot: true }) } : {}),
        });
      });
    }
    for (const entry of baselineFile?.baseline.entries ?? []) this.baseline.set(entry.fingerprint, { entry, matched: 0 });
  }

  /** True when an ignore or the baseline hides this finding. */
  suppresses({ finding, layer }: Evaluation): boolean {
    const decidedRank = layer === undefined ? POLICY_LAYER_ORDER.length : POLICY_LAYER_ORDER.indexOf(layer);
    for (const { use, matchesPath } of this.ignores) {
      if (use.expired || POLICY_LAYER_ORDER.indexOf(use.layer) > decidedRank) continue;
      const { ignore } = use;
      if (ignore.assistant !== undefined && ignore.assistant !== finding.assistant) continue;
      if (ignore.signature !== undefined && ignore.signature !== finding.signature) continue;
      if (ignore.commit !== undefined && !finding.location.commit?.startsWith(ignore.commit.toLowerCase())) continue;
      if (matchesPath && (finding.location.path === undefined || !matchesPath(finding.location.path))) continue;
      use.matched++;
      this.byIgnores++;
      return true;
    }
    const accepted = this.baseline.get(finding.fingerprint);
    if (accepted && POLICY_LAYER_ORDER.indexOf('repository') <= decidedRank) {
      accepted.matched++;
      this.byBaseline++;
      return true;
    }
    return false;
  }

  /** What every ignore and baseline entry did. */
  report(): SuppressionReport {
    return {
      ignores: this.ignores.map(({ use }) => ({
        layer: use.layer,
        file: use.file,
        index: use.index,
        ignore: use.ignore,
        state: use.expired ? 'expired' : use.matched > 0 ? 'used' : 'unused',
        matched: use.matched,
      })),
      ...(this.baselineFile ? { baselineFile: this.baselineFile.file } : {}),
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
