/** @fileoverview The rows a text report shows and the counts it gives, from kept findings or gathered as findings stream by. */
import type { Finding, Verdict } from '../model/finding.js';
import { countRows, groupRows, placeKey, rowKind, type FindingRow, type RowKind } from './finding-rows.js';

/** One assistant's part of a text report. */
export interface TextRowGroup {
  /** The rows that may be shown, in report order (verdict, then as they came); every row, or at least the first `limit`. */
  readonly rows: readonly FindingRow[];
  /** Rows per verdict, over every row, shown or not. */
  readonly counts: Readonly<Record<Verdict, number>>;
  /** Rows per kind of place, over every row. */
  readonly kinds: Readonly<Record<RowKind, number>>;
  /** How many rows there are in all. */
  readonly total: number;
}

/** What the text report needs of the findings: groups by assistant in report order, and the repositories with their own policy. */
export interface TextRows {
  readonly groups: ReadonlyMap<string, TextRowGroup>;
  /** Repositories whose own `.aiguard.json` decided a finding (an audit's header names how many). */
  readonly governedRepositories: number;
}

/** A text report's rows gathered one finding at a time, keeping at most `limit` commit rows per assistant and verdict. */
export interface TextRowCollector {
  add(finding: Finding): void;
  done(): TextRows;
}

const VERDICT_RANK: Record<Verdict, number> = { block: 0, warn: 1, info: 2 };

/** The rows of kept findings, in the order given (reports pass them sorted by verdict, then assistant). */
export function textRowsOf(findings: readonly Finding[]): TextRows {
  const groups = new Map<string, TextRowGroup>();
  for (const [assistant, rows] of groupRows(findings)) groups.set(assistant, { rows, counts: countRows(rows), kinds: countKinds(rows), total: rows.length });
  return { groups, governedRepositories: governed(findings).size };
}

/**
 * Gathers a text report's rows from findings in scan order, holding only what the report can show: every ref and
 * file row (bounded by the repository, not its history) and, per assistant and verdict, the first `limit` commit
 * rows; later commit rows are only counted. `limit` 0 keeps every row. The rows come out in the order
 * {@link textRowsOf} gives for the same findings sorted by verdict and assistant.
 */
export function collectTextRows(limit: number): TextRowCollector {
  interface Row extends FindingRow {
    verdict: Verdict;
    readonly findings: Finding[];
    /** Where the row's first finding with its verdict came; rows of one verdict keep this order. */
    position: number;
  }
  interface Assistant {
    readonly places: Map<string, Row>;
    readonly kept: Row[];
    readonly shownCommits: Record<Verdict, number>;
    readonly counts: Record<Verdict, number>;
    readonly kinds: Record<RowKind, number>;
    total: number;
    /** The last commit row: a commit's findings for one assistant come together, so only it can still grow. */
    open: Row | undefined;
  }
  const assistants = new Map<string, Assistant>();
  const repositories = new Set<string>();
  let position = 0;
  const close = (state: Assistant): void => {
    const row = state.open;
    if (!row) return;
    state.open = undefined;
    if (limit === 0 || state.shownCommits[row.verdict] < limit) {
      state.shownCommits[row.verdict]++;
      state.kept.push(row);
    }
    state.counts[row.verdict]++;
    state.kinds.commit++;
    state.total++;
  };
  const join = (row: Row, finding: Finding): void => {
    row.findings.push(finding);
    if (VERDICT_RANK[finding.verdict] < VERDICT_RANK[row.verdict]) {
      row.verdict = finding.verdict;
      row.position = position;
    }
  };
  return {
    add: (finding) => {
      position++;
      if (finding.location.repository !== undefined && finding.decidedBy.layer === 'repository') repositories.add(finding.location.repository);
      let state = assistants.get(finding.assistant);
      if (!state) {
        state = { places: new Map(), kept: [], shownCommits: zeroVerdicts(), counts: zeroVerdicts(), kinds: { commit: 0, file: 0, ref: 0, other: 0 }, total: 0, open: undefined };
        assistants.set(finding.assistant, state);
      }
      const kind = rowKind(finding);
      const key = placeKey(finding);
      if (kind === 'commit') {
        if (state.open && placeKey(state.open.findings[0]!) === key) return join(state.open, finding);
        close(state);
        state.open = { assistant: finding.assistant, kind, verdict: finding.verdict, findings: [finding], position };
        return;
      }
      const row = state.places.get(`${kind}\n${key}`);
      if (row) return join(row, finding);
      state.places.set(`${kind}\n${key}`, { assistant: finding.assistant, kind, verdict: finding.verdict, findings: [finding], position });
    },
    done: () => {
      const groups: [string, TextRowGroup, Verdict][] = [];
      for (const [assistant, state] of assistants) {
        close(state);
        const counts = { ...state.counts };
        const kinds = { ...state.kinds };
        for (const row of state.places.values()) {
          counts[row.verdict]++;
          kinds[row.kind]++;
        }
        const rows = [...state.places.values(), ...state.kept].sort((a, b) => VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] || a.position - b.position);
        const best = (['block', 'warn', 'info'] as const).find((verdict) => counts[verdict] > 0)!;
        groups.push([assistant, { rows, counts, kinds, total: state.total + state.places.size }, best]);
      }
      // Assistants in the order their first finding has once findings are sorted by verdict, then assistant.
      groups.sort(([a, , bestA], [b, , bestB]) => VERDICT_RANK[bestA] - VERDICT_RANK[bestB] || a.localeCompare(b));
      return { groups: new Map(groups.map(([assistant, group]) => [assistant, group])), governedRepositories: repositories.size };
    },
  };
}

function governed(findings: readonly Finding[]): Set<string> {
  return new Set(findings.filter((finding) => finding.location.repository !== undefined && finding.decidedBy.layer === 'repository').map((finding) => finding.location.repository!));
}

function countKinds(rows: readonly FindingRow[]): Record<RowKind, number> {
  const counts = { commit: 0, file: 0, ref: 0, other: 0 };
  for (const row of rows) counts[row.kind]++;
  return counts;
}

function zeroVerdicts(): Record<Verdict, number> {
  return { block: 0, warn: 0, info: 0 };
}
