/** @fileoverview First pass of a fleet roll-up: the latest run per machine, runs per machine and the daily trend, from summaries only. */
import type { FleetEvent, FleetHost, FleetRun, FleetTrendPoint, VerdictCounts } from './fleet-model.js';

/** The key a host is merged by: its machine id, or its host name when the report has none. */
export function hostKey(run: FleetRun): string {
  return run.machineId ? run.machineId : `host:${run.host}`;
}

/**
 * Indexes runs by machine from their summary events: memory holds one summary per machine, one run id per run
 * and one flag per machine and day, never findings. A run read twice (the same report in two inputs) counts once.
 */
export class FleetIndex {
  readonly #hosts = new Map<string, FleetHost>();
  readonly #runIds = new Set<string>();
  // day -> machine -> [startedAt of its last run that day, whether that run had blocked findings]
  readonly #days = new Map<string, Map<string, [string, boolean]>>();

  /** Takes one event; only summaries count, findings are read in the second pass. */
  add(event: FleetEvent): void {
    if (event.type !== 'summary' || this.#runIds.has(event.run.runId)) return;
    this.#runIds.add(event.run.runId);
    const key = hostKey(event.run);
    const current = this.#hosts.get(key);
    const runs = (current?.runs ?? 0) + 1;
    if (!current || isNewer(event.run, current.run)) this.#hosts.set(key, { key, run: event.run, findings: event.findings, byAssistant: event.byAssistant, runs });
    else this.#hosts.set(key, { ...current, runs });
    const day = event.run.startedAt.slice(0, 10);
    if (day === '') return;
    let machines = this.#days.get(day);
    if (!machines) this.#days.set(day, (machines = new Map()));
    const seen = machines.get(key);
    if (!seen || seen[0] < event.run.startedAt) machines.set(key, [event.run.startedAt, event.findings.block > 0]);
  }

  /** Hosts sorted by host name, then key. */
  hosts(): FleetHost[] {
    return [...this.#hosts.values()].sort((a, b) => compare(a.run.host, b.run.host) || compare(a.key, b.key));
  }

  /** Whether `run` is the latest run of its machine (the one whose findings the roll-up shows). */
  isLatest(run: FleetRun): boolean {
    return this.#hosts.get(hostKey(run))?.run.runId === run.runId;
  }

  /** Per UTC day with reports, oldest first: hosts reporting and hosts whose last run that day had blocked findings. */
  trend(): FleetTrendPoint[] {
    return [...this.#days]
      .sort(([a], [b]) => compare(a, b))
      .map(([day, machines]) => ({ day, hosts: machines.size, blocked: [...machines.values()].filter(([, blocked]) => blocked).length }));
  }

  /** Totals over the latest run of every host. */
  totals(): { hosts: number; blockedHosts: number; findings: VerdictCounts; lastSeen: string } {
    const findings: VerdictCounts = { block: 0, warn: 0, info: 0 };
    let blockedHosts = 0;
    let lastSeen = '';
    for (const host of this.#hosts.values()) {
      findings.block += host.findings.block;
      findings.warn += host.findings.warn;
      findings.info += host.findings.info;
      if (host.findings.block > 0) blockedHosts++;
      if (host.run.startedAt > lastSeen) lastSeen = host.run.startedAt;
    }
    return { hosts: this.#hosts.size, blockedHosts, findings, lastSeen };
  }

  /** Per assistant, how many hosts' latest runs have its findings at each verdict (a host counts once per verdict). */
  assistantsByVerdict(): { assistant: string; hosts: VerdictCounts }[] {
    const byAssistant = new Map<string, VerdictCounts>();
    for (const host of this.#hosts.values()) {
      for (const [assistant, counts] of Object.entries(host.byAssistant)) {
        let hosts = byAssistant.get(assistant);
        if (!hosts) byAssistant.set(assistant, (hosts = { block: 0, warn: 0, info: 0 }));
        for (const verdict of ['block', 'warn', 'info'] as const) if (counts[verdict] > 0) hosts[verdict]++;
      }
    }
    return [...byAssistant]
      .map(([assistant, hosts]) => ({ assistant, hosts }))
      .sort((a, b) => b.hosts.block - a.hosts.block || b.hosts.warn - a.hosts.warn || b.hosts.info - a.hosts.info || compare(a.assistant, b.assistant));
  }
}

function isNewer(run: FleetRun, than: FleetRun): boolean {
  return run.startedAt > than.startedAt || (run.startedAt === than.startedAt && run.runId > than.runId);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
