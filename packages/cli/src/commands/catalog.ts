/** @fileoverview `aiguard catalog`: lists every assistant and signature, as text or JSON. */
import { CATALOG, CATALOG_VERSION, type Assistant, type Signature } from '@aiguard/core';
import { usageError } from '../output/cli-error.js';
import { EXIT_OK } from '../output/exit-codes.js';
import { choice, parseOptions } from './parse-options.js';
import { unknownAssistantMessage } from '../output/suggest-name.js';

export const help = `Usage: aiguard catalog [--format text|json] [--assistant ID]

Lists the AI coding assistants aiguard knows, with each signature's kind, strength,
description and source. JSON includes the signatures' patterns and examples.

Options:
  --format FORMAT   text | json (default: text)
  --assistant ID    only this assistant
  -h, --help        show this help
`;

const OPTIONS = { format: { type: 'string' }, assistant: { type: 'string' } } as const;

export async function run(argv: readonly string[]): Promise<number> {
  const { values } = parseOptions(argv, OPTIONS, 'catalog');
  const format = choice(values.format, ['text', 'json'] as const, '--format', 'text');
  const assistants = values.assistant ? CATALOG.filter((a) => a.id === values.assistant) : CATALOG;
  if (values.assistant && assistants.length === 0) {
    throw usageError(unknownAssistantMessage(values.assistant, CATALOG.map((a) => a.id)));
  }
  process.stdout.write(format === 'json' ? renderCatalogJson(assistants) : renderCatalogText(assistants));
  return EXIT_OK;
}

function renderCatalogJson(assistants: readonly Assistant[]): string {
  const data = {
    catalogVersion: CATALOG_VERSION,
    assistants: assistants.map((assistant) => ({ ...assistant, signatures: assistant.signatures.map(serializeSignature) })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

function serializeSignature(signature: Signature): Record<string, unknown> {
  return Object.fromEntries(Object.entries(signature).map(([key, value]) => [key, value instanceof RegExp ? value.source : value]));
}

function renderCatalogText(assistants: readonly Assistant[]): string {
  const lines = [`aiguard catalog ${CATALOG_VERSION}: ${assistants.length} assistants, ${assistants.reduce((n, a) => n + a.signatures.length, 0)} signatures`, ''];
  for (const assistant of assistants) {
    lines.push(`${assistant.name} (${assistant.id}) — ${assistant.vendor}; providers: ${assistant.providers.join(', ') || 'none'}`);
    for (const signature of assistant.signatures) {
      lines.push(`  ${signature.kind.padEnd(20)} ${signature.strength.padEnd(6)} ${signature.id}: ${signature.description}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
