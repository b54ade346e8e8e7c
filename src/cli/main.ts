import { TasksFileError, UsageError, EXIT, type CliIO } from './io.js';
import { validateCommand } from './commands/validateCommand.js';
import { planCommand } from './commands/planCommand.js';
import { nextCommand } from './commands/nextCommand.js';
import { statusCommand } from './commands/statusCommand.js';
import { graphCommand } from './commands/graphCommand.js';
import { promptCommand } from './commands/promptCommand.js';
import { setStatusCommand } from './commands/setStatusCommand.js';
import { demoCommand } from './commands/demoCommand.js';
import { simulateCommand } from './commands/simulateCommand.js';
import { runCommand } from './commands/runCommand.js';
import { USAGE } from './usage.js';

/** A command: parses its own arguments, writes through io, returns the exit code. */
export type Command = (args: string[], io: CliIO) => Promise<number> | number;

const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  plan: planCommand,
  next: nextCommand,
  status: statusCommand,
  graph: graphCommand,
  prompt: promptCommand,
  'set-status': setStatusCommand,
  run: runCommand,
  simulate: simulateCommand,
  demo: demoCommand,
};

/** Runs the `waves` CLI: 0 fine, 1 problems in the tasks file, 2 a wrong command line. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  const debug = argv.includes('--debug');
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${process.env.WAVES_VERSION ?? '0.1.0'}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`waves: unknown command "${name}". Run "waves help" for the list.\n`);
    return EXIT.usage;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`waves ${name}: ${error.message}\nRun "waves help" for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof TasksFileError) return EXIT.problems;
    io.stderr(`waves ${name}: ${(error as Error).message}\n`);
    if (debug) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return EXIT.problems;
  }
}
