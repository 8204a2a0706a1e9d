/**
 * @fileoverview GitHub Actions workflow commands and files: annotations on stdout, outputs in GITHUB_OUTPUT, the job
 * summary in GITHUB_STEP_SUMMARY. Scanned text is hostile, so every value is escaped as the runner requires.
 */
import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';

/** Escapes a command's message: the runner decodes %25, %0D and %0A, so nothing can end the command early. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property (file, title): also `:` and `,`, which separate properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One annotation: `::error file=…,line=…,title=…::message`. */
export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly title?: string;
  /** Path relative to the workspace. */
  readonly file?: string;
  readonly line?: number;
}

/** The workflow command line for an annotation. */
export function annotationCommand(annotation: Annotation): string {
  const properties = [
    annotation.file !== undefined ? `file=${escapeProperty(annotation.file)}` : undefined,
    annotation.line !== undefined ? `line=${annotation.line}` : undefined,
    annotation.title !== undefined ? `title=${escapeProperty(annotation.title)}` : undefined,
  ].filter((property) => property !== undefined);
  return `::${annotation.level}${properties.length > 0 ? ` ${properties.join(',')}` : ''}::${escapeData(annotation.message)}\n`;
}

/**
 * Appends outputs to the GITHUB_OUTPUT file. Each value uses the heredoc form with a random delimiter, so a value
 * holding a newline or the delimiter cannot set a second output.
 */
export async function writeOutputs(file: string, outputs: Readonly<Record<string, string | number>>): Promise<void> {
  const lines = Object.entries(outputs).map(([name, value]) => {
    const delimiter = `aiguard_${randomUUID()}`;
    return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  });
  await appendFile(file, lines.join(''));
}

/** Appends Markdown to the job summary file. */
export async function appendSummary(file: string, markdown: string): Promise<void> {
  await appendFile(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}
