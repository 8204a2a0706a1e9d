import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script without types; it returns string[]
import { activationEvents } from '../../scripts/activation-events.mjs';

describe('activationEvents in package.json', () => {
  it('are exactly what scripts/activation-events.mjs generates from the catalog (run it with --write when this fails)', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { activationEvents: string[] };
    expect(manifest.activationEvents).toEqual(activationEvents());
  });

  it('activate on startup, on a policy file, and on a marker of the most common assistants', () => {
    const events = activationEvents() as string[];
    expect(events[0]).toBe('onStartupFinished');
    expect(events).toContain('workspaceContains:.aiguard.json');
    expect(events).toContain('workspaceContains:**/CLAUDE.md');
    expect(events).toContain('workspaceContains:**/.github/copilot-instructions.md');
  });
});
