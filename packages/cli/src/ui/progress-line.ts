/** @fileoverview The one line a terminal shows while a scan runs: phase, commits (of a total when git knows it), rate, time left, findings. */
import type { ScanProgress } from '@aiguard/core';

/** The words for each phase. */
export const PHASES: Record<ScanProgress['phase'], string> = {
  refs: 'Reading branch and notes refs',
  paths: 'Checking files',
  history: 'Scanning history',
  done: 'Scanned',
};

/** What the line is drawn from besides the progress itself. */
export interface ProgressLineOptions {
  /** About how many commits the scan will read (git's commit-graph); undefined shows the rate only. */
  readonly expectedCommits?: number;
  /** The terminal's width: the line is cut to one column less, so it never wraps and `\r` can redraw it. */
  readonly columns?: number;
  /** ANSI colors (cyan marker, dimmed rate). @default false */
  readonly color?: boolean;
}

/** A rate measured over less than this says little about the time left, and a cached rescan is over by then. */
const ETA_AFTER_MS = 1000;

/**
 * The progress line, for example `… Scanning history: 12,400 / 100,000 commits (31,000/s, 3 s left), 3 findings`; when
 * done `✔ Scanned 12,400 commits in 0.4 s` (the report below gives the totals, so the line does not count findings a
 * second, different way).
 */
export function formatProgressLine(progress: ScanProgress, options: ProgressLineOptions = {}): string {
  if (progress.phase === 'done') return fit('✔ ', `Scanned ${commits(progress.commitsScanned)} in ${(progress.elapsedMs / 1000).toFixed(1)} s`, '', 'green', options);
  const found = progress.findings > 0 ? `, ${count(progress.findings, 'finding')}` : '';
  if (progress.phase !== 'history') return fit('… ', `${PHASES[progress.phase]}${found}`, '', 'cyan', options);
  const { commitsScanned: scanned, elapsedMs } = progress;
  const rate = elapsedMs > 0 ? Math.round((scanned * 1000) / elapsedMs) : 0;
  // A commit-graph older than the newest commits undercounts: past it, the total says nothing.
  const total = options.expectedCommits !== undefined && options.expectedCommits > scanned ? options.expectedCommits : undefined;
  const done = total !== undefined ? `${scanned.toLocaleString('en-US')} / ${commits(total)}` : commits(scanned);
  const left = total !== undefined && rate > 0 && elapsedMs >= ETA_AFTER_MS ? `, ${duration((total - scanned) / rate)} left` : '';
  const detail = rate > 0 ? ` (${rate.toLocaleString('en-US')}/s${left})` : '';
  return fit('… ', `${PHASES.history}: ${done}`, detail, 'cyan', options, found);
}

/** The line shown instead when the scan throws; the error itself is reported by bin.ts. */
export function formatFailedLine(options: ProgressLineOptions = {}): string {
  return fit('✘ ', 'Scan failed', '', 'red', options);
}

const COLORS = { cyan: 36, green: 32, red: 31 } as const;

/** Joins marker, text, dimmed detail and tail, cut to the terminal width; colors go around the parts, never inside a cut. */
function fit(marker: string, text: string, dim: string, markerColor: keyof typeof COLORS, options: ProgressLineOptions, tail = ''): string {
  const parts = [marker, text, dim, tail];
  const room = options.columns !== undefined && options.columns > 1 ? options.columns - 1 : Infinity;
  let used = 0;
  const cut = parts.map((part) => {
    const kept = part.length <= room - used ? part : `${part.slice(0, Math.max(room - used - 1, 0))}…`.slice(0, Math.max(room - used, 0));
    used += kept.length;
    return kept;
  });
  if (!options.color) return cut.join('');
  const [m, t, d, rest] = cut as [string, string, string, string];
  return `\x1b[${COLORS[markerColor]}m${m}\x1b[39m${t}${d ? `\x1b[2m${d}\x1b[22m` : ''}${rest}`;
}

function commits(n: number): string {
  return count(n, 'commit');
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

/** `3 s`, `2 min 5 s`, `1 h 4 min`: rounded up, since a countdown that shows 0 s before the end reads as a hang. */
function duration(seconds: number): string {
  const s = Math.max(Math.ceil(seconds), 1);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}
