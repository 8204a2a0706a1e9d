/** @fileoverview The one line `aiguard hook install|uninstall` prints per hook. */
import { CHAINED_SUFFIX } from './hook-script.js';
import type { HookTarget } from './hooks-folder.js';
import type { HookChange } from './install.js';

/**
 * One hook's change as a line for stdout.
 *
 * @example
 * pre-push: installed /repo/.git/hooks/pre-push (the hook that was there now runs from pre-push.aiguard-chained)
 */
export function describeChange(change: HookChange, target: HookTarget): string {
  const where = change.file;
  const husky = target.kind === 'husky';
  switch (change.action) {
    case 'installed':
      return `${change.hook}: installed ${husky ? 'a block in ' : ''}${where}`;
    case 'chained':
      return `${change.hook}: installed ${where} (the hook that was there now runs from ${change.hook}${CHAINED_SUFFIX})`;
    case 'updated':
      return `${change.hook}: updated ${where}`;
    case 'unchanged':
      return `${change.hook}: already installed in ${where}`;
    case 'removed':
      return `${change.hook}: removed ${husky ? 'the aiguard block from ' : ''}${where}`;
    case 'restored':
      return `${change.hook}: removed aiguard's hook and put back the original ${where}`;
    case 'absent':
      return `${change.hook}: not installed in ${where}`;
    case 'foreign':
      return `${change.hook}: left ${where} alone: it is not aiguard's; the hook aiguard chained is still in ${where}${CHAINED_SUFFIX}`;
  }
}
