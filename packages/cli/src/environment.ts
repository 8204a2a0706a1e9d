/** @fileoverview Decides whether a run is interactive (progress line, ink form) or plain, from the terminal and CI environment. */
import { isStandaloneBinary } from './package-root.js';

/** True when `stream` is a terminal and nothing says CI or a dumb terminal: a live progress line may be drawn. */
export function isInteractive(stream: { isTTY?: boolean } = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!stream.isTTY) return false;
  const ci = env.CI;
  if (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') return false;
  return env.TERM !== 'dumb';
}

/** True when an ink form may be drawn: an interactive terminal, and not the standalone binary, which ships without ink and react. */
export function canDrawInk(stream: { isTTY?: boolean } = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
  return isInteractive(stream, env) && !isStandaloneBinary();
}

/** True when colors should be used on a plain (non-ink) stream: a terminal, and NO_COLOR unset. */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}
