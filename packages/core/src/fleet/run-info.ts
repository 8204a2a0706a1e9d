/** @fileoverview Describes a run for fleet reports: run id, UTC time, host, machine id, OS, user and policy digest. */
import { createHash, randomUUID } from 'node:crypto';
import { hostname, release, userInfo } from 'node:os';
import type { Policy } from '../model/policy.js';
import type { RunInfo } from '../model/run.js';
import type { Platform } from '../model/signature.js';
import { readMachineId, type MachineIdOptions } from '../sources/machine-identity.js';

/** The I/O describing a run does; replace any part in tests. */
export interface RunSources {
  readonly hostname: () => string;
  readonly release: () => string;
  readonly user: () => string;
  readonly machineId: (options: MachineIdOptions) => string | undefined;
  readonly now: () => Date;
  readonly runId: () => string;
}

const machineIds = new Map<string, string | undefined>();

/** The sources that read the real machine. */
export const MACHINE_RUN_SOURCES: RunSources = {
  hostname,
  release,
  user: () => {
    try {
      return userInfo().username;
    } catch {
      // A uid with no passwd entry (containers run as an arbitrary uid).
      return process.env.USER ?? process.env.USERNAME ?? `uid ${process.getuid?.() ?? '?'}`;
    }
  },
  machineId: (options) => {
    // The editor scans on every save; ioreg and reg query are processes worth starting once.
    const key = `${options.platform}\0${options.systemRoot ?? ''}`;
    if (!machineIds.has(key)) machineIds.set(key, readMachineId(options));
    return machineIds.get(key);
  },
  now: () => new Date(),
  runId: randomUUID,
};

/** What to describe. */
export interface DescribeRunOptions {
  readonly policy: Policy;
  /** @default process.platform */
  readonly platform?: Platform;
  readonly systemRoot?: string;
  readonly sources?: Partial<RunSources>;
}

/** The run's metadata; never throws (an unreadable machine id is left out). */
export function describeRun(options: DescribeRunOptions): RunInfo {
  const io = { ...MACHINE_RUN_SOURCES, ...options.sources };
  const platform = options.platform ?? (process.platform as Platform);
  const machineId = io.machineId({ platform, ...(options.systemRoot ? { systemRoot: options.systemRoot } : {}) });
  return {
    runId: io.runId(),
    startedAt: io.now().toISOString(),
    host: io.hostname(),
    ...(machineId ? { machineId } : {}),
    os: platform,
    osVersion: io.release(),
    user: io.user(),
    policyDigest: digestPolicy(options.policy),
  };
}

/**
 * `result` with a `run` property that calls `describe` on its first read and keeps the answer: only JSON, NDJSON, CSV
 * and SQLite print a run, and its UUID, policy digest, machine id and user lookup cost a short-lived scan about a tenth
 * of its start-up (node:crypto alone) when the text report never shows them. Reading, spreading or serialising the
 * result sees one value, the same every time.
 */
export function withLazyRun<T extends object>(result: T, describe: () => RunInfo): T & { readonly run: RunInfo } {
  let run: RunInfo | undefined;
  return Object.defineProperty(result, 'run', { get: () => (run ??= describe()), enumerable: true, configurable: false }) as T & { readonly run: RunInfo };
}

/** `sha256:<hex>` of the policy's layers (name and document, object keys sorted), independent of file paths and key order. */
export function digestPolicy(policy: Policy): string {
  const layers = policy.layers.map(({ layer, document }) => ({ layer, document }));
  return `sha256:${createHash('sha256').update(canonicalJson(layers)).digest('hex')}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
