/** @fileoverview The `policy init` form: pick a preset with the arrow keys, and for allow-only type the assistant ids. */
import { useState } from 'react';
import { Box, Text, useApp, useInput } from 'ink';
import { POLICY_PRESETS, type PresetName } from '@aiguard/core';

/** What the form returns; undefined when the user pressed Escape. */
export interface PolicyInitAnswer {
  readonly preset: PresetName;
  readonly allowed: string[];
}

/** Props: the file that will be written, the known assistant ids, and where the answer goes. */
export interface PolicyInitFormProps {
  readonly file: string;
  readonly assistantIds: readonly string[];
  readonly onDone: (answer: PolicyInitAnswer | undefined) => void;
}

/** A preset list, then (for allow-only) a comma-separated id field checked against the catalog. */
export function PolicyInitForm({ file, assistantIds, onDone }: PolicyInitFormProps) {
  const { exit } = useApp();
  const [index, setIndex] = useState(0);
  const [step, setStep] = useState<'preset' | 'allow'>('preset');
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState('');
  const finish = (answer: PolicyInitAnswer | undefined): void => {
    onDone(answer);
    exit();
  };
  useInput((input, key) => {
    if (key.escape) return finish(undefined);
    if (step === 'preset') {
      if (key.upArrow) setIndex((i) => (i + POLICY_PRESETS.length - 1) % POLICY_PRESETS.length);
      else if (key.downArrow) setIndex((i) => (i + 1) % POLICY_PRESETS.length);
      else if (key.return) {
        const preset = POLICY_PRESETS[index]!;
        if (preset.takesAssistants) setStep('allow');
        else finish({ preset: preset.name, allowed: [] });
      }
      return;
    }
    if (key.return) {
      const ids = typed.split(',').map((id) => id.trim()).filter(Boolean);
      const unknown = ids.find((id) => !assistantIds.includes(id));
      if (ids.length === 0) setProblem('type at least one assistant id');
      else if (unknown) setProblem(`unknown assistant id "${unknown}"`);
      else finish({ preset: 'allow-only', allowed: ids });
    } else if (key.backspace || key.delete) {
      setTyped((text) => text.slice(0, -1));
      setProblem('');
    } else if (input && !key.ctrl && !key.meta) {
      setTyped((text) => text + input);
      setProblem('');
    }
  });
  return (
    <Box flexDirection="column">
      <Text bold>aiguard policy init → {file}</Text>
      {step === 'preset' ? (
        <>
          <Text dimColor>↑/↓ to choose, Enter to write, Esc to cancel</Text>
          {POLICY_PRESETS.map((preset, i) => (
            <Box key={preset.name}>
              <Box flexShrink={0} width={22}>
                <Text color={i === index ? 'cyan' : undefined}>
                  {i === index ? '❯ ' : '  '}
                  {preset.name}
                </Text>
              </Box>
              <Text color={i === index ? 'cyan' : undefined}>{preset.summary}</Text>
            </Box>
          ))}
        </>
      ) : (
        <>
          <Text>Assistants to allow (comma-separated ids, e.g. qwen-code,github-copilot):</Text>
          <Text color="cyan">❯ {typed}</Text>
          {problem ? <Text color="red">{problem}</Text> : null}
        </>
      )}
    </Box>
  );
}
