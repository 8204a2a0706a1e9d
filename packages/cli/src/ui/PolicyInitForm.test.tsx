/** @fileoverview Tests for the `policy init` form: choosing a preset with the keys, typing allow-only ids, cancelling. */
import { stripVTControlCharacters } from 'node:util';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PolicyInitForm, type PolicyInitAnswer } from './PolicyInitForm.js';

const KEYS = { up: '\u001B[A', down: '\u001B[B', enter: '\r', escape: '\u001B', backspace: '\u007F' } as const;
const IDS = ['claude-code', 'cursor', 'github-copilot', 'qwen-code'];

let app: ReturnType<typeof render> | undefined;
afterEach(() => app?.unmount());

function mount() {
  const onDone = vi.fn<(answer: PolicyInitAnswer | undefined) => void>();
  app = render(<PolicyInitForm file="/work/app/.aiguard.json" assistantIds={IDS} onDone={onDone} />);
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
  test('shows the target file and every preset, the first one selected', async () => {
    const { frame } = mount();
    await press();
    const lines = frame().split('\n');
    expect(lines.slice(0, 2)).toEqual(['aiguard policy init → /work/app/.aiguard.json', '↑/↓ to choose, Enter to write, Esc to cancel']);
    expect(lines.filter((line) => /^(❯| ) \S/.test(line)).map((line) => line.slice(0, 21).trimEnd())).toEqual(['❯ ban-anthropic', '  ban-all-assistants', '  allow-only', '  report-only']);
    // A long summary wraps inside its own column, under the summary rather than under the preset names.
    expect(lines.every((line) => line.length <= 100)).toBe(true);
    expect(lines.find((line) => line.startsWith(' '.repeat(22)))).toBeDefined();
  });

  test('moves the selection with the arrow keys (wrapping) and answers with the preset on Enter', async () => {
    const { frame, onDone } = mount();
    await press(KEYS.down, KEYS.down, KEYS.down);
    expect(frame()).toContain('❯ report-only');
    await press(KEYS.down);
    expect(frame()).toContain('❯ ban-anthropic');
    await press(KEYS.up, KEYS.enter);
    expect(onDone).toHaveBeenCalledExactlyOnceWith({ preset: 'report-only', allowed: [] });
  });

  test('asks for the ids for allow-only, refuses unknown ones and answers with the list', async () => {
    const { frame, onDone } = mount();
    await press(KEYS.down, KEYS.down, KEYS.enter);
    expect(frame()).toContain('Assistants to allow (comma-separated ids');
    await press(...'qwen-code,cursr', KEYS.enter);
    expect(frame()).toContain('❯ qwen-code,cursr');
    expect(frame()).toContain('unknown assistant id "cursr"');
    expect(onDone).not.toHaveBeenCalled();
    await press(KEYS.backspace, KEYS.backspace, ...'sor');
    expect(frame()).not.toContain('unknown assistant id');
    await press(KEYS.enter);
    expect(onDone).toHaveBeenCalledExactlyOnceWith({ preset: 'allow-only', allowed: ['qwen-code', 'cursor'] });
  });

  test('refuses an empty allow-only list', async () => {
    const { frame, onDone } = mount();
    await press(KEYS.down, KEYS.down, KEYS.enter, KEYS.enter);
    expect(frame()).toContain('type at least one assistant id');
    expect(onDone).not.toHaveBeenCalled();
  });

  test('answers undefined when the user presses Escape', async () => {
    const { onDone } = mount();
    await press(KEYS.down, KEYS.escape);
    expect(onDone).toHaveBeenCalledExactlyOnceWith(undefined);
  });
});
