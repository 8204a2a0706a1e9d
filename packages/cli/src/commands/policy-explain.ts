/** @fileoverview `aiguard policy explain [PATH] [--assistant ID]`: every layer, what it says, and which decides. */
import { CATALOG, explainAssistant, explainLayers, loadPolicy, policyCandidates, type AssistantExplanation, type LayerSay, type LayerStatus } from '@aiguard/core';
import { usageError } from '../output/cli-error.js';
import { EXIT_OK } from '../output/exit-codes.js';
import { parseOptions } from './parse-options.js';
import { repositoryRootFor } from './policy-locations.js';
import { unknownAssistantMessage } from '../output/suggest-name.js';

const OPTIONS = { assistant: { type: 'string' }, policy: { type: 'string' } } as const;

/**
 * Prints, for example:
 * ```
 * Policy layers, strongest first. A lower layer can tighten a verdict, never loosen it:
 *   managed    /etc/aiguard/policy.json  (not found)
 *   managed    /srv/mdm/policy.json  (applied; named by AIGUARD_MANAGED_POLICY)
 *   user       /home/ana/.config/aiguard/policy.json  (not found)
 *   repository /work/app/.aiguard.json  (applied)
 *   cli        --policy FILE  (not given)
 *
 * claude-code (Claude Code, Anthropic): BLOCK, decided by managed policy /srv/mdm/policy.json (vendors.Anthropic: block)
 *   managed    /srv/mdm/policy.json: vendors.Anthropic: block  <- decides
 *   repository /work/app/.aiguard.json: assistants.claude-code: allow  (overruled: cannot loosen a stricter layer)
 * ```
 */
export async function run(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseOptions(argv, OPTIONS, 'policy explain');
  if (positionals.length > 1) throw usageError(`aiguard policy explain takes one PATH; got ${positionals.length}`);
  const assistants = values.assistant === undefined ? CATALOG : CATALOG.filter((a) => a.id === values.assistant);
  if (assistants.length === 0) {
    throw usageError(unknownAssistantMessage(values.assistant!, CATALOG.map((a) => a.id)));
  }
  const locations = { repositoryRoot: await repositoryRootFor(positionals[0] ?? '.'), ...(values.policy ? { policyFile: values.policy } : {}) };
  const policy = await loadPolicy(locations, CATALOG.map((a) => a.id));
  const statuses = explainLayers(policyCandidates(locations), policy);
  const lines = ['Policy layers, strongest first. A lower layer can tighten a verdict, never loosen it:', ...statuses.map(layerLine)];
  if (!statuses.some((status) => status.layer === 'cli')) lines.push(`  ${'cli'.padEnd(10)} --policy FILE  (not given)`);
  if (policy.layers.length === 0) lines.push('', 'No policy file applies: every assistant found is reported as a warning (built-in default).');
  lines.push('');
  for (const explanation of assistants.map((assistant) => explainAssistant(assistant, policy))) lines.push(...assistantLines(explanation, values.assistant !== undefined));
  if (values.assistant === undefined) lines.push('', 'Run `aiguard policy explain --assistant ID` to see what each layer says about one assistant.');
  process.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

const RANK = { allow: 0, warn: 1, block: 2 } as const;
const STATE_WORDS: Record<LayerStatus['state'], string> = { applied: 'applied', missing: 'not found', 'locked-out': 'ignored: a managed policy is locked' };

function layerLine(status: LayerStatus): string {
  const notes = [STATE_WORDS[status.state], ...(status.locks ? ['locked: lower layers are ignored'] : []), ...(status.namedBy ? [`named by ${status.namedBy}`] : [])];
  return `  ${status.layer.padEnd(10)} ${status.file}  (${notes.join('; ')})`;
}

/** One line per assistant, or the full layer-by-layer account when a single assistant was asked for. */
function assistantLines(explanation: AssistantExplanation, isDetailed: boolean): string[] {
  const { assistant, action, decidedBy } = explanation;
  const decided = decidedBy ? `decided by ${decidedBy.layer} policy ${decidedBy.file} (${decidedBy.rule})` : 'decided by the built-in default (warn): no layer names it';
  const head = `${assistant.id} (${assistant.name}, ${assistant.vendor}): ${action.toUpperCase()}, ${decided}`;
  if (!isDetailed) return [head];
  const lines = [head];
  for (const say of explanation.layers) {
    const what = say.rule ? `${say.rule}: ${say.action}` : `says nothing about ${assistant.id}`;
    lines.push(`  ${say.layer.padEnd(10)} ${say.file}: ${what}${sayNote(say, action)}`);
    for (const refinement of say.refinements) lines.push(`  ${''.padEnd(10)} also ${refinement.rule}  (${refinement.appliesTo})`);
  }
  if (explanation.layers.length === 0) lines.push('  no policy file applies');
  return lines;
}

function sayNote(say: LayerSay, action: AssistantExplanation['action']): string {
  if (say.state === 'locked-out') return '  (ignored: locked by the managed policy)';
  if (say.decides) return '  <- decides';
  if (say.action === undefined) return '';
  return RANK[say.action] < RANK[action] ? '  (overruled: cannot loosen a stricter layer)' : '  (agrees)';
}
