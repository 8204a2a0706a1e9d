/**
 * @fileoverview The `policy init` form: pick a preset, for allow-only type (or paste) the assistant ids, pick the
 * file (repository, user or managed), with a preview of the exact file it will write.
 */
import { useRef, useState } from 'react';
import { Box, Text, useApp, useInput, usePaste } from 'ink';
import { POLICY_PRESETS, policyFromPreset, type PresetName } from '@aiguard/core';
import { didYouMean } from '../output/suggest-name.js';

/** A file the policy can be written to: one per layer the user may pick. */
export interface PolicyTarget {
  readonly layer: 'repository' | 'user' | 'managed';
  readonly file: string;
  /** The `$schema` written into this file (a relative path to the installed schema, or its URL). */
  readonly schema: string;
  /** The file is there already: picking it needs `--force`. */
  readonly exists: boolean;
}

/** What the form returns; undefined when the user pressed Escape. */
export interface PolicyInitAnswer {
  readonly preset: PresetName;
  readonly allowed: string[];
  readonly target: PolicyTarget;
}

/** Props: where the policy may go, the known assistant ids, whether existing files may be replaced, and where the answer goes. */
export interface PolicyInitFormProps {
  /** The targets to choose from; with one (`--output`), the form does not ask. */
  readonly targets: readonly PolicyTarget[];
  readonly assistantIds: readonly string[];
  /** `--force`: an existing file may be replaced. @default false */
  readonly force?: boolean;
  readonly onDone: (answer: PolicyInitAnswer | undefined) => void;
}

const LAYER_NOTES: Record<PolicyTarget['layer'], string> = {
  repository: 'this repository, committed with it',
  user: 'every repository you work in, on this machine',
  managed: 'every user of this machine; needs root, and no lower layer can loosen it',
};

/** The JSON that will be written for this preset, ids and target, exactly as `policy init` writes it. */
export function policyFileText(preset: PresetName, allowed: readonly string[], target: PolicyTarget): string {
  return `${JSON.stringify({ $schema: target.schema, ...policyFromPreset(preset, allowed) }, null, 2)}\n`;
}

/** A preset list, then (for allow-only) an id field checked against the catalog, then the file; a preview throughout. */
export function PolicyInitForm({ targets, assistantIds, force = false, onDone }: PolicyInitFormProps) {
  const { exit } = useApp();
  const [index, setIndex] = useState(0);
  const [targetIndex, setTargetIndex] = useState(0);
  const [step, setStep] = useState<'preset' | 'allow' | 'target'>('preset');
  // The typed text lives in a ref too: a paste or fast typing delivers several events before React re-renders, and
  // Enter must see every character that came before it.
  const typedRef = useRef('');
  const [typed, setTypedState] = useState('');
  const [allowed, setAllowed] = useState<string[]>([]);
  const [problem, setProblem] = useState('');
  const preset = POLICY_PRESETS[index]!;
  const target = targets[targetIndex]!;
  const setTyped = (text: string): void => {
    typedRef.current = text;
    setTypedState(text);
    setProblem('');
  };
  const finish = (answer: PolicyInitAnswer | undefined): void => {
    onDone(answer);
    exit();
  };
  const chooseTarget = (ids: string[]): void => {
    setAllowed(ids);
    if (targets.length > 1) setStep('target');
    else if (!force && targets[0]!.exists) setProblem(`${targets[0]!.file} already exists; run again with --force to replace it`);
    else finish({ preset: preset.name, allowed: ids, target: targets[0]! });
  };
  const submitIds = (): void => {
    const ids = typedRef.current.split(',').map((id) => id.trim()).filter(Boolean);
    const unknown = ids.find((id) => !assistantIds.includes(id));
    if (ids.length === 0) setProblem('type at least one assistant id');
    else if (unknown) setProblem(`unknown assistant id "${unknown}"${didYouMean(unknown, assistantIds)}`);
    else chooseTarget(ids);
  };

  usePaste(
    (text) => {
      // A pasted list may come one id per line; a trailing newline must not submit half a list.
      setTyped(typedRef.current + text.replace(/\r?\n+$/, '').replace(/\r?\n/g, ','));
    },
    { isActive: step === 'allow' },
  );
  useInput((input, key) => {
    if (key.escape) return finish(undefined);
    if (step === 'preset') {
      if (key.upArrow) setIndex((i) => (i + POLICY_PRESETS.length - 1) % POLICY_PRESETS.length);
      else if (key.downArrow) setIndex((i) => (i + 1) % POLICY_PRESETS.length);
      else if (key.return) {
        if (preset.takesAssistants) setStep('allow');
        else chooseTarget([]);
      }
      return;
    }
    if (step === 'target') {
      if (key.upArrow) setTargetIndex((i) => (i + targets.length - 1) % targets.length);
      else if (key.downArrow) setTargetIndex((i) => (i + 1) % targets.length);
      else if (key.return) {
        if (target.exists && !force) setProblem(`${target.file} already exists; run again with --force to replace it`);
        else finish({ preset: preset.name, allowed, target });
      }
      if (key.upArrow || key.downArrow) setProblem('');
      return;
    }
    if (key.return) submitIds();
    else if (key.backspace || key.delete) setTyped(typedRef.current.slice(0, -1));
    else if (input && !key.ctrl && !key.meta) {
      // Without bracketed paste a burst of text arrives as one input, an Enter typed or pasted with it included.
      const [text = '', ...rest] = input.split(/\r\n?|\n/);
      setTyped(typedRef.current + text);
      if (rest.length > 0) submitIds();
    }
  });

  const previewIds = step === 'allow' ? typed.split(',').map((id) => id.trim()).filter(Boolean) : allowed;
  return (
    <Box flexDirection="column">
      <Text bold>aiguard policy init</Text>
      {step === 'preset' ? (
        <>
          <Text dimColor>↑/↓ to choose, Enter to go on, Esc to cancel</Text>
          {POLICY_PRESETS.map((item, i) => (
            <Box key={item.name}>
              <Box flexShrink={0} width={22}>
                <Text color={i === index ? 'cyan' : undefined}>
                  {i === index ? '❯ ' : '  '}
                  {item.name}
                </Text>
              </Box>
              <Text color={i === index ? 'cyan' : undefined}>{item.summary}</Text>
            </Box>
          ))}
        </>
      ) : null}
      {step === 'allow' ? (
        <>
          <Text>Assistants to allow (comma-separated ids, e.g. qwen-code,github-copilot; paste works):</Text>
          <Text color="cyan">❯ {typed}</Text>
        </>
      ) : null}
      {step === 'target' ? (
        <>
          <Text dimColor>Where should the policy go? ↑/↓ to choose, Enter to write, Esc to cancel</Text>
          {targets.map((item, i) => (
            <Box key={item.layer}>
              <Box flexShrink={0} width={14}>
                <Text color={i === targetIndex ? 'cyan' : undefined}>
                  {i === targetIndex ? '❯ ' : '  '}
                  {item.layer}
                </Text>
              </Box>
              <Text color={i === targetIndex ? 'cyan' : undefined}>
                {item.file} <Text dimColor>({LAYER_NOTES[item.layer]}{item.exists ? '; exists' : ''})</Text>
              </Text>
            </Box>
          ))}
        </>
      ) : null}
      {problem ? <Text color="red">{problem}</Text> : null}
      <Box flexDirection="column" marginTop={1}>
        <Text dimColor>
          {step === 'target' || targets.length === 1 ? target.file : 'Preview'} will contain:
        </Text>
        <Text>{policyFileText(preset.name, previewIds, target).trimEnd()}</Text>
      </Box>
    </Box>
  );
}
