/** @fileoverview Whether the policy lets a pusher break glass on the server (managed `breakGlass`, `breakGlassPushers`). */
import type { Policy } from '../model/policy.js';

/** The answer, with the reason when it is no. */
export type BreakGlassPermission = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

/**
 * Whether a pusher known by `identities` (e-mail addresses and server logins the hosting server reports) may let a
 * blocked push through with a reason. Only managed layers decide; the strictest wins: any `breakGlass: "off"` refuses,
 * and every `breakGlassPushers` list must name the pusher.
 */
export function breakGlassPermission(policy: Policy, identities: readonly string[]): BreakGlassPermission {
  const known = new Set(identities.filter((identity) => identity !== '').map((identity) => identity.toLowerCase()));
  for (const layer of policy.layers) {
    if (layer.layer !== 'managed') continue;
    if (layer.document.breakGlass === 'off') return { allowed: false, reason: `the managed policy ${layer.file} says breakGlass: "off"` };
    const pushers = layer.document.breakGlassPushers;
    if (pushers !== undefined && !pushers.some((pusher) => known.has(pusher.toLowerCase()))) {
      return { allowed: false, reason: `the managed policy ${layer.file} allows break glass only for ${pushers.join(', ')}` };
    }
  }
  return { allowed: true };
}
