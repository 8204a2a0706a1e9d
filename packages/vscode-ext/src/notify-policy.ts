/**
 * @fileoverview When the editor may interrupt: only for what a policy blocks. Warnings, and every finding when no
 * policy applies, go to the aiguard view, the status item and Problems, never to a notification.
 */

/** True when a finding with this verdict (or action) earns a notification. */
export function shouldNotify(verdict: string): boolean {
  return verdict === 'block';
}

const shown: string[] = [];

/** Records that a notification was shown, for `aiguard._status`: the tests prove a quiet first minute with it. */
export function recordNotification(text: string): void {
  shown.push(text);
}

/** Every notification shown this session, oldest first. */
export function shownNotifications(): readonly string[] {
  return shown;
}
