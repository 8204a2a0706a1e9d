/** @fileoverview Tests for who may break glass: managed layers only, strictest wins. */
import { describe, expect, test } from 'vitest';
import type { Policy } from '../model/policy.js';
import { breakGlassPermission } from './break-glass.js';

const managed = (document: Policy['layers'][number]['document']): Policy => ({ layers: [{ layer: 'managed', file: '/etc/aiguard/policy.json', document }] });

describe('breakGlassPermission', () => {
  test('allows any pusher with a reason by default', () => {
    expect(breakGlassPermission({ layers: [] }, ['ana@example.com'])).toEqual({ allowed: true });
  });

  test('refuses everyone when the managed policy says off', () => {
    expect(breakGlassPermission(managed({ breakGlass: 'off' }), ['ana@example.com'])).toMatchObject({ allowed: false, reason: expect.stringContaining('breakGlass: "off"') });
  });

  test('allows only listed pushers, compared case-insensitively', () => {
    const policy = managed({ breakGlass: 'reason-required', breakGlassPushers: ['Release-Manager@Example.com'] });
    expect(breakGlassPermission(policy, ['release-manager@example.com', 'rm'])).toEqual({ allowed: true });
    expect(breakGlassPermission(policy, ['ana@example.com', 'ana'])).toMatchObject({ allowed: false, reason: expect.stringContaining('Release-Manager@Example.com') });
    expect(breakGlassPermission(policy, [])).toMatchObject({ allowed: false });
  });
});
