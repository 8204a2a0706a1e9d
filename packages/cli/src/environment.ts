/** @fileoverview Decides whether a run is interactive (ink) or plain, from the terminal and CI environment. */
import { isStandaloneBinary } from './package-root.js';

/**
 * True when stdout is a terminal and nothing says CI; only then may ink and react be imported. Never in the standalone
 * binary, which ships without them (they stay in the npm package).
 */
export function isInteractive(stream: { isTTY?: boolean } = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!stream.isTTY || isStandaloneBinary()) return false;
  const ci = env.CI;
  if (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') return false;
  return env.TERM !== 'dumb';
}

/** True when colors should be used on a plain (non-ink) stream: a terminal, and NO_COLOR unset. */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}
