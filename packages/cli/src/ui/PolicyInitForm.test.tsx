/** @fileoverview Tests for the `policy init` form: presets, typed and pasted ids, did-you-mean, the file preview and the target choice. */
import { stripVTControlCharacters } from 'node:util';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PolicyInitForm, type PolicyInitAnswer, type PolicyTarget } from './PolicyInitForm.js';

const KEYS = { up: '\u001B[A', down: '\u001B[B', enter: '\r', escape: '\u001B', backspace: '\u007F' } as const;
const IDS = ['claude-code', 'cursor', 'github-copilot', 'qwen-code'];
const SCHEMA = 'https://aiguard.dev/schema/policy-1.json';
const REPOSITORY: PolicyTarget = { layer: 'repository', file: '/work/app/.aiguard.json', schema: SCHEMA, exists: false };
const USER: PolicyTarget = { layer: 'user', file: '/home/ana/.config/aiguard/policy.json', schema: SCHEMA, exists: true };
const MANAGED: PolicyTarget = { layer: 'managed', file: '/etc/aiguard/policy.json', schema: SCHEMA, exists: false };

let app: ReturnType<typeof render> | undefined;
afterEach(() => app?.unmount());

function mount(targets: readonly PolicyTarget[] = [REPOSITORY], force = false) {
  const onDone = vi.fn<(answer: PolicyInitAnswer | undefined) => void>();
  app = render(<PolicyInitForm targets={targets} force={force} assistantIds={IDS} onDone={onDone} />);
  return { onDone, frame: () => stripVTControlCharacters(app!.lastFrame() ?? '') };
}

/** Types keys one at a time, letting ink handle each before the next. */
async function press(...keys: string[]): Promise<void> {
  for (const key of keys) {
    app!.stdin.write(key);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('PolicyInitForm', () => {
  test('shows every preset, the first one selected, and a preview of the file it would write', async () => {
    const { frame } = mount();
    await press();
    const lines = frame().split('\n');
    expect(lines.slice(0, 2)).toEqual(['aiguard policy init', '↑/↓ to choose, Enter to go on, Esc to cancel']);
    expect(lines.filter((line) => /^(❯| ) [a-z-]+ {2,}/.test(line)).map((line) => line.slice(0, 21).trimEnd())).toEqual(['❯ ban-anthropic', '  ban-all-assistants', '  allow-only', '  report-only']);
    expect(frame()).toContain('/work/app/.aiguard.json will contain:\n{\n  "$schema": "https://aiguard.dev/schema/policy-1.json",\n  "default": "warn",\n  "vendors": {');
  });

  test('moves the selection with the arrow keys (wrapping), updates the preview, and answers on Enter', async () => {
    const { frame, onDone } = mount();
    await press(KEYS.down, KEYS.down, KEYS.down);
    expect(frame()).toContain('❯ report-only');
    expect(frame()).toContain('{\n  "$schema": "https://aiguard.dev/schema/policy-1.json",\n  "default": "warn"\n}');
    await press(KEYS.down);
    expect(frame()).toContain('❯ ban-anthropic');
    await press(KEYS.up, KEYS.enter);
    expect(onDone).toHaveBeenCalledExactlyOnceWith({ preset: 'report-only', allowed: [], target: REPOSITORY });
  });

  test('asks for the ids for allow-only, suggests the id meant by a typo, and answers with the list', async () => {
    const { frame, onDone } = mount();
    await press(KEYS.down, KEYS.down, KEYS.enter);
    expect(frame()).toContain('Assistants to allow (comma-separated ids');
    await press(...'qwen-code,cursr', KEYS.enter);
    expect(frame()).toContain('❯ qwen-code,cursr');
    expect(frame()).toContain('unknown assistant id "cursr"; did you mean "cursor"?');
    expect(onDone).not.toHaveBeenCalled();
    await press(KEYS.backspace, KEYS.backspace, ...'sor');
    expect(frame()).not.toContain('unknown assistant id');
    expect(frame()).toContain('"qwen-code": "allow"');
    await press(KEYS.enter);
    expect(onDone).toHaveBeenCalledExactlyOnceWith({ preset: 'allow-only', allowed: ['qwen-code', 'cursor'], target: REPOSITORY });
  });

  test('keeps every character of a paste, even when Enter arrives in the same burst', async () => {
    const { onDone } = mount();
    await press(KEYS.down, KEYS.down, KEYS.enter);
    // Unbracketed: the terminal sends the text and Enter as one chunk, before ink re-renders.
    app!.stdin.write('qwen-code,github-copilot\r');
    await press();
    expect(onDone).toHaveBeenCalledExactlyOnceWith({ preset: 'allow-only', allowed: ['qwen-code', 'github-copilot'], target: REPOSITORY });
  });

  test('takes a bracketed paste of one id per line without submitting it', async () => {
    const { frame, onDone } = mount();
    await press(KEYS.down, KEYS.down, KEYS.enter);
    app!.stdin.write('\u001B[200~qwen-code\ncursor\n\u001B[201~');
    await press();
    expect(frame()).toContain('❯ qwen-code,cursor');
    expect(onDone).not.toHaveBeenCalled();
    await press(KEYS.enter);
    expect(onDone).toHaveBeenCalledExactlyOnceWith({ preset: 'allow-only', allowed: ['qwen-code', 'cursor'], target: REPOSITORY });
  });

  test('refuses an empty allow-only list', async () => {
    const { frame, onDone } = mount();
    await press(KEYS.down, KEYS.down, KEYS.enter, KEYS.enter);
    expect(frame()).toContain('type at least one assistant id');
    expect(onDone).not.toHaveBeenCalled();
  });

  test('offers the repository, user and managed files, refuses an existing one without --force, and writes the chosen one', async () => {
    const { frame, onDone } = mount([REPOSITORY, USER, MANAGED]);
    await press(KEYS.down, KEYS.enter);
    expect(frame()).toContain('Where should the policy go?');
    expect(frame()).toContain('❯ repository  /work/app/.aiguard.json');
    expect(frame()).toMatch(/user {8}\/home\/ana\/.config\/aiguard\/policy.json \(every repository you work in, on this machine;\s+exists\)/);
    await press(KEYS.down, KEYS.enter);
    expect(frame()).toContain('/home/ana/.config/aiguard/policy.json already exists; run again with --force to replace it');
    expect(onDone).not.toHaveBeenCalled();
    await press(KEYS.down);
    expect(frame()).toContain('/etc/aiguard/policy.json will contain:\n{\n  "$schema": "https://aiguard.dev/schema/policy-1.json",\n  "default": "block"\n}');
    await press(KEYS.enter);
    expect(onDone).toHaveBeenCalledExactlyOnceWith({ preset: 'ban-all-assistants', allowed: [], target: MANAGED });
  });

  test('answers undefined when the user presses Escape', async () => {
    const { onDone } = mount();
    await press(KEYS.down, KEYS.escape);
    expect(onDone).toHaveBeenCalledExactlyOnceWith(undefined);
  });
});
