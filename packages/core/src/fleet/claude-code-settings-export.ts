/**
 * @fileoverview A Claude Code `managed-settings.json` that forces commit and pull-request attribution on, so that
 * where Claude Code is allowed or only warned its use stays visible in history. Managed settings take precedence
 * over user, project and local settings (https://code.claude.com/docs/en/settings, "Settings precedence"); the
 * `attribution` keys (`commit`, `pr`: the text added, `""` hides it) replace the deprecated
 * `includeCoAuthoredBy` (Claude Code CHANGELOG 2.0.62), which is set too for older versions; `attribution.sessionUrl`
 * (CHANGELOG 2.1.183) is forced on as well.
 */
import type { Assistant } from '../model/assistant.js';
import type { Policy, PolicyAction } from '../model/policy.js';
import { decideAction } from '../policy/evaluate.js';

/** The commit attribution forced on: the footer and the Co-Authored-By trailer Claude Code writes by default. */
export const CLAUDE_COMMIT_ATTRIBUTION = '🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>';
/** The pull-request attribution forced on. */
export const CLAUDE_PR_ATTRIBUTION = '🤖 Generated with [Claude Code](https://claude.com/claude-code)';

/** The settings and what the policy says about Claude Code (the CLI notes a ban: settings cannot uninstall it). */
export function claudeCodeManagedSettings(assistants: readonly Assistant[], policy: Policy, existing?: Record<string, unknown>): { settings: Record<string, unknown>; action: PolicyAction } {
  const { action } = decideAction('claude-code', policy, {}, { assistants });
  const attribution = typeof existing?.attribution === 'object' && existing.attribution !== null && !Array.isArray(existing.attribution) ? (existing.attribution as Record<string, unknown>) : {};
  return {
    action,
    settings: {
      ...existing,
      // sessionUrl (Claude Code 2.1.183) controls the `Claude-Session:` trailer of web sessions; false would hide it.
      attribution: { ...attribution, commit: CLAUDE_COMMIT_ATTRIBUTION, pr: CLAUDE_PR_ATTRIBUTION, sessionUrl: true },
      includeCoAuthoredBy: true,
    },
  };
}
