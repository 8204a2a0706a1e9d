/**
 * @fileoverview Reads the tool and the models out of one attribution line, in the forms tools and people write:
 * `Assisted-by: Claude:claude-3-opus coccinelle` (kernel), `Assisted-by: Claude Opus 4.6 via Crush`,
 * `Assisted-by: Crush:anthropic/claude-opus-5`, `Co-authored-by: Codex (gpt-5.4) <...>`, `aider (<model>)`,
 * `gpt-5-high (planning) && gemini-2.5-pro (coding)`.
 */
import type { ModelMention } from '../model/model-mention.js';
import { parseModel } from './model-names.js';

/** What one line says about who wrote the change. */
export interface LineAttribution {
  /** The tool as written (`Crush`, `Kiro AI`), when the line names one apart from the models. */
  readonly tool?: string;
  /** Models the line names, in order, without repeats. */
  readonly models: readonly ModelMention[];
  /** True when the line carries an email address: the address, not the display name, says which tool it is. */
  readonly hasEmail: boolean;
  /** The other name on a `via` line (`Crush via AI Assistant`), for when `tool` is not a tool anyone knows. */
  readonly otherTool?: string;
  /** True when the line names the tool in so many words (`... via Crush`, `Crush:model`), so it wins over the address. */
  readonly isToolExplicit?: boolean;
}

const TRAILER = /^[\s>*_+-]*[A-Za-z0-9][A-Za-z0-9-]*[ \t]*:[ \t]*(.*)$/;
const EMAIL = /<\s*[^<>\s]*@[^<>\s]*\s*>|&lt;\s*\S*@\S*?\s*&gt;/;
const VIA = /^(.*?)\s+via\s+(.+)$/i;
const KERNEL = /^([A-Za-z][\w .-]{0,40}?)\s*:\s*(\S+)/;
const PARENTHESISED = /\(([^()]+)\)/g;
// Joiners between models in one line: `a && b`, `a + b`, `a, b`, `a and b`.
const MODEL_JOINERS = /\s*(?:&&|\+|,|;|\band\b)\s*/i;
const ROLE = /\s*\([^()]*\)\s*$/;

/**
 * Reads `line` (a trailer line, a footer, or an identity's display name) for a tool and models. A line that names
 * neither gives `{ models: [] }`; nothing here decides which catalog assistant the tool is.
 */
export function parseAttributionLine(line: string, options: { isTrailer?: boolean } = {}): LineAttribution {
  const trailer = options.isTrailer === false ? undefined : TRAILER.exec(line);
  const value = (trailer ? trailer[1]! : line).replace(/[\s*_]+$/, '');
  const hasEmail = EMAIL.test(value);
  const name = value.replace(EMAIL, '').trim();
  if (name.length === 0) return { models: [], hasEmail };

  const via = VIA.exec(name);
  // `openai/gpt-5.5 via Crush (modified ver.)`: the note after the tool is not part of its name.
  if (via) {
    const models = readModels(via[1]!);
    return { tool: via[2]!.replace(ROLE, '').trim(), ...(models.length === 0 ? { otherTool: via[1]!.trim() } : {}), models, hasEmail, isToolExplicit: true };
  }

  const kernel = hasEmail ? undefined : KERNEL.exec(name);
  if (kernel && parseModel(kernel[1]!) === undefined) {
    // The model is the first word (`Claude:claude-3-opus coccinelle`), or the whole rest (`Crush:AWS Claude Opus 4.6`).
    const model = parseModel(kernel[2]!) ?? parseModel(name.slice(name.indexOf(':') + 1).replace(/^\s*aws\s+/i, ''));
    return { tool: kernel[1]!.trim(), models: model ? [model] : [], hasEmail, isToolExplicit: true };
  }

  const pieces = name.split(MODEL_JOINERS).filter(Boolean);
  if (pieces.length > 1) {
    const models = uniqueModels(pieces.map((piece) => parseModel(piece.replace(ROLE, ''))));
    if (models.length > 1) return { models, hasEmail };
  }

  const open = name.indexOf('(');
  if (open > 0) {
    const head = name.slice(0, open).trim();
    const inside = [...name.matchAll(PARENTHESISED)].flatMap((match) => readModels(match[1]!));
    const headModel = parseModel(head);
    if (headModel) return { models: uniqueModels([headModel, ...inside]), hasEmail };
    return { tool: head, models: inside, hasEmail };
  }
  const model = parseModel(name);
  return model ? { models: [model], hasEmail } : { tool: name, models: [], hasEmail };
}

/** Models in a footer's parentheses, e.g. `💘 Generated with Crush (GLM-5.3-flash)`. */
export function parseFooterModels(line: string): readonly ModelMention[] {
  return uniqueModels([...line.matchAll(PARENTHESISED)].flatMap((match) => readModels(match[1]!)));
}

function readModels(text: string): ModelMention[] {
  return uniqueModels(text.split(MODEL_JOINERS).map((piece) => parseModel(piece.replace(ROLE, ''))));
}

function uniqueModels(models: readonly (ModelMention | undefined)[]): ModelMention[] {
  const seen = new Set<string>();
  const unique: ModelMention[] = [];
  for (const model of models) {
    if (model === undefined || seen.has(model.id)) continue;
    seen.add(model.id);
    unique.push(model);
  }
  return unique;
}
