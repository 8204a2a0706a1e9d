/** @fileoverview Who ran a scan or audit, where and when: the metadata a fleet merges reports by. Types only. */

/** One run of `aiguard scan` or `aiguard audit`, as every report records it. */
export interface RunInfo {
  /** A fresh UUID per run, so the same report ingested twice is counted once. */
  readonly runId: string;
  /** When the run started, UTC ISO 8601 with milliseconds (`2026-12-07T09:50:00.000Z`). */
  readonly startedAt: string;
  /** Host name (hashed with `--redact`). */
  readonly host: string;
  /**
   * Stable machine id: Linux `/etc/machine-id`, macOS IOPlatformUUID, Windows MachineGuid (hashed with `--redact`,
   * with the same salt the same id on every run). Undefined where none can be read, e.g. a bare container.
   */
  readonly machineId?: string;
  /** `linux`, `darwin` or `win32`. */
  readonly os: string;
  /** Kernel or OS release, e.g. `6.1.0-28-amd64`, `23.6.0`, `10.0.22631`. */
  readonly osVersion: string;
  /** The user the run ran as (hashed with `--redact`). */
  readonly user: string;
  /** `sha256:` and 64 hex of the effective policy (layers and their documents, keys sorted); equal digests mean equal policies. */
  readonly policyDigest: string;
}
