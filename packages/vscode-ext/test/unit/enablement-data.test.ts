/** @fileoverview Tests decideEnablement: no workspace can switch the guard off, and no user either under a managed or user policy. */
import { describe, expect, it } from 'vitest';
import { decideEnablement } from '../../src/enablement-data';

describe('decideEnablement', () => {
  it('is on by default and off only by the user when no managed or user policy is in force', () => {
    expect(decideEnablement({}, undefined)).toEqual({ enabled: true, ignored: [] });
    expect(decideEnablement({ user: false }, undefined)).toEqual({ enabled: false, ignored: [] });
  });

  it('ignores aiguard.enable: false from the workspace or a folder, and says so', () => {
    for (const values of [{ workspace: false }, { workspaceFolder: false }]) {
      const result = decideEnablement(values, undefined);
      expect(result.enabled).toBe(true);
      expect(result.ignored).toEqual([expect.stringContaining('in the workspace settings was ignored')]);
    }
  });

  it('keeps the guard on under a managed or user policy even when the user turns it off, naming the policy', () => {
    const result = decideEnablement({ user: false, workspace: false }, '/etc/aiguard/policy.json');
    expect(result.enabled).toBe(true);
    expect(result.ignored).toHaveLength(2);
    expect(result.ignored[1]).toContain('the policy /etc/aiguard/policy.json is in force');
  });
});
