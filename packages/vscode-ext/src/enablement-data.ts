/**
 * @fileoverview Decides whether the guard is on from where `aiguard.enable` was set, and says which setting was
 * ignored and why. No vscode import. A workspace can never switch the guard off (a repository's own
 * `.vscode/settings.json` is the attacker's), and a user cannot while a managed or user policy file is in force.
 */

/** `aiguard.enable` as set in each settings layer (undefined where unset). */
export interface EnableValues {
  readonly user?: boolean;
  readonly workspace?: boolean;
  readonly workspaceFolder?: boolean;
}

/** The decision, with one sentence per ignored setting. */
export interface Enablement {
  readonly enabled: boolean;
  readonly ignored: readonly string[];
}

/**
 * `guardingPolicy` names the managed or user policy file in force, if any: then the guard stays on whatever the
 * settings say. Otherwise only the user's own setting can turn it off.
 */
export function decideEnablement(values: EnableValues, guardingPolicy: string | undefined): Enablement {
  const ignored: string[] = [];
  if (values.workspace === false || values.workspaceFolder === false) {
    ignored.push('aiguard.enable: false in the workspace settings was ignored: a repository cannot switch aiguard off (only user settings can, and not under a managed or user policy)');
  }
  if (values.user === false) {
    if (guardingPolicy === undefined) return { enabled: false, ignored };
    ignored.push(`aiguard.enable: false in the user settings was ignored: the policy ${guardingPolicy} is in force`);
  }
  return { enabled: true, ignored };
}
