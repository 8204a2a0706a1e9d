/** @fileoverview `aiguard policy explain [PATH] [--assistant ID]`: every layer, what it says, and which decides. */
import { CATALOG, closestMatch, explainAssistant, explainLayers, loadPolicy, policyCandidates, type AssistantExplanation, type LayerStatus } from '@aiguard/core';
import { usageError } from '../output/cli-error.js';
import { EXIT_OK } from '../output/exit-codes.js';
import { parseOptions } from './parse-options.js';
import { repositoryRootFor } from './policy-locations.js';

const OPTIONS = { assistant: { type: 'string' }, policy: { type: 'string' } } as const;

export async function run(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseOptions(argv, OPTIONS, 'policy explain');
  if (positionals.length > 1) throw usageError(`aiguard policy explain takes one PATH; got ${positionals.length}`);
  const assistants = values.assistant === undefined ? CATALOG : CATALOG.filter((a) => a.id === values.assistant);
  if (assistants.length === 0) {
    const guess = closestMatch(values.assistant!, CATALOG.map((a) => a.id));
    throw usageError(`--assistant: unknown assistant id "${values.assistant}"${guess ? ` (did you mean "${guess}"?)` : ''} (run \`aiguard catalog\` for the list)`);
  }
  const locations = { repositoryRoot: await repositoryRootFor(positionals[0] ?? '.'), ...(values.policy ? { policyFile: values.policy } : {}) };
  const policy = await loadPolicy(locations, CATALOG.map((a) => a.id));
  const lines = ['Policy layers, strongest first:', ...explainLayers(policyCandidates(locations), policy).map(layerLine), ''];
  for (const explanation of assistants.map((assistant) => explainAssistant(assistant, policy))) lines.push(...assistantLines(explanation, values.assistant !== undefined));
  process.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

const RANK = { allow: 0, warn: 1, block: 2 } as const;
const STATE_WORDS: Record<LayerStatus['state'], string> = { applied: 'applied', missing: 'not found', 'locked-out': 'ignored: a managed policy is locked' };

function layerLine(status: LayerStatus): string {
  return `  ${status.layer.padEnd(10)} ${status.file}  (${STATE_WORDS[status.state]}${status.locks ? '; locked' : ''})`;
}

/** One line per assistant, or the full layer-by-layer account when a single assistant was asked for. */
function assistantLines(explanation: AssistantExplanation, detailed: boolean): string[] {
  const { assistant, action, decidedBy } = explanation;
  const decided = decidedBy ? `decided by ${decidedBy.layer} policy ${decidedBy.file} (${decidedBy.rule})` : 'decided by the built-in default (warn): no layer names it';
  const head = `${assistant.id} (${assistant.name}, ${assistant.vendor}): ${action.toUpperCase()}, ${decided}`;
  if (!detailed) return [head];
  const lines = [head];
  for (const say of explanation.layers) {
    const what = say.rule ? `${say.rule}: ${say.action}` : 'says nothing about it';
    const note =
      say.state === 'locked-out' ? ' [ignored: locked by the managed policy]' : say.decides ? ' <- decides' : say.action === undefined ? '' : RANK[say.action] < RANK[action] ? ' [cannot loosen a stricter layer]' : ' [agrees]';
    lines.push(`  ${say.layer.padEnd(10)} ${say.file}: ${what}${note}`);
  }
  return lines;
}
