/** @fileoverview Draws a running scan's progress line on a terminal from a timer, at a bounded rate, whatever pace the scan reports at. */
import type { ScanProgress } from '@aiguard/core';
import { formatProgressLine } from './progress-line.js';

/** Where a painter reads what to draw: the scan only overwrites these, and the painter looks when its timer fires. */
export interface ProgressSource {
  readonly latest: ScanProgress;
  readonly expectedCommits: number | undefined;
}

/** The part of a terminal stream a painter uses. */
export interface PaintTarget {
  write(text: string): unknown;
  readonly columns?: number;
}

/** A painter drawing until it is stopped. */
export interface ProgressPainter {
  /** Stops the timer and leaves `finalLine` (already formatted) on the terminal, ending the line. */
  stop(finalLine: string): void;
  /** How many frames it has written, the first and the final one included. */
  readonly frames: number;
}

/** Ten frames a second reads as live; more only spends the scan's thread on drawing. */
export const FRAME_INTERVAL_MS = 100;

/** Erases the terminal's current line and returns to its start: the whole redraw for a one-line view. */
const REDRAW = '\r\x1b[2K';

/**
 * Draws the first frame now and then at most one frame per `intervalMs`, only when the line changed. Nothing is drawn in
 * response to progress, so the cost to the scan is one small write per interval however many commits go by.
 */
export function startProgressPainter(source: ProgressSource, target: PaintTarget, options: { color: boolean; intervalMs?: number }): ProgressPainter {
  let frames = 0;
  let shown = '';
  const draw = (line: string, end = ''): void => {
    if (line === shown && end === '') return;
    shown = line;
    frames++;
    target.write(`${REDRAW}${line}${end}`);
  };
  const line = (): string => formatProgressLine(source.latest, { expectedCommits: source.expectedCommits, columns: target.columns, color: options.color });
  draw(line());
  // unref: a painter never keeps the process alive on its own.
  const timer = setInterval(() => draw(line()), options.intervalMs ?? FRAME_INTERVAL_MS).unref();
  return {
    stop(finalLine) {
      clearInterval(timer);
      draw(finalLine, '\n');
    },
    get frames() {
      return frames;
    },
  };
}
