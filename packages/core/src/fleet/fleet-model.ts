/** @fileoverview What a fleet roll-up reads from each report and keeps per host. Types only. */
import type { Verdict } from '../model/finding.js';

/** The run a report line belongs to, as the JSON and NDJSON reports write it (schema 2 `run`, or schema 1's target). */
export interface FleetRun {
  readonly runId: string;
  /** UTC ISO 8601; empty when a schema-1 report had no run time (it then sorts as the oldest). */
  readonly startedAt: string;
  readonly host: string;
  readonly machineId?: string;
  readonly os: string;
  readonly osVersion: string;
  readonly user: string;
  readonly aiguardVersion: string;
  readonly catalogVersion: string;
  readonly policyDigest: string;
}

/** One finding as a roll-up shows it: the JSON report's finding, flattened. */
export interface FleetFinding {
  readonly verdict: Verdict;
  readonly assistant: string;
  readonly signature: string;
  readonly source: string;
  /** Where, in a few words, with the repository for repository findings. */
  readonly place: string;
  readonly evidence: string;
  readonly user: string;
}

/** Counts per verdict. */
export type VerdictCounts = Record<Verdict, number>;

/** What a report stream says, one event at a time: the findings of a run, then its summary. */
export type FleetEvent =
  | { readonly type: 'finding'; readonly run: FleetRun; readonly finding: FleetFinding }
  | { readonly type: 'summary'; readonly run: FleetRun; readonly findings: VerdictCounts; readonly byAssistant: Readonly<Record<string, VerdictCounts>> };

/** One host in the roll-up: its latest run and how many runs it sent. */
export interface FleetHost {
  /** The machine id, or `host:NAME` for reports that carry none. */
  readonly key: string;
  readonly run: FleetRun;
  readonly findings: VerdictCounts;
  readonly byAssistant: Readonly<Record<string, VerdictCounts>>;
  /** Distinct runs read for this host (the latest included). */
  readonly runs: number;
}

/** One day of the trend: hosts that reported that day (UTC) and how many of them had blocked findings in their last run of the day. */
export interface FleetTrendPoint {
  readonly day: string;
  readonly hosts: number;
  readonly blocked: number;
}

/** A report that could not be read, or a line that could not be used. */
export interface FleetInputProblem {
  readonly input: string;
  readonly message: string;
}
