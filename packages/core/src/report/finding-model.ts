/** @fileoverview Says which models a finding names and who serves them, in a few words, for one cell or line of a report. */
import type { Finding } from '../model/finding.js';

/**
 * `model claude-opus-4.6, provider anthropic`, `models gpt-5-high + gemini-2.5-pro, providers openai, google`, or ''
 * when the finding names no model (its provider alone is the tool's and says nothing new). Raw text: the caller
 * escapes it for its format.
 */
export function describeModel(finding: Pick<Finding, 'model' | 'models'>): string {
  const models = finding.models ?? (finding.model ? [finding.model] : []);
  if (models.length === 0) return '';
  const providers = [...new Set(models.flatMap((model) => (model.provider ? [model.provider] : [])))];
  const named = `${models.length > 1 ? 'models' : 'model'} ${models.map((model) => model.id).join(' + ')}`;
  return providers.length === 0 ? named : `${named}, ${providers.length > 1 ? 'providers' : 'provider'} ${providers.join(', ')}`;
}
