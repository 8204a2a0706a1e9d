/** @fileoverview The `aiguard` entry point: picks the command, runs it, and turns every outcome into an exit code. */
import { COMMANDS } from './commands/index.js';
import { usageError } from './output/cli-error.js';
import { finishRun } from './output/finish-run.js';
import { EXIT_CODES_HELP, EXIT_OK } from './output/exit-codes.js';
import { cliVersion } from './version.js';

const HELP = `aiguard: detect and block banned AI coding assistants

Usage: aiguard <command> [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(10)} ${command.summary}`).join('\n')}

Run \`aiguard <command> --help\` for a command's options.

${EXIT_CODES_HELP}
`;

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    process.stdout.write(HELP);
    return EXIT_OK;
  }
  // `aiguard help scan` is `aiguard scan --help`.
  if (name === 'help') return main([rest[0]!, '--help']);
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${cliVersion()}\n`);
    return EXIT_OK;
  }
  const entry = COMMANDS.find((command) => command.name === name);
  if (!entry) throw usageError(await unknownCommand(name));
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.help);
    return EXIT_OK;
  }
  return command.run(rest);
}

/** Loaded only on a typo: the suggestion needs core's matcher, which every other start-up would pay for. */
async function unknownCommand(name: string): Promise<string> {
  const { didYouMean } = await import('./output/suggest-name.js');
  const names = COMMANDS.map((command) => command.name);
  return `unknown command "${name}"${didYouMean(name, names)} Commands: ${names.join(', ')} (see \`aiguard --help\`)`;
}

finishRun(main(process.argv.slice(2)));
